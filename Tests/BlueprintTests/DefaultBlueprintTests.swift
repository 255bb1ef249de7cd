import Blueprint
import Foundation
import Scenario
import Testing

/// `Scenarios/default.yaml` expanded: the v0.0.6 per-environment backend with every module
/// (cookiecutter-backend.md section 2), addresses as Terraform names them.
@Suite struct DefaultBlueprintTests {
    let blueprint: Blueprint
    let prod: EnvironmentBlueprint

    init() throws {
        blueprint = try BlueprintTestSupport.blueprint("default.yaml")
        prod = try blueprint.environment("prod")
    }

    @Test func environmentNamesNamespaceAndDomain() {
        #expect(blueprint.environments.map(\.name) == ["prod"])
        #expect(prod.region == "us-east-1")
        #expect(prod.namespace == "prod-yourschool-global")
        #expect(prod.domain == "courses.yourschool.edu")
        #expect(prod.modules == ["vpc", "kubernetes", "kubernetes_ingress_clb", "kubernetes_secrets", "mysql", "mongodb",
                                 "redis", "s3_openedx_storage", "cloudfront", "ec2_bastion", "prerequisites", "tutor"])
        // 139 in state (docs/simulator.md), plus prerequisites and what Kubernetes and Tutor make.
        #expect(prod.resources.count == 146)
        #expect(prod.resources.filter { $0.managedBy == .terraform }.count == 139)
    }

    @Test func vpcAddresses() {
        #expect(prod.addresses(in: "vpc") == [
            "module.vpc.aws_vpc.this[0]",
            "module.vpc.aws_internet_gateway.this[0]",
            "module.vpc.aws_subnet.public[0]", "module.vpc.aws_subnet.public[1]", "module.vpc.aws_subnet.public[2]",
            "module.vpc.aws_subnet.private[0]", "module.vpc.aws_subnet.private[1]", "module.vpc.aws_subnet.private[2]",
            "module.vpc.aws_subnet.database[0]", "module.vpc.aws_subnet.database[1]",
            "module.vpc.aws_subnet.elasticache[0]", "module.vpc.aws_subnet.elasticache[1]",
            "module.vpc.aws_eip.nat[0]",
            "module.vpc.aws_nat_gateway.this[0]",
            "module.vpc.aws_route_table.public[0]",
            "module.vpc.aws_route.public_internet_gateway[0]",
            "module.vpc.aws_route_table.private[0]",
            "module.vpc.aws_route.private_nat_gateway[0]",
            "module.vpc.aws_route_table_association.public[0]", "module.vpc.aws_route_table_association.public[1]",
            "module.vpc.aws_route_table_association.public[2]",
            "module.vpc.aws_route_table_association.private[0]", "module.vpc.aws_route_table_association.private[1]",
            "module.vpc.aws_route_table_association.private[2]",
            "module.vpc.aws_route_table_association.database[0]", "module.vpc.aws_route_table_association.database[1]",
            "module.vpc.aws_route_table_association.elasticache[0]", "module.vpc.aws_route_table_association.elasticache[1]",
            "module.vpc.aws_db_subnet_group.database[0]",
            "module.vpc.aws_elasticache_subnet_group.elasticache[0]",
            "module.acm_root_domain_environment_region.aws_acm_certificate.this[0]",
            "module.acm_root_domain_environment_region.aws_route53_record.validation[0]",
            "module.acm_root_domain_environment_region.aws_acm_certificate_validation.this[0]",
            "module.acm_environment_environment_region.aws_acm_certificate.this[0]",
            "module.acm_environment_environment_region.aws_route53_record.validation[0]",
            "module.acm_environment_environment_region.aws_acm_certificate_validation.this[0]",
        ])
    }

    @Test func kubernetesAddresses() {
        let group = "module.eks.module.eks_managed_node_group[\"default\"]"
        let policy = "arn:aws:iam::aws:policy/"
        #expect(prod.addresses(in: "kubernetes") == [
            "module.eks.aws_iam_role.this[0]",
            "module.eks.aws_iam_role_policy_attachment.this[\"\(policy)AmazonEKSClusterPolicy\"]",
            "module.eks.aws_iam_role_policy_attachment.this[\"\(policy)AmazonEKSVPCResourceController\"]",
            "module.eks.aws_security_group.cluster[0]",
            "module.eks.aws_security_group.node[0]",
        ] + ["egress_nodes_443", "egress_nodes_kubelet", "ingress_nodes_443"].map {
            "module.eks.aws_security_group_rule.cluster[\"\($0)\"]"
        } + ["egress_all", "egress_cluster_443", "egress_https", "egress_ntp_tcp", "egress_ntp_udp", "egress_self_coredns_tcp",
             "egress_self_coredns_udp", "ingress_cluster_443", "ingress_cluster_kubelet", "ingress_self_all",
             "ingress_self_coredns_tcp", "ingress_self_coredns_udp", "port_8443"].map {
            "module.eks.aws_security_group_rule.node[\"\($0)\"]"
        } + [
            "module.eks.aws_cloudwatch_log_group.this[0]",
            "module.eks.aws_eks_cluster.this[0]",
        ] + ["Environment", "Platform", "Platform-Region", "Terraform"].map {
            "module.eks.aws_ec2_tag.cluster_primary_security_group[\"\($0)\"]"
        } + [
            "module.eks.aws_iam_openid_connect_provider.oidc_provider[0]",
            "\(group).aws_iam_role.this[0]",
            "\(group).aws_iam_role_policy_attachment.this[\"\(policy)AmazonEC2ContainerRegistryReadOnly\"]",
            "\(group).aws_iam_role_policy_attachment.this[\"\(policy)AmazonEKSWorkerNodePolicy\"]",
            "\(group).aws_iam_role_policy_attachment.this[\"\(policy)AmazonEKS_CNI_Policy\"]",
            "\(group).aws_security_group.this[0]",
            "\(group).aws_launch_template.this[0]",
            "\(group).aws_eks_node_group.this[0]",
            "aws_security_group.worker_group_mgmt",
            "aws_security_group.all_worker_mgmt",
            "kubernetes_namespace.openedx",
        ])
        // terraform-aws-modules/eks v18.31.2 with the cookiecutter's inputs: 35, and its own 3.
        #expect(prod.addresses(in: "kubernetes").count == 38)
        #expect(prod.addresses(in: "kubernetes").contains("module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]"))
    }

    @Test func ingressAndSecretsAddresses() {
        #expect(prod.addresses(in: "kubernetes_ingress_clb") == [
            "helm_release.nginx",
            "module.cert_manager_irsa.aws_iam_role.this[0]",
            "aws_iam_policy.cert_manager_policy",
            "module.cert_manager_irsa.aws_iam_role_policy_attachment.custom[0]",
            "helm_release.cert-manager",
            "aws_route53_record.naked",
            "aws_route53_record.wildcard",
            "aws_elb.ingress_nginx",
            "aws_elb.tutor_caddy",
        ])
        #expect(prod.addresses(in: "kubernetes_secrets") == [
            "random_password.admin_edx", "random_password.edx_secret_key", "tls_private_key.jwt_rsa_private_key",
            "kubernetes_secret.admin_edx", "kubernetes_secret.edx_secret_key", "kubernetes_secret.jtw",
        ])
    }

    @Test func dataStoreAddresses() {
        #expect(prod.addresses(in: "mysql") == [
            "aws_db_subnet_group.mysql_subnet_group",
            "module.security_group.aws_security_group.this_name_prefix[0]",
            "module.security_group.aws_security_group_rule.ingress_with_cidr_blocks[0]",
            "module.security_group.aws_security_group_rule.egress_with_cidr_blocks[0]",
            "module.db.random_password.master_password[0]",
            "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]",
            "module.db.module.db_option_group.aws_db_option_group.this[0]",
            "module.db.module.db_instance.aws_db_instance.this[0]",
            "aws_route53_record.mysql",
            "kubernetes_secret.mysql_root",
            "random_password.mysql_openedx",
            "kubernetes_secret.openedx",
        ])
        #expect(prod.addresses(in: "mongodb") == [
            "aws_security_group.mongo_cluster",
            "aws_security_group_rule.ingress_security_groups",
            "aws_docdb_subnet_group.default",
            "aws_docdb_cluster_parameter_group.no_tls",
            "random_password.mongodb_admin",
            "aws_docdb_cluster.default",
            "aws_docdb_cluster_instance.default[0]",
            "aws_route53_record.master",
            "aws_route53_record.replica",
            "kubernetes_secret.mongodb_admin",
        ])
        #expect(prod.addresses(in: "redis") == [
            "module.security_group.aws_security_group.this_name_prefix[0]",
            "module.security_group.aws_security_group_rule.ingress_with_cidr_blocks[0]",
            "module.security_group.aws_security_group_rule.egress_with_cidr_blocks[0]",
            "module.redis.random_string.id",
            "module.redis.module.elasticache_subnet_group.aws_elasticache_subnet_group.this[0]",
            "module.redis.module.elasticache_parameter_group.aws_elasticache_parameter_group.this[0]",
            "module.redis.aws_elasticache_replication_group.this",
            "aws_route53_record.primary",
            "kubernetes_secret.secret",
        ])
    }

    @Test func storageEdgeAndBastionAddresses() {
        #expect(prod.addresses(in: "s3_openedx_storage") == [
            "module.data_backup_s3_bucket.aws_s3_bucket.this[0]",
            "module.data_backup_s3_bucket.aws_s3_bucket_acl.this[0]",
            "module.data_backup_s3_bucket.aws_s3_bucket_ownership_controls.this[0]",
            "module.data_backup_s3_bucket.aws_s3_bucket_public_access_block.this[0]",
            "module.data_backup_s3_bucket.aws_s3_bucket_policy.this[0]",
            "module.data_backup_s3_bucket.aws_s3_bucket_versioning.this[0]",
            "random_id.id", "aws_iam_user.user", "aws_iam_access_key.user", "aws_iam_user_policy.policy",
            "kubernetes_secret.s3",
        ])
        #expect(prod.addresses(in: "cloudfront") == [
            "module.acm_environment_domain.aws_acm_certificate.this[0]",
            "module.acm_environment_domain.aws_route53_record.validation[0]",
            "module.acm_environment_domain.aws_acm_certificate_validation.this[0]",
            "module.cdn_environment_domain.aws_cloudfront_distribution.this[0]",
            "aws_route53_record.cdn_environment_domain",
        ])
        #expect(prod.addresses(in: "ec2_bastion") == [
            "aws_security_group.sg_bastion", "random_pet.name", "aws_instance.bastion", "aws_eip.elasticip",
            "aws_route53_record.bastion",
        ])
    }

    @Test func noDuplicateAddressWithinAModule() {
        for environment in blueprint.all {
            for module in environment.modules {
                let addresses = environment.addresses(in: module)
                #expect(Set(addresses).count == addresses.count, "\(environment.name)/\(module): \(addresses)")
            }
        }
    }

    @Test func subnetNATAndEIPCounts() throws {
        #expect(prod.resources(in: "vpc").filter { $0.type == "aws_subnet" }.count == 10)
        let tiers = prod.resources(in: "vpc").filter { $0.type == "aws_subnet" }.compactMap { $0["tier"]?.string }
        #expect(tiers.filter { $0 == "public" }.count == 3)
        #expect(tiers.filter { $0 == "private" }.count == 3)
        #expect(tiers.filter { $0 == "database" }.count == 2)
        #expect(tiers.filter { $0 == "elasticache" }.count == 2)
        // Database and cache subnets only in a and b.
        let zones = { (tier: String) in
            prod.resources(in: "vpc").filter { $0["tier"]?.string == tier }.compactMap { $0["availability_zone"]?.string }
        }
        #expect(zones("public") == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(zones("database") == ["us-east-1a", "us-east-1b"])
        #expect(zones("elasticache") == ["us-east-1a", "us-east-1b"])
        #expect(prod.resources(in: "vpc").filter { $0.type == "aws_nat_gateway" }.count == 1)
        #expect(prod.resources(in: "vpc").filter { $0.type == "aws_eip" }.count == 1)
        let nat = try prod.resource("vpc", "module.vpc.aws_nat_gateway.this[0]")
        #expect(nat["availability_zone"] == .string("us-east-1a"))
        #expect(nat.dependsOn == ["module.vpc.aws_eip.nat[0]", "module.vpc.aws_subnet.public[0]", "module.vpc.aws_internet_gateway.this[0]"])
    }

    @Test func oneNATPerAZ() throws {
        let blueprint = try BlueprintTestSupport.blueprint(text: "environments:\n  prod:\n    vpc: { nat_gateways: one-per-az }\n")
        let prod = try blueprint.environment("prod")
        let vpc = prod.resources(in: "vpc")
        #expect(vpc.filter { $0.type == "aws_nat_gateway" }.map(\.address)
            == ["module.vpc.aws_nat_gateway.this[0]", "module.vpc.aws_nat_gateway.this[1]", "module.vpc.aws_nat_gateway.this[2]"])
        #expect(vpc.filter { $0.type == "aws_eip" }.map(\.address)
            == ["module.vpc.aws_eip.nat[0]", "module.vpc.aws_eip.nat[1]", "module.vpc.aws_eip.nat[2]"])
        #expect(vpc.filter { $0.type == "aws_nat_gateway" }.compactMap { $0["availability_zone"]?.string }
            == ["us-east-1a", "us-east-1b", "us-east-1c"])
        #expect(vpc.filter { $0.address.hasPrefix("module.vpc.aws_route_table.private") }.count == 3)
        #expect(vpc.filter { $0.type == "aws_subnet" }.count == 10)
    }

    @Test func noNATGateway() throws {
        let blueprint = try BlueprintTestSupport.blueprint(text: "environments:\n  prod:\n    vpc: { nat_gateways: none, azs: 2 }\n")
        let vpc = try blueprint.environment("prod").resources(in: "vpc")
        #expect(vpc.filter { $0.type == "aws_nat_gateway" || $0.type == "aws_eip" }.isEmpty)
        #expect(vpc.filter { $0.address.hasPrefix("module.vpc.aws_route_table.private") }.count == 1)
        #expect(vpc.filter { $0.type == "aws_subnet" }.count == 8)
    }

    @Test func resourcesOutsideTerraformState() throws {
        let outside = prod.resources.filter { $0.managedBy != .terraform }
        #expect(outside.map(\.address) == [
            "aws_elb.ingress_nginx", "aws_elb.tutor_caddy", "aws_dynamodb_table.terraform_lock",
            "aws_route53_zone.environment_domain",
            "kubernetes_persistent_volume_claim.mongodb", "kubernetes_persistent_volume_claim.elasticsearch",
            "kubernetes_persistent_volume_claim.caddy",
        ])
        let nginx = try prod.resource("kubernetes_ingress_clb", "aws_elb.ingress_nginx")
        #expect(nginx.type == "aws_elb")
        #expect(nginx.managedBy == .kubernetes)
        #expect(nginx["created_for"] == .string("ingress-nginx/ingress-nginx-controller"))
        #expect(nginx["availability_zones"] == .int(3))
        let caddy = try prod.resource("kubernetes_ingress_clb", "aws_elb.tutor_caddy")
        #expect(caddy.managedBy == .tutor)
        #expect(caddy["created_for"] == .string("openedx/caddy"))
        let zone = try prod.resource("prerequisites", "aws_route53_zone.environment_domain")
        #expect(zone.managedBy == .manual)
        #expect(zone.type == "aws_route53_zone")
        #expect(zone["name"] == .string("courses.yourschool.edu"))
        let volumes = prod.resources(in: "tutor")
        #expect(volumes.allSatisfy { $0.type == "aws_ebs_volume" && $0.managedBy == .tutor && $0["type"] == .string("gp2") })
        #expect(volumes.compactMap { $0["size"]?.int } == [5, 2, 1])
        #expect(volumes.compactMap { $0["claim"]?.string } == ["mongodb", "elasticsearch", "caddy"])
    }

    @Test func withoutTheCaddyLoadBalancer() throws {
        let blueprint = try BlueprintTestSupport.blueprint(text: """
            environments:
              prod:
                kubernetes_ingress_clb: { caddy_load_balancer: false }
            """)
        let ingress = try blueprint.environment("prod").addresses(in: "kubernetes_ingress_clb")
        #expect(ingress.contains("aws_elb.ingress_nginx"))
        #expect(!ingress.contains("aws_elb.tutor_caddy"))
    }

    @Test func sharedHoldsOnlyThePlatformPrerequisites() {
        #expect(blueprint.shared.name == "shared")
        #expect(blueprint.shared.namespace == "yourschool-global")
        #expect(blueprint.shared.domain == "yourschool.edu")
        #expect(blueprint.shared.resources.map(\.address)
            == ["aws_route53_zone.root_domain", "aws_ecr_repository.openedx", "aws_s3_bucket.terraform_state"])
        #expect(blueprint.shared.resources.map(\.managedBy) == [.manual, .manual, .terragrunt])
        #expect(blueprint.shared.resources[2]["bucket"] == .string("123456789012-terraform-tfstate"))
    }

    @Test func attributesThatMatter() throws {
        let db = try prod.resource("mysql", "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(db.type == "aws_db_instance")
        #expect(db["identifier"] == .string("prod"))
        #expect(db["instance_class"] == .string("db.t2.small"))
        #expect(db["engine_version"] == .string("5.7.33"))
        #expect(db["allocated_storage"] == .int(10))
        #expect(db["storage_type"] == .string("gp2"))
        #expect(db["multi_az"] == .bool(false))
        #expect(db["skip_final_snapshot"] == .bool(true))
        #expect(db["deletion_protection"] == .bool(false))
        #expect(db["delete_automated_backups"] == .bool(true))
        let parameters = try prod.resource("mysql", "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]")
        #expect(parameters["family"] == .string("mysql5.7"))
        let mysqlRecord = try prod.resource("mysql", "aws_route53_record.mysql")
        #expect(mysqlRecord["name"] == .string("mysql.courses.yourschool.edu"))
        #expect(mysqlRecord["type"] == .string("CNAME"))

        let docdb = try prod.resource("mongodb", "aws_docdb_cluster.default")
        #expect(docdb["cluster_identifier"] == .string("prod-yourschool-global-mongodb"))
        #expect(docdb["db_cluster_parameter_group_name"] == .string("mongo-cluster-param-group"))
        #expect(docdb["skip_final_snapshot"] == .bool(true))
        #expect(docdb["storage_encrypted"] == .bool(false))
        // The parameter group is named by a literal: no edge to it (H12).
        #expect(!docdb.dependsOn.contains("aws_docdb_cluster_parameter_group.no_tls"))
        #expect(try prod.resource("mongodb", "aws_docdb_cluster_instance.default[0]")["instance_class"]
            == .string("db.t3.medium"))

        let redis = try prod.resource("redis", "module.redis.aws_elasticache_replication_group.this")
        #expect(redis["node_type"] == .string("cache.t2.small"))
        #expect(redis["num_cache_clusters"] == .int(1))
        #expect(redis["automatic_failover_enabled"] == .bool(false))
        #expect(redis["snapshot_retention_limit"] == .int(0))

        let cluster = try prod.resource("kubernetes", "module.eks.aws_eks_cluster.this[0]")
        #expect(cluster["name"] == .string("prod-yourschool-global"))
        #expect(cluster["version"] == .string("1.22"))
        let nodes = try prod.resource("kubernetes", "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]")
        #expect(nodes["instance_types"] == .strings(["t3.large"]))
        #expect([AttributeValue?]([nodes["min_size"], nodes["max_size"], nodes["desired_size"], nodes["disk_size"]])
            == [.int(1), .int(2), .int(1), .int(20)])
        #expect(try prod.resource("kubernetes", "kubernetes_namespace.openedx")["name"] == .string("openedx"))
        #expect(try prod.resource("kubernetes", "module.eks.aws_cloudwatch_log_group.this[0]")["name"]
            == .string("/aws/eks/prod-yourschool-global/cluster"))

        #expect(try prod.resource("vpc", "module.vpc.aws_vpc.this[0]")["name"] == .string("prod-yourschool-global"))
        #expect(try prod.resource("vpc", "module.vpc.aws_db_subnet_group.database[0]")["name"]
            == .string("prod-yourschool-global"))
        #expect(try prod.resource("vpc", "module.acm_environment_environment_region.aws_acm_certificate.this[0]")["domain_name"]
            == .string("courses.yourschool.edu"))
        #expect(try prod.resource("vpc", "module.acm_root_domain_environment_region.aws_acm_certificate.this[0]")["domain_name"]
            == .string("yourschool.edu"))

        let bucket = try prod.resource("s3_openedx_storage", "module.data_backup_s3_bucket.aws_s3_bucket.this[0]")
        #expect(bucket["bucket"] == .string("prod-yourschool-global-storage"))
        #expect(bucket["public_read"] == .bool(true))
        let cdn = try prod.resource("cloudfront", "module.cdn_environment_domain.aws_cloudfront_distribution.this[0]")
        #expect(cdn["aliases"] == .strings(["cdn.courses.yourschool.edu"]))
        #expect(cdn["price_class"] == .string("PriceClass_All"))
        #expect(cdn["origin"] == .string("prod-yourschool-global-storage.s3.us-east-1.amazonaws.com"))
        #expect(try prod.resource("cloudfront", "module.acm_environment_domain.aws_acm_certificate.this[0]")["region"]
            == .string("us-east-1"))

        let bastion = try prod.resource("ec2_bastion", "aws_instance.bastion")
        #expect(bastion["instance_type"] == .string("t2.micro"))
        #expect(bastion["root_volume_gb"] == .int(8))
        #expect(bastion["availability_zone"] == .string("us-east-1a"))
        #expect(try prod.resource("ec2_bastion", "aws_route53_record.bastion")["name"]
            == .string("bastion.courses.yourschool.edu"))
        #expect(try prod.resource("kubernetes_ingress_clb", "aws_route53_record.wildcard")["name"]
            == .string("*.courses.yourschool.edu"))
    }

    @Test func growthSizesReachTheResources() throws {
        let prod = try BlueprintTestSupport.blueprint("growth.yaml").environment("prod")
        let db = try prod.resource("mysql", "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(db["instance_class"] == .string("db.m6i.large"))
        #expect(db["multi_az"] == .bool(true))
        #expect(db["storage_type"] == .string("gp3"))
        #expect(try prod.resource("mysql", "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]")["family"]
            == .string("mysql8.4"))
        let nodes = try prod.resource("kubernetes", "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]")
        #expect(nodes["instance_types"] == .strings(["m6i.xlarge"]))
        #expect(nodes["desired_size"] == .int(3))
        #expect(prod.addresses(in: "mongodb").filter { $0.hasPrefix("aws_docdb_cluster_instance.") }
            == ["aws_docdb_cluster_instance.default[0]", "aws_docdb_cluster_instance.default[1]"])
        let redis = try prod.resource("redis", "module.redis.aws_elasticache_replication_group.this")
        #expect(redis["num_cache_clusters"] == .int(2))
        #expect(redis["automatic_failover_enabled"] == .bool(true))
        #expect(prod.addresses(in: "ec2_bastion").contains("aws_instance.bastion"))
    }

    @Test func multiEnvironmentNamespacesAndDomains() throws {
        let blueprint = try BlueprintTestSupport.blueprint("multi-environment.yaml")
        #expect(blueprint.environments.map(\.namespace)
            == ["prod-yourschool-global", "staging-yourschool-global", "dev-yourschool-global"])
        #expect(blueprint.environments.map(\.domain)
            == ["courses.yourschool.edu", "staging.courses.yourschool.edu", "dev.courses.yourschool.edu"])
        // Each environment has its own VPC and cluster; only prod has DocumentDB and a bastion.
        #expect(blueprint.environments.map { $0.count(ofType: "aws_vpc") } == [1, 1, 1])
        #expect(blueprint.environments.map { $0.count(ofType: "aws_eks_cluster") } == [1, 1, 1])
        #expect(blueprint.environments.map { $0.count(ofType: "aws_docdb_cluster") } == [1, 0, 0])
        #expect(blueprint.environments.map { $0.count(ofType: "aws_instance") } == [1, 0, 0])
        #expect(try blueprint.environment("staging").resource("mysql", "module.db.module.db_instance.aws_db_instance.this[0]")["identifier"]
            == .string("staging"))
    }
}

/// Every `dependsOn` edge stays inside its module, in every repository scenario.
@Suite struct BlueprintDependencyTests {
    @Test(arguments: ["default.yaml", "multi-environment.yaml", "growth.yaml", "shared-stack.yaml"])
    func dependsOnReferToTheSameModule(_ file: String) throws {
        let blueprint = try BlueprintTestSupport.blueprint(file)
        var edges = 0
        for environment in blueprint.all {
            for resource in environment.resources {
                let sameModule = Set(environment.addresses(in: resource.module))
                for target in resource.dependsOn {
                    edges += 1
                    #expect(sameModule.contains(target),
                            "\(file) \(environment.name): \(resource.module) \(resource.address) depends on missing \(target)")
                    #expect(target != resource.address, "\(resource.address) depends on itself")
                }
            }
        }
        #expect(edges > 0)
    }

    @Test func defaultEdgeCount() throws {
        let prod = try BlueprintTestSupport.blueprint("default.yaml").environment("prod")
        #expect(prod.resources.reduce(0) { $0 + $1.dependsOn.count } == 148)
        let db = try prod.resource("mysql", "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(db.dependsOn == [
            "aws_db_subnet_group.mysql_subnet_group", "module.security_group.aws_security_group.this_name_prefix[0]",
            "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]",
            "module.db.module.db_option_group.aws_db_option_group.this[0]",
            "module.db.random_password.master_password[0]",
        ])
    }
}
