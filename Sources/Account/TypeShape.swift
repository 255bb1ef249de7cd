import Foundation

/// What `Identifiers` derives from a resource type alone, worked out once per type: every
/// create needs it, and deriving it each time (string replaces, splits, a switch that
/// compares the type with twenty literals) was a tenth of a rehearsal.
struct TypeShape: Sendable {
    /// The EC2 ID prefix and ARN kind, for EC2 types.
    let ec2: (prefix: String, kind: String)?
    /// `aws_s3_bucket` -> `s3-bucket`: a nameless object's name before its hash.
    let namePrefix: String
    /// `aws_<service>_<kind>` (or `helm_release`) read as service and kind, for ARNs.
    let generic: (service: String, kind: String)
    /// The type when `Identifiers` has a case for it, else "" (the generic ARN).
    let switchKey: String

    private static let specific: Set<String> = [
        "aws_db_instance", "aws_docdb_cluster_instance", "aws_rds_cluster_instance", "aws_docdb_cluster", "aws_rds_cluster",
        "aws_db_subnet_group", "aws_docdb_subnet_group", "aws_db_parameter_group", "aws_eks_cluster", "aws_eks_node_group",
        "aws_s3_bucket", "aws_lb", "aws_elb", "aws_lb_target_group", "aws_acm_certificate", "aws_cloudfront_distribution",
        "aws_route53_zone", "aws_elasticache_replication_group", "aws_kms_key", "aws_secretsmanager_secret", "aws_iam_role",
        "aws_iam_policy", "aws_iam_user", "aws_ecr_repository", "aws_dynamodb_table",
    ]

    init(type: String) {
        ec2 = Identifiers.ec2[type]
        namePrefix = type.replacingOccurrences(of: "aws_", with: "").replacingOccurrences(of: "_", with: "-")
        if type.hasPrefix("aws_iam_") {
            let kind = type.replacingOccurrences(of: "aws_iam_", with: "")
            generic = ("iam", kind)
        } else {
            var parts = type.split(separator: "_")[...]
            if parts.first == "aws" { parts = parts.dropFirst() }
            let service = parts.first.map(String.init) ?? "unknown"
            let kind = parts.dropFirst().joined(separator: "-")
            generic = (service, kind.isEmpty ? service : kind)
        }
        switchKey = Self.specific.contains(type) ? type : ""
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: TypeShape] = [:]

    static func of(_ type: String) -> TypeShape {
        lock.withLock {
            if let shape = known[type] { return shape }
            let shape = TypeShape(type: type)
            known[type] = shape
            return shape
        }
    }
}
