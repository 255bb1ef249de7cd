import Blueprint

/// How a change to one attribute of a resource type is applied.
public struct TypeRule: Sendable {
    /// Changing one of these destroys and re-creates the object (`# forces replacement`).
    public var replaces: Set<String>
    /// In place, with what that means when it is worth saying ("the instance is stopped and started").
    public var notes: [String: String]
    /// random_* and tls_private_key: every argument is a seed of the value, so any change makes a new one.
    public var anyArgumentReplaces: Bool
    /// The resource's module sets `lifecycle { create_before_destroy = true }`.
    public var createBeforeDestroy: Bool

    init(replaces: Set<String> = [], notes: [String: String] = [:], anyArgumentReplaces: Bool = false,
         createBeforeDestroy: Bool = false) {
        self.replaces = replaces
        self.notes = notes
        self.anyArgumentReplaces = anyArgumentReplaces
        self.createBeforeDestroy = createBeforeDestroy
    }
}

/// ForceNew attributes per resource type (terraform-semantics.md §1.8 unless a row says
/// otherwise). An attribute a known type does not list updates in place, as §1.8 says; an
/// unknown type updates in place too, since guessing "replace" would invent destruction.
public enum ReplacementRules {
    /// Blueprint attributes that describe an object (what it is for, what refresh would find, a
    /// lifecycle flag) rather than configure it: never compared, so they never produce a diff.
    public static let ignored: Set<String> = [
        "effective_service_type", "used", "holds_usage", "created_for", "attached_to", "tier", "state_bucket",
        "create_before_destroy",
        // A setting of the certificate lookup the distribution reads, not of the distribution (H13).
        "certificate_most_recent",
    ]

    public static func rule(for type: String) -> TypeRule? { rules[type] }

    public static func forcesReplacement(type: String, attribute: String) -> Bool {
        guard !ignored.contains(attribute), let rule = rules[type] else { return false }
        return rule.anyArgumentReplaces || rule.replaces.contains(attribute)
    }

    /// What an in-place change of this attribute does, when it is more than an API call.
    public static func note(type: String, attribute: String) -> String? { rules[type]?.notes[attribute] }

    /// CBD declared on the resource: by its type's module, or by the blueprint's lifecycle flag
    /// (the vendored elasticache module's parameter group). Propagation to dependencies is the
    /// planner's job (§1.2), since it needs the resource graph.
    public static func createBeforeDestroy(_ resource: Resource) -> Bool {
        resource["create_before_destroy"] == .bool(true) || rules[resource.type]?.createBeforeDestroy == true
    }

    static let seeded = TypeRule(anyArgumentReplaces: true)

    static let rules: [String: TypeRule] = [
        // §1.8 aws_db_instance (AWSP rds/instance.go); `iops`, `skip_final_snapshot` and
        // `delete_automated_backups` are ModifyDBInstance or Terraform-only settings.
        "aws_db_instance": TypeRule(replaces: ["identifier", "identifier_prefix", "engine", "storage_encrypted", "kms_key_id",
                                               "availability_zone", "username", "db_name", "name", "character_set_name",
                                               "timezone", "snapshot_identifier"]),
        // §1.8 aws_docdb_cluster (AWSP docdb/cluster.go).
        "aws_docdb_cluster": TypeRule(replaces: ["cluster_identifier", "cluster_identifier_prefix", "engine", "storage_encrypted",
                                                 "kms_key_id", "master_username", "availability_zones", "db_subnet_group_name",
                                                 "port"]),
        // §1.8 aws_docdb_cluster_instance; moving an instance to another cluster is a new
        // instance too (cluster_identifier is ForceNew in the provider schema, not in §1.8).
        "aws_docdb_cluster_instance": TypeRule(replaces: ["identifier", "identifier_prefix", "cluster_identifier"]),
        // §1.8 aws_elasticache_replication_group; an engine_version downgrade also replaces
        // (CustomizeDiff), which a plain comparison cannot tell from an upgrade: treated as in place.
        "aws_elasticache_replication_group": TypeRule(replaces: [
            "replication_group_id", "engine", "at_rest_encryption_enabled", "kms_key_id", "subnet_group_name", "port",
            "availability_zones", "snapshot_name", "snapshot_arns", "data_tiering_enabled", "global_replication_group_id",
            "security_group_names", "transit_encryption_enabled"]),
        // §1.8 aws_eks_cluster: `version` and endpoint access update in place.
        "aws_eks_cluster": TypeRule(replaces: ["name", "role_arn"]),
        // §1.8 aws_eks_node_group: scaling sizes, labels and version update in place.
        "aws_eks_node_group": TypeRule(replaces: ["cluster_name", "node_group_name", "node_group_name_prefix", "node_role_arn",
                                                  "subnet_ids", "instance_types", "ami_type", "capacity_type", "disk_size"]),
        // §1.8 aws_instance: no API changes an instance's AMI or subnet; a new type needs a stop/start.
        "aws_instance": TypeRule(replaces: ["ami", "availability_zone", "subnet_id", "private_ip"],
                                 notes: ["instance_type": "the instance is stopped and started",
                                         "user_data": "the instance is stopped and started"]),
        // §1.8 aws_cloudfront_distribution: every change is an UpdateDistribution.
        "aws_cloudfront_distribution": TypeRule(notes: ["price_class": "CloudFront redeploys the distribution"]),
        // §1.8 aws_nat_gateway; the blueprint's availability_zone stands for the subnet it sits in.
        "aws_nat_gateway": TypeRule(replaces: ["allocation_id", "subnet_id", "connectivity_type", "private_ip",
                                               "availability_zone"]),
        // §1.8 aws_vpc: DNS flags and tags in place.
        "aws_vpc": TypeRule(replaces: ["cidr_block"]),
        // §1.8 aws_s3_bucket: force_destroy, versioning and the policy flags in place.
        "aws_s3_bucket": TypeRule(replaces: ["bucket", "bucket_prefix"]),
        // §1.8 random_password (terraform-provider-random keepers); random_string, random_id and
        // random_pet share that provider's rule, tls_private_key has no update at all.
        "random_password": seeded, "random_string": seeded, "random_id": seeded, "random_pet": seeded,
        "tls_private_key": seeded,
        // Not in §1.8: from the provider schemas (AWSP ec2/vpc_subnet.go and the resources below).
        "aws_subnet": TypeRule(replaces: ["cidr_block", "availability_zone", "vpc_id"]),
        "aws_eip": TypeRule(replaces: ["domain"]),
        "aws_db_subnet_group": TypeRule(replaces: ["name"]),
        "aws_db_parameter_group": TypeRule(replaces: ["name", "family"]),
        "aws_db_option_group": TypeRule(replaces: ["name", "engine_name", "major_engine_version"]),
        "aws_docdb_subnet_group": TypeRule(replaces: ["name"]),
        "aws_docdb_cluster_parameter_group": TypeRule(replaces: ["name", "family"]),
        "aws_elasticache_subnet_group": TypeRule(replaces: ["name"]),
        "aws_elasticache_parameter_group": TypeRule(replaces: ["name", "family"]),
        "aws_security_group": TypeRule(replaces: ["name", "name_prefix", "vpc_id"]),
        // A security group rule has no update: every argument is ForceNew.
        "aws_security_group_rule": seeded,
        "aws_cloudwatch_log_group": TypeRule(replaces: ["name"]),
        "aws_route53_zone": TypeRule(replaces: ["name"]),
        // `zone` stands for zone_id.
        "aws_route53_record": TypeRule(replaces: ["name", "zone"]),
        // terraform-aws-acm sets create_before_destroy: an in-use certificate cannot be deleted
        // first (§1.2, AWSP #4712). `region` is the provider's region: another region is another object.
        "aws_acm_certificate": TypeRule(replaces: ["domain_name", "subject_alternative_names", "validation_method", "region"],
                                        createBeforeDestroy: true),
        "kubernetes_namespace": TypeRule(replaces: ["name"]),
        "kubernetes_secret": TypeRule(replaces: ["name"]),
        "helm_release": TypeRule(replaces: ["name", "namespace"]),
        "aws_iam_user": TypeRule(replaces: ["name"]),
    ]
}
