import Account
import Blueprint
import Planner
import Simulator
import Testing

/// Where a real run of the cookiecutter's defaults stops while the simulation goes on
/// (`NameRules`, `CertificateLookup`, `PlanRefusal`): cookiecutter-backend.md H13 and H19.
@Suite struct RefusalTests {
    static func bucket(_ name: String, region: String = "us-east-1") -> Refusal? {
        NameRules.refusal(Resource(address: "aws_s3_bucket.this", type: "aws_s3_bucket", module: "s3_openedx_storage",
                                   attributes: ["bucket": .string(name)]), region: region)
    }

    static func cluster(_ identifier: String) -> Refusal? {
        NameRules.refusal(Resource(address: "aws_docdb_cluster.default", type: "aws_docdb_cluster", module: "mongodb",
                                   attributes: ["cluster_identifier": .string(identifier)]), region: "us-east-1")
    }

    @Test func bucketNamesFollowS3sRules() {
        for valid in ["prod-yourschool-global-storage", "abc", "a.b-c1", String(repeating: "a", count: 63)] {
            #expect(Self.bucket(valid) == nil, "\(valid)")
        }
        for invalid in ["prod-yourschool-usa_east-storage", "ab", "Prod-storage", "-storage", "storage-", "a..b", "192.168.5.4",
                        "xn--storage", "storage-s3alias", String(repeating: "a", count: 64)] {
            #expect(Self.bucket(invalid)?.failure.code == "InvalidBucketName", "\(invalid)")
            #expect(Self.bucket(invalid)?.stage == .apply)
        }
        // Outside us-east-1 the provider refuses the underscore before S3 is asked.
        let elsewhere = Self.bucket("prod-yourschool-usa_east-storage", region: "eu-west-1")
        #expect(elsewhere?.failure.code == "ProviderError")
        #expect(elsewhere?.failure.message
            == "validating S3 Bucket (prod-yourschool-usa_east-storage) name: only lowercase alphanumeric characters and hyphens allowed in \"prod-yourschool-usa_east-storage\"")
    }

    @Test func identifiersFollowTheProvidersValidation() {
        #expect(Self.cluster("prod-yourschool-global-mongodb") == nil)
        let cases: [(String, String)] = [
            ("prod-yourschool-usa_east-mongodb", "only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\""),
            ("1prod", "first character of \"cluster_identifier\" must be a letter"),
            ("prod--mongodb", "\"cluster_identifier\" cannot contain two consecutive hyphens"),
            ("prod-", "\"cluster_identifier\" cannot end with a hyphen"),
            (String(repeating: "a", count: 64), "\"cluster_identifier\" cannot be greater than 63 characters"),
        ]
        for (identifier, problem) in cases {
            let refused = Self.cluster(identifier)
            #expect(refused?.stage == .plan, "\(identifier)")
            #expect(refused?.failure.message == "\(problem) (cluster_identifier = \"\(identifier)\")")
        }
    }

    /// The defaults (usa_east, us-east-1): the DocumentDB identifier at plan, the bucket at apply,
    /// and CloudFront's certificate lookup once the vpc module's certificate is issued too. The
    /// run itself still completes, as the issues defining the default scenario expect.
    @Test func theDefaultsApplyWithThreeRefusals() throws {
        let rig = try Rig.defaultProd()
        let result = try rig.run()
        #expect(result.succeeded)
        let refused = result.refusals.map { "\($0.module) \($0.address) \($0.refusal?.stage.rawValue ?? "") \($0.refusal?.failure.code ?? "")" }
        #expect(refused == [
            "mongodb aws_docdb_cluster.default plan ProviderError",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket.this[0] apply InvalidBucketName",
            "cloudfront module.cdn_environment_domain.aws_cloudfront_distribution.this[0] apply ProviderError",
        ])
        #expect(result.refusals.last?.refusal?.failure.message == "multiple ACM Certificates matching domain (courses.yourschool.edu)")
        // After the apply nothing is pending, so a real plan reads the lookup and stops there too.
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        let planned = try PlanRefusal.find(in: plan, account: rig.account).map { "\($0.module): \($0.address)" }
        #expect(planned == ["mongodb: aws_docdb_cluster.default", "cloudfront: data.aws_acm_certificate.environment_domain"])
    }

    /// HEAD's `global` region name and another AWS region: nothing to refuse. The vpc module's
    /// certificate is then in us-east-2, so CloudFront's lookup in us-east-1 finds only its own.
    @Test func validNamesInAnotherRegionApplyWithoutRefusals() throws {
        let scenario = try SimulatorFixtures.defaultScenario(replacing: "platform_region: usa_east\n  root_domain: yourschool.edu\n  aws_region: us-east-1",
                                                             with: "platform_region: global\n  root_domain: yourschool.edu\n  aws_region: us-east-2")
        let rig = try Rig(scenario)
        let result = try rig.run()
        #expect(result.succeeded)
        #expect(result.refusals.isEmpty)
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).isEmpty)
    }

    /// Only issued certificates count: with the vpc module's validation gone, its certificate is
    /// no longer ISSUED and the lookup finds one.
    @Test func aCertificateNotYetValidatedIsNotFound() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let validation = try #require(try rig.account.resources(type: "aws_acm_certificate_validation", scope: "prod")
            .first { $0.module == "vpc" && ($0.address ?? "").hasPrefix("module.acm_environment_environment_region.") })
        try rig.account.delete(id: validation.id)
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).map(\.module) == ["mongodb"])
    }
}

extension RefusalTests {
    /// The fix for H13 as a what-if: `most_recent = true` on the lookup. The defaults' names are
    /// still refused; CloudFront's lookup no longer is, and turning it on changes no resource.
    @Test func mostRecentSettlesTheCertificateLookup() throws {
        let fixed = try SimulatorFixtures.defaultScenario(replacing: "cloudfront: { price_class: PriceClass_All }",
                                                          with: "cloudfront: { price_class: PriceClass_All, certificate_most_recent: true }")
        let rig = try Rig(fixed)
        let result = try rig.run()
        #expect(result.refusals.map(\.module) == ["mongodb", "s3_openedx_storage"])
        let plan = try rig.plan()
        #expect(try PlanRefusal.find(in: plan, account: rig.account).map(\.module) == ["mongodb"])
        // Applied without it first, the setting alone plans no change.
        let before = try Rig.defaultProd()
        _ = try before.run()
        let after = try Rig(fixed, account: before.account)
        #expect(!(try after.plan().hasChanges))
        #expect(try PlanRefusal.find(in: try after.plan(), account: after.account).map(\.module) == ["mongodb"])
    }
}
