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
    /// same name is taken twice in one type, as AWS refuses. EC2 objects, buckets, hosted
    /// zones and distributions are stored under their own IDs.
    static func make(for new: NewResource, counter: Int, account: String) -> (id: String, arn: String) {
        let shape = TypeShape.of(new.type)
        // The hash digits are made only for the objects that need them, from the counter and
        // the type in place (`IDSeed`): most objects are named by their attributes or address.
        let seed = IDSeed(counter: counter, type: new.type)
        let region = new.region
        if let ec2 = shape.ec2 {
            let id = StableHash.hex(seed, count: 17, after: ec2.prefix)
            return (id, Text.join("arn:aws:ec2:", region, ":", account, ":", ec2.kind, "/", id))
        }
        // Read only by the cases that print it: a certificate, key, zone or distribution has none.
        func name() -> String {
            new.name ?? nameAttributes.lazy.compactMap { new.attributes[$0]?.string }.first
                ?? StableHash.hex(seed, count: 17, after: shape.namePrefix)
        }
        func keyed(_ arn: String) -> (id: String, arn: String) { (arn, arn) }
        switch shape.arn {
        case .rdsInstance:
            return keyed(Text.join("arn:aws:rds:", region, ":", account, ":db:", name()))
        case .rdsCluster:
            return keyed(Text.join("arn:aws:rds:", region, ":", account, ":cluster:", name()))
        case .rdsSubnetGroup:
            return keyed(Text.join("arn:aws:rds:", region, ":", account, ":subgrp:", name()))
        case .rdsParameterGroup:
            return keyed(Text.join("arn:aws:rds:", region, ":", account, ":pg:", name()))
        case .eksCluster:
            return keyed(Text.join("arn:aws:eks:", region, ":", account, ":cluster/", name()))
        case .eksNodeGroup:
            let cluster = new.attributes["cluster_name"]?.string ?? "cluster"
            let group = new.attributes["node_group_name"]?.string ?? name()
            return keyed(Text.join("arn:aws:eks:", region, ":", account, ":nodegroup/", cluster, "/", group, "/", StableHash.uuid(seed)))
        case .s3Bucket:
            let name = name()
            return (name, Text.join("arn:aws:s3:::", name))
        case .loadBalancer:
            return keyed(Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":loadbalancer/app/", name(), "/",
                                   StableHash.hex(seed, count: 16)))
        case .classicLoadBalancer:
            return keyed(Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":loadbalancer/", name()))
        case .targetGroup:
            return keyed(Text.join("arn:aws:elasticloadbalancing:", region, ":", account, ":targetgroup/", name(), "/",
                                   StableHash.hex(seed, count: 16)))
        case .certificate:
            return keyed(Text.join("arn:aws:acm:", region, ":", account, ":certificate/", StableHash.uuid(seed)))
        case .distribution:
            let id = "E" + StableHash.alphanumeric(seed, count: 13)
            return (id, Text.join("arn:aws:cloudfront::", account, ":distribution/", id))
        case .hostedZone:
            let id = "Z" + StableHash.alphanumeric(seed, count: 20)
            return (id, Text.join("arn:aws:route53:::hostedzone/", id))
        case .replicationGroup:
            return keyed(Text.join("arn:aws:elasticache:", region, ":", account, ":replicationgroup:", name()))
        case .kmsKey:
            return keyed(Text.join("arn:aws:kms:", region, ":", account, ":key/", StableHash.uuid(seed)))
        case .secret:
            return keyed(Text.join("arn:aws:secretsmanager:", region, ":", account, ":secret:", name(), "-",
                                   StableHash.alphanumeric(seed, count: 6)))
        case .iamNamed:
            return keyed(Text.join("arn:aws:iam::", account, ":", shape.kind, "/", name()))
        case .ecrRepository:
            return keyed(Text.join("arn:aws:ecr:", region, ":", account, ":repository/", name()))
        case .dynamoTable:
            return keyed(Text.join("arn:aws:dynamodb:", region, ":", account, ":table/", name()))
        case .generic:
            // An ARN-shaped name for the rest: `aws_<service>_<kind>` (or `helm_release`)
            // read as service and kind.
            return keyed(Text.join("arn:aws:", shape.service, ":", region, ":", account, ":", shape.kind, "/", name()))
        }
    }
}
