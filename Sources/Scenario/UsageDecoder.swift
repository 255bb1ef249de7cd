import Foundation

/// Decodes the `usage` and `load` blocks of an environment.
enum UsageDecoder {
    static func usage(_ fields: Fields) throws -> Usage {
        let f = try EnvironmentDecoder.block(fields, "usage", Usage.keys)
        var u = Usage()
        u.s3StorageGB = try f.decimal("s3_storage_gb")
        u.s3PutRequests = try f.decimal("s3_put_requests")
        u.s3GetRequests = try f.decimal("s3_get_requests")
        u.cloudfrontGBOut = try byRegionGroup(f, "cloudfront_gb_out")
        u.cloudfrontRequestsMillions = try byRegionGroup(f, "cloudfront_requests_millions")
        u.natGBProcessed = try f.decimal("nat_gb_processed")
        u.loadBalancerGBProcessed = try f.decimal("load_balancer_gb_processed")
        u.internetOutGB = try f.decimal("internet_out_gb")
        u.interAZGB = try f.decimal("inter_az_gb")
        u.logsIngestedGB = try f.decimal("log_gb_ingested")
        u.logsStoredGB = try f.decimal("log_gb_stored")
        u.rdsBackupGB = try f.decimal("rds_backup_gb")
        u.docdbStorageGB = try f.decimal("docdb_storage_gb")
        u.docdbIOMillions = try f.decimal("docdb_io_millions")
        u.docdbBackupGB = try f.decimal("docdb_backup_gb")
        u.redisSnapshotGB = try f.decimal("redis_snapshot_gb")
        u.route53QueriesMillions = try f.decimal("route53_queries_millions")
        u.ecrStorageGB = try f.decimal("ecr_storage_gb")
        u.cpuCreditVCPUHours = try f.decimal("cpu_credit_vcpu_hours")
        u.rdsCPUCreditVCPUHours = try f.decimal("rds_cpu_credit_vcpu_hours")
        return u
    }

    /// A number (all in the `us` group) or a mapping of CloudFront region groups to numbers.
    private static func byRegionGroup(_ f: Fields, _ key: String) throws -> [String: Decimal]? {
        guard let child = f.child(key) else { return nil }
        if case .scalar = child.kind { return try f.decimal(key).map { ["us": $0] } }
        let groups = try Fields(child, path: f.name(key), allowed: Usage.cloudfrontGroups)
        var result: [String: Decimal] = [:]
        for group in Usage.cloudfrontGroups { result[group] = try groups.decimal(group) }
        return result.isEmpty ? nil : result
    }

    /// The `load` block: the profile's keys, plus any capacity-planning assumption
    /// (`uwsgi_workers_per_pod: 4`): numbers the capacity planner checks against its
    /// assumption table (with "did you mean") when it runs.
    static func load(_ fields: Fields) throws -> LoadProfile {
        var extra: [String] = []
        if let block = fields.child("load"), case .mapping(let entries) = block.kind {
            extra = entries.map(\.key).filter { !LoadProfile.keys.contains($0) && $0.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) != nil }
        }
        let f = try EnvironmentDecoder.block(fields, "load", LoadProfile.keys + extra)
        var load = LoadProfile()
        load.registeredLearners = f.has("registered_learners") ? try f.int("registered_learners", default: 0, min: 0) : nil
        load.peakConcurrentUsers = f.has("peak_concurrent_users") ? try f.int("peak_concurrent_users", default: 0, min: 0) : nil
        // At most every registered learner online at once.
        if let learners = load.registeredLearners, let peak = load.peakConcurrentUsers, peak > learners {
            throw ScenarioError.outOfRange(f.location("peak_concurrent_users"), key: f.name("peak_concurrent_users"), value: "\(peak)",
                                           rule: "at most registered_learners (\(learners)): concurrent users are registered learners online at once")
        }
        load.monthlyGrowthPercent = try f.decimal("monthly_growth_percent")
        for key in Array(LoadProfile.keys.dropFirst(3)) + extra {
            if let value = try f.decimal(key) {
                load.other[key] = value
                load.otherLocations[key] = f.location(key)
            }
        }
        return load
    }
}
