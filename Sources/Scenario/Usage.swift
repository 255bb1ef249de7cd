import Diagnostics
import Foundation

/// Monthly usage assumptions of one environment. A nil value means "not known": the cost
/// engine then shows the component as "depends on usage" with its unit price.
public struct Usage: Sendable, Equatable {
    public var s3StorageGB: Decimal?
    /// PUT, COPY, POST and LIST requests a month.
    public var s3PutRequests: Decimal?
    /// GET and other requests a month.
    public var s3GetRequests: Decimal?
    /// CloudFront data out by region group (`us`, `europe`, ...); a single number means `us`.
    public var cloudfrontGBOut: [String: Decimal]?
    /// CloudFront HTTPS requests in millions by region group.
    public var cloudfrontRequestsMillions: [String: Decimal]?
    public var natGBProcessed: Decimal?
    public var loadBalancerGBProcessed: Decimal?
    /// Data out from the VPC to the internet (load balancer responses), GB.
    public var internetOutGB: Decimal?
    /// Traffic between availability zones, GB (each GB is billed out and in).
    public var interAZGB: Decimal?
    public var logsIngestedGB: Decimal?
    public var logsStoredGB: Decimal?
    /// RDS backup storage above the free allowance (100% of provisioned storage), GB.
    public var rdsBackupGB: Decimal?
    public var docdbStorageGB: Decimal?
    public var docdbIOMillions: Decimal?
    public var docdbBackupGB: Decimal?
    public var redisSnapshotGB: Decimal?
    public var route53QueriesMillions: Decimal?
    public var ecrStorageGB: Decimal?
    /// Node-group CPU credits above baseline (unlimited mode), vCPU-hours a month.
    public var cpuCreditVCPUHours: Decimal?
    /// RDS MySQL CPU credits above baseline (db.t3 and db.t4g run unlimited), vCPU-hours a month.
    public var rdsCPUCreditVCPUHours: Decimal?

    public init() {}

    /// The profile's own keys (the rest of `load:` are capacity-planning assumptions).
    public static var profileKeys: [String] { Array(keys.prefix(3)) }

    static let keys = [
        "s3_storage_gb", "s3_put_requests", "s3_get_requests", "cloudfront_gb_out", "cloudfront_requests_millions",
        "nat_gb_processed", "load_balancer_gb_processed", "internet_out_gb", "inter_az_gb", "log_gb_ingested",
        "log_gb_stored", "rds_backup_gb", "docdb_storage_gb", "docdb_io_millions", "docdb_backup_gb",
        "redis_snapshot_gb", "route53_queries_millions", "ecr_storage_gb", "cpu_credit_vcpu_hours",
        "rds_cpu_credit_vcpu_hours",
    ]

    /// CloudFront's edge region groups (Catalog/KEYS.md).
    public static let cloudfrontGroups = [
        "us", "europe", "south-africa", "south-america", "japan", "australia", "asia-pacific", "india",
    ]
}

/// Who uses the environment: what the capacity planner sizes for.
public struct LoadProfile: Sendable, Equatable {
    public var registeredLearners: Int?
    public var peakConcurrentUsers: Int?
    /// Monthly growth of usage, in percent, for projections.
    public var monthlyGrowthPercent: Decimal?
    /// Further load assumptions by key (requests per user per minute, Studio share, ...),
    /// kept for the capacity planner.
    public var other: [String: Decimal] = [:]
    /// Where each of `other`'s keys is written, so a key the capacity planner does not know is
    /// refused at its line by every command, not only by `size`. Not part of equality.
    public var otherLocations: [String: SourceLocation] = [:]

    public init() {}

    public static func == (a: LoadProfile, b: LoadProfile) -> Bool {
        a.registeredLearners == b.registeredLearners && a.peakConcurrentUsers == b.peakConcurrentUsers
            && a.monthlyGrowthPercent == b.monthlyGrowthPercent && a.other == b.other
    }

    /// The profile's own keys (the rest of `load:` are capacity-planning assumptions).
    public static var profileKeys: [String] { Array(keys.prefix(3)) }

    static let keys = [
        "registered_learners", "peak_concurrent_users", "monthly_growth_percent",
        "requests_per_user_per_minute", "studio_share", "background_tasks_per_minute", "courses",
        "storage_growth_gb_per_month",
    ]
}
