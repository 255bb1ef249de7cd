/// Resource types AWS does not bill for (the object itself; traffic through it is priced where
/// it is billed), and the types of providers that make nothing in AWS. A type outside this list
/// that the cost engine does not price is listed as unpriced, never counted as free.
enum NoChargeTypes {
    static func contains(_ type: String) -> Bool {
        exact.contains(type) || prefixes.contains(where: type.hasPrefix) || nonCloudProviders.contains(where: type.hasPrefix)
    }

    /// VPC pricing: "There is no charge for creating and using the VPC itself"; security groups,
    /// route tables, network ACLs and internet gateways are part of it. IAM: "no additional
    /// charge". ACM: public certificates are free (the catalog's acm/certificate row is 0).
    /// Route 53 records: the zone and its queries are billed, not the records. Subnet and
    /// parameter groups, launch templates, S3 bucket settings and EKS access entries are
    /// settings of billed resources.
    static let exact: Set<String> = [
        "aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet", "aws_route_table", "aws_route",
        "aws_route_table_association", "aws_internet_gateway",
        "aws_egress_only_internet_gateway", "aws_default_route_table", "aws_default_security_group", "aws_default_network_acl",
        "aws_network_acl", "aws_network_acl_rule", "aws_security_group", "aws_security_group_rule", "aws_vpc_dhcp_options",
        "aws_vpc_dhcp_options_association", "aws_main_route_table_association", "aws_vpc_security_group_ingress_rule",
        "aws_vpc_security_group_egress_rule", "aws_acm_certificate", "aws_acm_certificate_validation", "aws_route53_record",
        "aws_db_subnet_group", "aws_db_parameter_group", "aws_db_option_group", "aws_docdb_subnet_group",
        "aws_docdb_cluster_parameter_group", "aws_elasticache_subnet_group", "aws_elasticache_parameter_group",
        "aws_launch_template", "aws_key_pair", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_access_policy_association",
        "aws_eks_identity_provider_config", "aws_kms_alias", "aws_lb_target_group", "aws_lb_listener", "aws_lb_listener_rule",
        "aws_lb_target_group_attachment", "aws_eip_association", "aws_cloudfront_origin_access_identity",
        "aws_cloudfront_origin_access_control", "aws_cloudfront_cache_policy", "aws_cloudwatch_log_resource_policy",
        "aws_secretsmanager_secret_version", "aws_ssm_parameter", "aws_autoscaling_group_tag", "aws_ecr_lifecycle_policy",
        "aws_ecr_repository_policy", "aws_backup_plan", "aws_backup_selection", "aws_sns_topic_subscription",
    ]

    static let prefixes = ["aws_iam_", "aws_s3_bucket_", "aws_s3_account_", "aws_route53_zone_association", "aws_ec2_tag"]

    /// Providers whose resources live in Kubernetes, in Terraform itself or on the machine.
    static let nonCloudProviders = ["kubernetes_", "helm_", "kubectl_", "random_", "tls_", "null_", "time_", "local_",
                                    "terraform_", "external_", "cloudinit_", "archive_", "http_", "template_"]
}
