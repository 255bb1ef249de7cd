import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
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

    /// The defaults (Kubernetes 1.22, MySQL 5.7.33, usa_east, us-east-1, a public-read bucket):
    /// the cluster's and the database's versions at apply (H20), the DocumentDB identifier at
    /// plan, the bucket's name and its public policy at apply, and CloudFront's certificate lookup
    /// once the vpc module's certificate is issued too. The run itself still completes, as the
    /// issues defining the default scenario expect.
    @Test func theDefaultsApplyWithSixRefusals() throws {
        let rig = try Rig.defaultProd()
        let result = try rig.run()
        #expect(result.succeeded)
        let refused = result.refusals.map { "\($0.module) \($0.address) \($0.refusal?.stage.rawValue ?? "") \($0.refusal?.failure.code ?? "")" }
        #expect(refused == [
            "kubernetes module.eks.aws_eks_cluster.this[0] apply InvalidParameterException",
            "mongodb aws_docdb_cluster.default plan ProviderError",
            "mysql module.db.module.db_instance.aws_db_instance.this[0] apply InvalidParameterCombination",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket.this[0] apply InvalidBucketName",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket_policy.this[0] apply AccessDenied",
            "cloudfront module.cdn_environment_domain.aws_cloudfront_distribution.this[0] apply ProviderError",
        ])
        #expect(result.refusals.last?.refusal?.failure.message == "multiple ACM Certificates matching domain (courses.yourschool.edu)")
        #expect(result.refusals.first?.refusal?.failure.message == "unsupported Kubernetes version 1.22")
        // After the apply nothing is pending, so a real plan reads the lookup and stops there too.
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        let planned = try PlanRefusal.find(in: plan, account: rig.account).map { "\($0.module): \($0.address)" }
        #expect(planned == ["mongodb: aws_docdb_cluster.default", "cloudfront: data.aws_acm_certificate.environment_domain"])
    }

    /// HEAD's `global` region name, another AWS region, a Kubernetes and a MySQL version AWS still
    /// makes, and no public bucket policy: nothing to refuse. The vpc module's certificate is then in us-east-2, so CloudFront's
    /// lookup in us-east-1 finds only its own.
    @Test func validNamesInAnotherRegionApplyWithoutRefusals() throws {
        var text = try String(contentsOf: SimulatorFixtures.root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        for (old, new) in [("platform_region: usa_east", "platform_region: global"), ("aws_region: us-east-1", "aws_region: us-east-2"),
                           ("version: \"1.22\"", "version: \"1.33\""), ("engine_version: 5.7.33", "engine_version: 5.7.44"),
                           ("public_read: true", "public_read: false"),
                           ("    cloudfront: { price_class: PriceClass_All }",
                            "    cloudfront: { price_class: PriceClass_All }\n    kubernetes_ingress_clb: { cert_manager_pod_security_policy: false }")] {
            try #require(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let scenario = try ScenarioLoader.load(text: text, file: "default.yaml")
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
        #expect(result.refusals.map(\.module) == ["kubernetes", "mongodb", "mysql", "s3_openedx_storage", "s3_openedx_storage"])
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

extension RefusalTests {
    /// EKS makes no cluster of a version past its support (extended support included) on the
    /// catalog's date; a version the calendar does not know is left alone.
    @Test func kubernetesVersionsPastSupportAreRefused() throws {
        let catalog = try SimulatorFixtures.catalog()
        #expect(catalog.asOf == "2026-11-25")
        func cluster(_ version: String) -> Resource {
            Resource(address: "module.eks.aws_eks_cluster.this[0]", type: "aws_eks_cluster", module: "kubernetes",
                     attributes: ["version": .string(version)])
        }
        let rules = VersionRules(catalog: catalog)
        let old = try #require(rules.refusal(cluster("1.22")))
        #expect(old.failure.line == "InvalidParameterException: unsupported Kubernetes version 1.22")
        #expect(old.failure.fix?.contains("support for 1.22 ended on 2023-06-04") == true)
        #expect(old.failure.fix?.contains("1.31 or later on 2026-11-25") == true)
        // 1.30's extended support ended 2026-07-23; 1.31's ends the day after the catalog's date.
        #expect(rules.refusal(cluster("1.30")) != nil)
        #expect(rules.refusal(cluster("1.31")) == nil)
        #expect(rules.refusal(cluster("1.40")) == nil)
    }

    /// MySQL 5.7 left standard support on 2024-02-29: only its last minor, 5.7.44, is made (or
    /// the bare major, which RDS resolves to it); 8.0's last minor is not in the catalog.
    @Test func mysqlMinorsPastStandardSupportAreRefused() throws {
        let rules = VersionRules(catalog: try SimulatorFixtures.catalog())
        func database(_ version: String) -> Resource {
            Resource(address: "module.db.module.db_instance.aws_db_instance.this[0]", type: "aws_db_instance", module: "mysql",
                     attributes: ["engine": .string("mysql"), "engine_version": .string(version)])
        }
        let refused = try #require(rules.refusal(database("5.7.33")))
        #expect(refused.failure.line == "InvalidParameterCombination: Cannot find version 5.7.33 for mysql")
        #expect(refused.failure.fix?.contains("RDS makes only 5.7.44 now") == true)
        for made in ["5.7.44", "5.7.44-rds.20240408", "5.7", "8.0.35", "8.4.3"] { #expect(rules.refusal(database(made)) == nil, "\(made)") }
    }
}

extension RefusalTests {
    /// `--strict`: the refusals fail as real AWS and Terraform fail them. On the catalog's date
    /// the defaults stop at the cluster, and Terragrunt skips every unit after it.
    @Test func strictStopsTheDefaultsAtTheCluster() throws {
        let rig = try Rig.defaultProd()
        let result = try rig.run(strict: true)
        #expect(!result.succeeded)
        #expect(result.refusals.isEmpty)
        let kubernetes = try result.module("kubernetes")
        #expect(kubernetes.status == .failed)
        #expect(result.failures.map { $0.failure?.line } == ["InvalidParameterException: unsupported Kubernetes version 1.22"])
        #expect(result.modules.filter { $0.status == .earlyExit }.map(\.name).sorted()
            == ["cloudfront", "kubernetes_ingress_clb", "kubernetes_secrets", "mongodb", "mysql", "redis", "s3_openedx_storage"])
        // Refused, so never made: nothing in the account or the state for the cluster.
        #expect(try rig.account.resources(type: "aws_eks_cluster", scope: "prod").isEmpty)
    }

    /// With a current Kubernetes version the next stops show: the DocumentDB unit fails its plan
    /// (no operation, lock released), the bucket's create fails, CloudFront waits on the bucket.
    @Test func strictFailsThePlanOfAUnitWithAnInvalidIdentifier() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "version: \"1.22\"", with: "version: \"1.33\""))
        let result = try rig.run(strict: true)
        let mongodb = try result.module("mongodb")
        #expect(mongodb.status == .failed && mongodb.operations.isEmpty)
        #expect(mongodb.message?.hasPrefix("Error: ProviderError: only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\"") == true)
        #expect(try rig.account.locks().isEmpty)
        #expect(try rig.account.state(stateKey: "prod/mongodb").isEmpty)
        let bucket = try #require(try result.module("s3_openedx_storage").operations.first { $0.status == .failed })
        #expect(bucket.failure?.code == "InvalidBucketName")
        #expect(try result.module("cloudfront").status == .earlyExit)
        let database = try #require(try result.module("mysql").operations.first { $0.status == .failed })
        #expect(database.failure?.line == "InvalidParameterCombination: Cannot find version 5.7.33 for mysql")
        #expect(try result.module("redis").status == .succeeded)
    }
}

extension RefusalTests {
    /// S3 refuses a public bucket policy on a bucket made since Block Public Access became the
    /// default (2023-04-28); a private policy, or a bucket made before, is let through.
    @Test func publicPoliciesAreRefusedOnBucketsMadeSinceApril2023() {
        let policy = Resource(address: "module.data_backup_s3_bucket.aws_s3_bucket_policy.this[0]", type: "aws_s3_bucket_policy",
                              module: "s3_openedx_storage", attributes: ["principal": .string("*")])
        #expect(PublicPolicyRule.refusal(policy, asOf: "2026-11-25")?.failure.line == "AccessDenied: Access Denied")
        #expect(PublicPolicyRule.refusal(policy, asOf: "2023-04-28") != nil)
        #expect(PublicPolicyRule.refusal(policy, asOf: "2023-04-27") == nil)
        var owned = policy
        owned.attributes["principal"] = .string("arn:aws:iam::123456789012:root")
        #expect(PublicPolicyRule.refusal(owned, asOf: "2026-11-25") == nil)
    }
}

extension RefusalTests {
    /// cert-manager's PodSecurityPolicy on a cluster of 1.25 or later: the fix for the retired
    /// 1.22 meets the next stop (H20); with the chart value off it goes through.
    @Test func aCurrentClusterRefusesCertManagersPodSecurityPolicy() throws {
        let current = try SimulatorFixtures.defaultScenario(replacing: "version: \"1.22\"", with: "version: \"1.33\"")
        let refused = try Rig(current).run().refusals.filter { $0.module == "kubernetes_ingress_clb" }
        #expect(refused.map(\.address) == ["helm_release.cert-manager"])
        #expect(refused.first?.refusal?.failure.message.contains("no matches for kind \"PodSecurityPolicy\" in version \"policy/v1beta1\"") == true)
        #expect(refused.first?.refusal?.failure.fix?.contains("the cluster runs 1.33") == true)

        var text = try String(contentsOf: SimulatorFixtures.root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "version: \"1.22\"", with: "version: \"1.33\"")
            .replacingOccurrences(of: "    cloudfront: { price_class: PriceClass_All }",
                                  with: "    cloudfront: { price_class: PriceClass_All }\n    kubernetes_ingress_clb: { cert_manager_pod_security_policy: false }")
        let fixed = try Rig(try ScenarioLoader.load(text: text, file: "default.yaml")).run()
        #expect(fixed.refusals.filter { $0.module == "kubernetes_ingress_clb" }.isEmpty)
        // Before 1.25 the API is still there: the 1.22 cluster's release is not refused for it.
        #expect(try Rig.defaultProd().run().refusals.filter { $0.module == "kubernetes_ingress_clb" }.isEmpty)
    }
}

extension RefusalTests {
    /// Scenarios/apply-today.yaml: default.yaml with the six changes the refusals name. Strict,
    /// its apply goes through, nothing is refused, and the plan after it has nothing to do.
    @Test func applyTodayAppliesStrictlyWithNothingRefused() throws {
        let rig = try Rig(try SimulatorFixtures.scenario(file: "apply-today.yaml"))
        let strict = try rig.run(strict: true)
        #expect(strict.succeeded, "\(strict.failures.map { $0.failure?.line ?? "" })")
        #expect(strict.refusals.isEmpty)
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        #expect(try PlanRefusal.find(in: plan, account: rig.account).isEmpty)
    }
}
