import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// The rules one by one: S3 bucket names and RDS/DocumentDB identifiers (`NameRules`), EKS and
/// MySQL versions on the catalog's date (`VersionRules`), public bucket policies (`PublicPolicyRule`).
@Suite struct RefusalRuleTests {
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
