import Foundation
import Scenario
import Testing

/// The `usage` and `load` blocks: exact decimals, CloudFront region groups.
@Suite struct UsageTests {
    func prod(_ yaml: String) throws -> Environment {
        try ScenarioLoader.load(text: "environments:\n  prod:\n" + yaml, file: "inline.yaml").environment(named: "prod")
    }

    @Test func aSingleCloudFrontNumberIsTheUSGroup() throws {
        let usage = try prod("    usage: { cloudfront_gb_out: 200, cloudfront_requests_millions: 0.5 }\n").usage
        #expect(usage.cloudfrontGBOut == ["us": 200])
        #expect(usage.cloudfrontRequestsMillions == ["us": Decimal.exact("0.5")])
    }

    @Test func aMappingByRegionGroupIsKept() throws {
        let usage = try prod("""
                usage:
                  cloudfront_gb_out: { us: 1500, europe: 300.25, south-africa: 0 }
            """).usage
        #expect(usage.cloudfrontGBOut == ["us": 1500, "europe": Decimal.exact("300.25"), "south-africa": 0])
        #expect(usage.cloudfrontRequestsMillions == nil)
    }

    @Test func anUnknownRegionGroupIsAnError() throws {
        let error = try #require(throws: ScenarioError.self) {
            try prod("    usage:\n      cloudfront_gb_out: { us: 10, eu: 5 }\n")
        }
        guard case .unknownKey(let location, let key, let allowed) = error else {
            Issue.record("expected .unknownKey, got \(error)"); return
        }
        #expect(location.description == "inline.yaml:4:36")
        #expect(key == "eu")
        #expect(allowed == Usage.cloudfrontGroups)
        #expect(error.description == """
            inline.yaml:4:36: error: unknown key 'eu'
              did you mean 'europe', 'us'?
            """)
    }

    @Test func aListOfRegionGroupsIsTheWrongType() throws {
        let error = try #require(throws: ScenarioError.self) {
            try prod("    usage:\n      cloudfront_gb_out: [us, europe]\n")
        }
        #expect(error.description
            == "inline.yaml:4:26: error: 'environments.prod.usage.cloudfront_gb_out' must be a mapping of keys to values")
    }

    @Test func decimalsAreExactAndUnderscoresAreDigitSeparators() throws {
        let usage = try prod("    usage: { s3_put_requests: 1_000_000, s3_storage_gb: 0.1, log_gb_stored: 33.333 }\n").usage
        #expect(usage.s3PutRequests == 1_000_000)
        #expect(usage.s3StorageGB == Decimal.exact("0.1"))
        #expect(usage.logsStoredGB == Decimal.exact("33.333"))
        // 0.1 as a binary Double is not 0.1: the value must not have gone through one.
        #expect(usage.s3StorageGB! * 3 == Decimal.exact("0.3"))
    }

    @Test func everyUsageKeyMapsToItsField() throws {
        let keys = [
            "s3_storage_gb", "s3_put_requests", "s3_get_requests", "nat_gb_processed", "load_balancer_gb_processed",
            "internet_out_gb", "inter_az_gb", "log_gb_ingested", "log_gb_stored", "rds_backup_gb", "docdb_storage_gb",
            "docdb_io_millions", "docdb_backup_gb", "redis_snapshot_gb", "route53_queries_millions", "ecr_storage_gb",
            "cpu_credit_vcpu_hours",
        ]
        let yaml = "    usage:\n" + keys.enumerated().map { "      \($1): \($0 + 1)\n" }.joined()
        let u = try prod(yaml).usage
        let values: [Decimal?] = [
            u.s3StorageGB, u.s3PutRequests, u.s3GetRequests, u.natGBProcessed, u.loadBalancerGBProcessed, u.internetOutGB,
            u.interAZGB, u.logsIngestedGB, u.logsStoredGB, u.rdsBackupGB, u.docdbStorageGB, u.docdbIOMillions,
            u.docdbBackupGB, u.redisSnapshotGB, u.route53QueriesMillions, u.ecrStorageGB, u.cpuCreditVCPUHours,
        ]
        #expect(values == (1...17).map { Decimal($0) })
    }

    @Test func unknownUsageKeySuggests() throws {
        let error = try #require(throws: ScenarioError.self) { try prod("    usage: { s3_storage: 5 }\n") }
        #expect(error.description == """
            inline.yaml:3:14: error: unknown key 's3_storage'
              did you mean 's3_storage_gb'?
            """)
    }

    @Test func loadProfile() throws {
        let load = try prod("""
                load: { registered_learners: 5000, peak_concurrent_users: 250, monthly_growth_percent: 2.5,
                        requests_per_user_per_minute: 4, studio_share: 0.05 }
            """).load
        #expect(load.registeredLearners == 5000)
        #expect(load.peakConcurrentUsers == 250)
        #expect(load.monthlyGrowthPercent == Decimal.exact("2.5"))
        #expect(load.other == ["requests_per_user_per_minute": 4, "studio_share": Decimal.exact("0.05")])
    }

    @Test func negativeLearnersAreAnError() throws {
        let error = try #require(throws: ScenarioError.self) { try prod("    load: { registered_learners: -1 }\n") }
        #expect(error.description
            == "inline.yaml:3:34: error: 'environments.prod.load.registered_learners' is -1, but it must be at least 0")
    }
}
