import Blueprint
import Foundation
import Scenario
import Testing

/// `Scenarios/shared-stack.yaml` expanded: HEAD's "stacks" layout (cookiecutter-backend.md
/// section 5): VPC, EKS, RDS and bastion once in `shared`; zone, namespace and database
/// secrets per environment.
@Suite struct SharedStackBlueprintTests {
    let blueprint: Blueprint

    init() throws {
        blueprint = try BlueprintTestSupport.blueprint("shared-stack.yaml")
    }

    static let infrastructure = ["module.vpc.aws_vpc.this[0]", "module.eks.aws_eks_cluster.this[0]",
                                 "module.db.module.db_instance.aws_db_instance.this[0]", "aws_instance.bastion"]

    @Test func theStackIsInShared() throws {
        let shared = blueprint.shared
        #expect(shared.name == "shared")
        #expect(shared.namespace == "yourschool-global-live")
        #expect(shared.domain == "yourschool.edu")
        #expect(shared.modules == ["prerequisites", "vpc", "kubernetes", "mysql", "ec2_bastion"])
        let addresses = shared.resources.map(\.address)
        for address in Self.infrastructure {
            #expect(addresses.filter { $0 == address }.count == 1, "\(address)")
        }
        #expect(shared.count(ofType: "aws_nat_gateway") == 1)
        #expect(shared.count(ofType: "aws_subnet") == 10)
        // ACM moved out of the stack's vpc at HEAD.
        #expect(shared.count(ofType: "aws_acm_certificate") == 0)
        // No per-environment pieces in the stack.
        #expect(shared.count(ofType: "aws_elasticache_replication_group") == 0)
        #expect(shared.count(ofType: "aws_cloudfront_distribution") == 0)
        #expect(shared.resources(in: "tutor").isEmpty)
        #expect(shared.resources(in: "mysql").map(\.address) == [
            "aws_db_subnet_group.mysql_subnet_group",
            "module.security_group.aws_security_group.this_name_prefix[0]",
            "module.security_group.aws_security_group_rule.ingress_with_cidr_blocks[0]",
            "module.security_group.aws_security_group_rule.egress_with_cidr_blocks[0]",
            "module.db.random_password.master_password[0]",
            "module.db.module.db_parameter_group.aws_db_parameter_group.this[0]",
            "module.db.module.db_option_group.aws_db_option_group.this[0]",
            "module.db.module.db_instance.aws_db_instance.this[0]",
            "kubernetes_secret.mysql_root",
        ])
    }

    @Test func stackAttributes() throws {
        let shared = blueprint.shared
        let db = try shared.resource("mysql", "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(db["identifier"] == .string("yourschool-global-live"))
        #expect(db["instance_class"] == .string("db.t2.small"))
        #expect(db["storage_encrypted"] == .bool(false))
        #expect(try shared.resource("kubernetes", "module.eks.aws_eks_cluster.this[0]")["name"]
            == .string("yourschool-global-live"))
        #expect(try shared.resource("kubernetes", "kubernetes_namespace.openedx")["name"] == .string("yourschool-global-live"))
        let bastion = try shared.resource("ec2_bastion", "aws_instance.bastion")
        #expect(bastion["root_volume_gb"] == .int(100))
        #expect(try shared.resource("ec2_bastion", "aws_route53_record.bastion")["name"] == .string("bastion.yourschool.edu"))
    }

    @Test func environmentsHaveNoStackInfrastructure() {
        #expect(blueprint.environments.map(\.name) == ["prod", "staging"])
        for environment in blueprint.environments {
            let addresses = Set(environment.resources.map(\.address))
            for address in Self.infrastructure {
                #expect(!addresses.contains(address), "\(environment.name) has \(address)")
            }
            for type in ["aws_vpc", "aws_subnet", "aws_nat_gateway", "aws_eks_cluster", "aws_eks_node_group",
                         "aws_db_instance", "aws_instance"] {
                #expect(environment.count(ofType: type) == 0, "\(environment.name) has \(type)")
            }
            #expect(!environment.modules.contains("ec2_bastion"))
            // No hand-made zone at HEAD: the environment's only prerequisite is its lock table.
            #expect(environment.resources(in: "prerequisites").map(\.address) == ["aws_dynamodb_table.terraform_lock"])
        }
    }

    @Test(arguments: [("prod", "courses.yourschool.edu"), ("staging", "staging.courses.yourschool.edu")])
    func eachEnvironmentOwnsItsZoneNamespaceAndSecrets(_ name: String, _ domain: String) throws {
        let environment = try blueprint.environment(name)
        #expect(environment.domain == domain)
        #expect(environment.modules == ["vpc", "acm", "kubernetes", "kubernetes_ingress_clb", "kubernetes_secrets", "mysql",
                                        "redis", "s3_openedx_storage", "cloudfront", "prerequisites", "tutor"])

        #expect(environment.addresses(in: "vpc") == ["aws_route53_zone.environment_domain",
                                                     "aws_route53_record.environment_domain-ns"])
        let zone = try environment.resource("vpc", "aws_route53_zone.environment_domain")
        #expect(zone.type == "aws_route53_zone")
        #expect(zone.managedBy == .terraform)
        #expect(zone["name"] == .string(domain))
        #expect(zone["force_destroy"] == .bool(false))
        let delegation = try environment.resource("vpc", "aws_route53_record.environment_domain-ns")
        #expect(delegation["type"] == .string("NS"))
        #expect(delegation["zone"] == .string("yourschool.edu"))

        #expect(environment.addresses(in: "kubernetes") == ["kubernetes_namespace.openedx"])
        #expect(try environment.resource("kubernetes", "kubernetes_namespace.openedx")["name"] == .string("openedx-\(name)"))

        let names = ["openedx", "discovery", "ecommerce", "notes", "xqueue", "credentials"]
        let secrets = environment.resources(in: "mysql").filter { $0.type == "kubernetes_secret" }
        #expect(secrets.map(\.address) == names.map { "kubernetes_secret.mysql_\($0)" })
        #expect(secrets.compactMap { $0["name"]?.string } == names.map { "mysql-\($0)" })
        #expect(secrets.map(\.dependsOn) == names.map { ["random_password.mysql_\($0)"] })
        #expect(environment.resources(in: "mysql").filter { $0.type == "random_password" }.count == 6)
        let cname = try environment.resource("mysql", "aws_route53_record.mysql")
        #expect(cname["name"] == .string("mysql.\(domain)"))
        #expect(environment.resources(in: "mysql").count == 13)

        // The regional certificates live in their own `acm` module.
        #expect(environment.addresses(in: "acm").count == 6)
        #expect(environment.count(ofType: "aws_acm_certificate") == 3)
        #expect(environment.count(ofType: "aws_elasticache_replication_group") == 1)
        #expect(environment.count(ofType: "aws_cloudfront_distribution") == 1)
        #expect(environment.resources(in: "tutor").count == 3)
    }

    @Test func everyModuleIsFreeOfDuplicateAddresses() {
        for environment in blueprint.all {
            for module in environment.modules {
                let addresses = environment.addresses(in: module)
                #expect(Set(addresses).count == addresses.count, "\(environment.name)/\(module)")
            }
        }
    }

    /// Section 5: "`environment_namespace` = `yourschool-global-prod`" at HEAD.
    @Test func environmentNamespaceFollowsHEADNaming() throws {
        let prod = try blueprint.environment("prod")
        let bucket = try prod.resource("s3_openedx_storage", "module.openedx_storage.aws_s3_bucket.this[0]")
        #expect(prod.namespace == "yourschool-global-prod")
        #expect(bucket["bucket"] == .string("yourschool-global-prod-storage"))
    }

    /// Section 5: HEAD's `s3_openedx_storage` makes three buckets (storage, backup, secrets).
    @Test func headMakesThreeBucketsPerEnvironment() throws {
        let prod = try blueprint.environment("prod")
        #expect(prod.count(ofType: "aws_s3_bucket") == 3)
        let explicit = try Blueprint.expand(ScenarioLoader.load(text: """
            layout: shared-stack
            shared: {}
            environments:
              prod:
                s3_openedx_storage: { buckets: 3 }
            """, file: "inline.yaml")).environment("prod")
        let buckets = explicit.resources(in: "s3_openedx_storage").filter { $0.type == "aws_s3_bucket" }
        #expect(buckets.map(\.address) == [
            "module.openedx_storage.aws_s3_bucket.this[0]", "module.openedx_backup.aws_s3_bucket.this[0]",
            "module.openedx_secrets.aws_s3_bucket.this[0]",
        ])
        let publicRead = buckets.map { $0["public_read"] }
        #expect(publicRead == [.bool(true), .bool(false), .bool(false)])
    }
}
