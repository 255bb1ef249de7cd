import Scenario

/// What must exist before the first apply and that no module creates (H10), plus what
/// Tutor makes in the cluster. They cost money and survive (or block) tear-downs.
enum Prerequisites {
    /// Platform-wide: the root hosted zone, the ECR repositories CI pushes to (one at v0.0.6,
    /// four at HEAD; the first holds the images the usage figure describes) and the state
    /// bucket Terragrunt creates; at HEAD also the stack's lock table.
    static func platform(_ platform: Platform, layout: Layout, stackNamespace: String) -> [Resource] {
        let repositories = layout == .perEnvironment ? ["openedx"] : ["openedx", "openedx_backup", "openedx_credentials", "openedx_mfe"]
        var resources = [
            Resource(address: "aws_route53_zone.root_domain", type: "aws_route53_zone", module: "prerequisites",
                     managedBy: .manual, attributes: ["name": .string(platform.rootDomain)]),
        ]
        resources += repositories.map { name in
            Resource(address: "aws_ecr_repository.\(name)", type: "aws_ecr_repository", module: "prerequisites",
                     managedBy: .manual, attributes: ["name": .string(name), "holds_usage": .bool(name == "openedx")])
        }
        resources.append(Resource(address: "aws_s3_bucket.terraform_state", type: "aws_s3_bucket", module: "prerequisites",
                                  managedBy: .terragrunt,
                                  attributes: ["bucket": .string("\(platform.accountID)-terraform-tfstate"), "state_bucket": .bool(true)]))
        if layout == .sharedStack { resources.append(lockTable(stackNamespace)) }
        return resources
    }

    /// The DynamoDB table Terragrunt locks a state with (`<namespace>-terraform-lock`).
    /// Pay-per-request with a handful of lock writes per run: no priced component.
    static func lockTable(_ namespace: String) -> Resource {
        Resource(address: "aws_dynamodb_table.terraform_lock", type: "aws_dynamodb_table", module: "prerequisites",
                 managedBy: .terragrunt, attributes: ["name": .string("\(namespace)-terraform-lock")])
    }

    /// Per environment: at v0.0.6 the environment zone is made by hand; Tutor's in-cluster
    /// volumes (MongoDB, Elasticsearch, caddy) are gp2 EBS volumes outside state (H4).
    static func environment(_ builder: ModuleBuilder) -> [Resource] {
        var resources = [lockTable(builder.namespace)]
        if builder.layout == .perEnvironment {
            resources.append(Resource(address: "aws_route53_zone.environment_domain", type: "aws_route53_zone",
                                      module: "prerequisites", managedBy: .manual, attributes: ["name": .string(builder.domain)]))
        }
        guard builder.environment.has(.kubernetes) || builder.layout == .sharedStack else { return resources }
        for (claim, size) in [("mongodb", 5), ("elasticsearch", 2), ("caddy", 1)] {
            var attributes: [String: AttributeValue] = ["size": .int(size), "type": .string("gp2"), "claim": .string(claim)]
            // The operator's procedure before a destroy (TutorSettings): not Terraform's.
            if builder.environment.tutor.volumeBackups != .none {
                attributes["backup"] = .string(builder.environment.tutor.volumeBackups.rawValue)
            }
            resources.append(Resource(address: "kubernetes_persistent_volume_claim.\(claim)", type: "aws_ebs_volume",
                                      module: "tutor", managedBy: .tutor, attributes: attributes))
        }
        return resources
    }
}
