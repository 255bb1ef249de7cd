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

    /// How each type's ID and ARN are shaped; a type not listed gets the generic ARN. Read
    /// once per type into `TypeShape.arn`, so a create switches on a case, not on strings.
    enum ARNRule {
        case rdsInstance, rdsCluster, rdsSubnetGroup, rdsParameterGroup, eksCluster, eksNodeGroup, s3Bucket
        case loadBalancer, classicLoadBalancer, targetGroup, certificate, distribution, hostedZone, replicationGroup
        case kmsKey, secret, iamNamed, ecrRepository, dynamoTable, generic
    }

    static let arnRules: [String: ARNRule] = [
        "aws_db_instance": .rdsInstance, "aws_docdb_cluster_instance": .rdsInstance, "aws_rds_cluster_instance": .rdsInstance,
        "aws_docdb_cluster": .rdsCluster, "aws_rds_cluster": .rdsCluster,
        "aws_db_subnet_group": .rdsSubnetGroup, "aws_docdb_subnet_group": .rdsSubnetGroup,
        "aws_db_parameter_group": .rdsParameterGroup, "aws_eks_cluster": .eksCluster, "aws_eks_node_group": .eksNodeGroup,
        "aws_s3_bucket": .s3Bucket, "aws_lb": .loadBalancer, "aws_elb": .classicLoadBalancer, "aws_lb_target_group": .targetGroup,
        "aws_acm_certificate": .certificate, "aws_cloudfront_distribution": .distribution, "aws_route53_zone": .hostedZone,
        "aws_elasticache_replication_group": .replicationGroup, "aws_kms_key": .kmsKey, "aws_secretsmanager_secret": .secret,
        "aws_iam_role": .iamNamed, "aws_iam_policy": .iamNamed, "aws_iam_user": .iamNamed,
        "aws_ecr_repository": .ecrRepository, "aws_dynamodb_table": .dynamoTable,
    ]

    /// The (id, arn) of the `counter`-th creation in this account. Objects AWS keys by name
    /// (a DB instance, a cluster) are stored under their ARN, which is unique across types
    /// (a DB subnet group and an EKS cluster may share a name) and still collides when the
    /// same name is taken twice in one type, as AWS refuses.
    static func make(for new: NewResource, counter: Int, account: String) -> (id: String, arn: String) {
        let shape = TypeShape.of(new.type)
        let made = named(new, shape: shape, counter: counter, account: account)
        return made.id == made.arn || shape.arn == .s3Bucket || made.id.hasPrefix("Z") && shape.arn == .hostedZone
            || shape.arn == .distribution || shape.ec2 != nil ? made : (made.arn, made.arn)
    }

    private static func named(_ new: NewResource, shape: TypeShape, counter: Int, account: String) -> (id: String, arn: String) {
        // Most objects are named (by their attributes or by scope and address): the seed and
        // the hash digits are made only for those that need them.
        var seed: String { Text.join(String(counter), ":", new.type) }
        func hex17() -> String { StableHash.hex(seed, count: 17) }
        let region = new.region
        if let ec2 = shape.ec2 {
            let id = Text.join(ec2.prefix, "-", hex17())
            return (id, Text.join("arn:aws:ec2:", region, ":", account, ":", ec2.kind, "/", id))
        }
        let name = new.name ?? nameAttributes.lazy.compactMap { new.attributes[$0]?.string }.first
            ?? Text.join(shape.namePrefix, "-", hex17())
        switch shape.arn {
        case .rdsInstance:
            return (name, Text.join("arn:aws:rds:", region, ":", account, ":db:", name))
        case .rdsCluster:
            return (name, Text.join("arn:aws:rds:", region, ":", account, ":cluster:", name))
        case .rdsSubnetGroup:
            return (name, Text.join("arn:aws:rds:", region, ":", account, ":subgrp:", name))
        case .rdsParameterGroup:
            return (name, Text.join("arn:aws:rds:", region, ":", account, ":pg:", name))
        case .eksCluster:
            return (name, Text.join("arn:aws:eks:", region, ":", account, ":cluster/", name))
        case .eksNodeGroup:
            let cluster = new.attributes["cluster_name"]?.string ?? "cluster"
            let group = new.attributes["node_group_name"]?.string ?? name
            return (Text.join(cluster, ":", group),
                    Text.join("arn:aws:eks:", region, ":", account, ":nodegroup/", cluster, "/", group, "/", StableHash.uuid(seed)))
        case .s3Bucket:
            return (name, Text.join("arn:aws:s3:::", name))
        case .loadBalancer:
            let arn = Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":loadbalancer/app/", name, "/",
                                String(hex17().prefix(16)))
            return (arn, arn)
        case .classicLoadBalancer:
            return (name, Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":loadbalancer/", name))
        case .targetGroup:
            let arn = Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":targetgroup/", name, "/",
                                String(hex17().prefix(16)))
            return (arn, arn)
        case .certificate:
            let arn = Text.join("arn:aws:acm:", region, ":", account, ":certificate/", StableHash.uuid(seed))
            return (arn, arn)
        case .distribution:
            let id = "E" + StableHash.alphanumeric(seed, count: 13)
            return (id, Text.join("arn:aws:cloudfront::", account, ":distribution/", id))
        case .hostedZone:
            let id = "Z" + StableHash.alphanumeric(seed, count: 20)
            return (id, Text.join("arn:aws:route53:::hostedzone/", id))
        case .replicationGroup:
            return (name, Text.join("arn:aws:elasticache:", region, ":", account, ":replicationgroup:", name))
        case .kmsKey:
            let uuid = StableHash.uuid(seed)
            return (uuid, Text.join("arn:aws:kms:", region, ":", account, ":key/", uuid))
        case .secret:
            let arn = Text.join("arn:aws:secretsmanager:", region, ":", account, ":secret:", name, "-",
                                StableHash.alphanumeric(seed, count: 6))
            return (arn, arn)
        case .iamNamed:
            return (name, Text.join("arn:aws:iam::", account, ":", shape.kind, "/", name))
        case .ecrRepository:
            return (name, Text.join("arn:aws:ecr:", region, ":", account, ":repository/", name))
        case .dynamoTable:
            return (name, Text.join("arn:aws:dynamodb:", region, ":", account, ":table/", name))
        case .generic:
            // An ARN-shaped name for the rest: `aws_<service>_<kind>` (or `helm_release`)
            // read as service and kind.
            let arn = Text.join("arn:aws:", shape.service, ":", region, ":", account, ":", shape.kind, "/", name)
            return (arn, arn)
        }
    }
}
