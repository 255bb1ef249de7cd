/// AWS-shaped IDs and ARNs. IDs come from a hash of the account's creation counter and the
/// type, so replaying the same calls on a fresh account gives the same IDs (stable goldens),
/// while each create still gets a new one (a replaced instance has a new `i-…`).
enum Identifiers {
    /// EC2's `<prefix>-<17 hex>` IDs, and the ARN resource kind for each.
    static let ec2: [String: (prefix: String, kind: String)] = [
        "aws_vpc": ("vpc", "vpc"), "aws_subnet": ("subnet", "subnet"),
        "aws_security_group": ("sg", "security-group"), "aws_internet_gateway": ("igw", "internet-gateway"),
        "aws_nat_gateway": ("nat", "natgateway"), "aws_eip": ("eipalloc", "elastic-ip"),
        "aws_instance": ("i", "instance"), "aws_launch_template": ("lt", "launch-template"),
        "aws_route_table": ("rtb", "route-table"), "aws_network_interface": ("eni", "network-interface"),
        "aws_ebs_volume": ("vol", "volume"), "aws_security_group_rule": ("sgr", "security-group-rule"),
        "aws_vpc_security_group_ingress_rule": ("sgr", "security-group-rule"),
        "aws_vpc_security_group_egress_rule": ("sgr", "security-group-rule"),
        "aws_route_table_association": ("rtbassoc", "route-table-association"),
        "aws_key_pair": ("key", "key-pair"), "aws_vpc_endpoint": ("vpce", "vpc-endpoint"),
    ]

    /// Attributes that carry the name AWS keys an object by, in the order tried.
    private static let nameAttributes = ["identifier", "cluster_identifier", "replication_group_id",
                                         "bucket", "cluster_name", "name", "domain_name"]

    /// The (id, arn) of the `counter`-th creation in this account. Objects AWS keys by name
    /// (a DB instance, a cluster) are stored under their ARN, which is unique across types
    /// (a DB subnet group and an EKS cluster may share a name) and still collides when the
    /// same name is taken twice in one type, as AWS refuses.
    static func make(for new: NewResource, counter: Int, account: String) -> (id: String, arn: String) {
        let shape = TypeShape.of(new.type)
        let made = named(new, shape: shape, counter: counter, account: account)
        return made.id == made.arn || new.type == "aws_s3_bucket" || made.id.hasPrefix("Z") && new.type == "aws_route53_zone"
            || new.type == "aws_cloudfront_distribution" || shape.ec2 != nil ? made : (made.arn, made.arn)
    }

    private static func named(_ new: NewResource, shape: TypeShape, counter: Int, account: String) -> (id: String, arn: String) {
        // Most objects are named (by their attributes or by scope and address): the seed and
        // the hash digits are made only for those that need them.
        var seed: String { "\(counter):\(new.type)" }
        func hex17() -> String { StableHash.hex(seed, count: 17) }
        let region = new.region
        if let ec2 = shape.ec2 {
            let id = ec2.prefix + "-" + hex17()
            return (id, Text.join("arn:aws:ec2:", region, ":", account, ":", ec2.kind, "/", id))
        }
        let name = new.name ?? nameAttributes.lazy.compactMap { new.attributes[$0]?.string }.first ?? "\(shape.namePrefix)-\(hex17())"
        switch new.type {
        case "aws_db_instance", "aws_docdb_cluster_instance", "aws_rds_cluster_instance":
            return (name, "arn:aws:rds:\(region):\(account):db:\(name)")
        case "aws_docdb_cluster", "aws_rds_cluster":
            return (name, "arn:aws:rds:\(region):\(account):cluster:\(name)")
        case "aws_db_subnet_group", "aws_docdb_subnet_group":
            return (name, "arn:aws:rds:\(region):\(account):subgrp:\(name)")
        case "aws_db_parameter_group":
            return (name, "arn:aws:rds:\(region):\(account):pg:\(name)")
        case "aws_eks_cluster":
            return (name, "arn:aws:eks:\(region):\(account):cluster/\(name)")
        case "aws_eks_node_group":
            let cluster = new.attributes["cluster_name"]?.string ?? "cluster"
            let group = new.attributes["node_group_name"]?.string ?? name
            return ("\(cluster):\(group)", "arn:aws:eks:\(region):\(account):nodegroup/\(cluster)/\(group)/\(StableHash.uuid(seed))")
        case "aws_s3_bucket":
            return (name, "arn:aws:s3:::\(name)")
        case "aws_lb":
            let arn = "arn:aws:elasticloadbalancing:\(region):\(account):loadbalancer/app/\(name)/\(hex17().prefix(16))"
            return (arn, arn)
        case "aws_elb":
            return (name, "arn:aws:elasticloadbalancing:\(region):\(account):loadbalancer/\(name)")
        case "aws_lb_target_group":
            let arn = "arn:aws:elasticloadbalancing:\(region):\(account):targetgroup/\(name)/\(hex17().prefix(16))"
            return (arn, arn)
        case "aws_acm_certificate":
            let arn = "arn:aws:acm:\(region):\(account):certificate/\(StableHash.uuid(seed))"
            return (arn, arn)
        case "aws_cloudfront_distribution":
            let id = "E" + StableHash.alphanumeric(seed, count: 13)
            return (id, "arn:aws:cloudfront::\(account):distribution/\(id)")
        case "aws_route53_zone":
            let id = "Z" + StableHash.alphanumeric(seed, count: 20)
            return (id, "arn:aws:route53:::hostedzone/\(id)")
        case "aws_elasticache_replication_group":
            return (name, "arn:aws:elasticache:\(region):\(account):replicationgroup:\(name)")
        case "aws_kms_key":
            let uuid = StableHash.uuid(seed)
            return (uuid, "arn:aws:kms:\(region):\(account):key/\(uuid)")
        case "aws_secretsmanager_secret":
            let arn = "arn:aws:secretsmanager:\(region):\(account):secret:\(name)-\(StableHash.alphanumeric(seed, count: 6))"
            return (arn, arn)
        case "aws_iam_role", "aws_iam_policy", "aws_iam_user":
            return (name, "arn:aws:iam::\(account):\(shape.kind)/\(name)")
        case "aws_ecr_repository":
            return (name, "arn:aws:ecr:\(region):\(account):repository/\(name)")
        case "aws_dynamodb_table":
            return (name, "arn:aws:dynamodb:\(region):\(account):table/\(name)")
        default:
            // An ARN-shaped name for the rest: `aws_<service>_<kind>` (or `helm_release`)
            // read as service and kind.
            let arn = Text.join("arn:aws:", shape.service, ":", region, ":", account, ":", shape.kind, "/", name)
            return (arn, arn)
        }
    }
}
