import Scenario

/// What must exist before the first apply and that no module creates (H10), plus what
/// Tutor makes in the cluster. They cost money and survive (or block) tear-downs.
enum Prerequisites {
    /// Platform-wide: the root hosted zone, the ECR repositories CI pushes to, the state
    /// bucket and lock table Terragrunt creates.
    static func platform(_ platform: Platform) -> [Resource] {
        [
            Resource(address: "aws_route53_zone.root_domain", type: "aws_route53_zone", module: "prerequisites",
                     managedBy: .manual, attributes: ["name": .string(platform.rootDomain)]),
            Resource(address: "aws_ecr_repository.openedx", type: "aws_ecr_repository", module: "prerequisites",
                     managedBy: .manual, attributes: ["name": .string("openedx")]),
            Resource(address: "aws_s3_bucket.terraform_state", type: "aws_s3_bucket", module: "prerequisites",
                     managedBy: .terragrunt,
                     attributes: ["bucket": .string("\(platform.accountID)-terraform-tfstate"), "state_bucket": .bool(true)]),
        ]
    }

    /// Per environment: at v0.0.6 the environment zone is made by hand; Tutor's in-cluster
    /// volumes (MongoDB, Elasticsearch, caddy) are gp2 EBS volumes outside state (H4).
    static func environment(_ builder: ModuleBuilder) -> [Resource] {
        var resources: [Resource] = []
        if builder.layout == .perEnvironment {
            resources.append(Resource(address: "aws_route53_zone.environment_domain", type: "aws_route53_zone",
                                      module: "prerequisites", managedBy: .manual, attributes: ["name": .string(builder.domain)]))
        }
        guard builder.environment.has(.kubernetes) || builder.layout == .sharedStack else { return resources }
        for (claim, size) in [("mongodb", 5), ("elasticsearch", 2), ("caddy", 1)] {
            resources.append(Resource(address: "kubernetes_persistent_volume_claim.\(claim)", type: "aws_ebs_volume",
                                      module: "tutor", managedBy: .tutor,
                                      attributes: ["size": .int(size), "type": .string("gp2"), "claim": .string(claim)]))
        }
        return resources
    }
}
