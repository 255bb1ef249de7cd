import Account
import Blueprint

/// Where the simulator puts objects, for code that records objects it did not make
/// (a state import): the same answer as a create gives.
public enum Placement {
    /// True for the types the simulator files under their VPC (`parent_id`), which is
    /// what makes a VPC's delete fail with DependencyViolation while they exist.
    public static func livesInVPC(_ type: String) -> Bool { CreateRules.inVPC.contains(type) }
}

extension Placement {
    /// What the in-tree cloud provider makes for the ingress-nginx controller's Service of
    /// type LoadBalancer (cookiecutter H6), outside Terraform state: a Classic ELB in the
    /// public subnets (one per zone) and its `k8s-elb-*` security group. Each builds one
    /// object from those made before it, the release first.
    public static func ingressLoadBalancer(region: String, scope: String, module: String, vpc: String?,
                                           zones: Int) -> [([AccountResource]) -> NewResource] {
        [
            { _ in NewResource(type: "aws_elb", region: region, scope: scope, module: module,
                               attributes: ["created_for": .string("ingress-nginx/ingress-nginx-controller"),
                                            "scheme": .string("internet-facing"), "availability_zones": .int(max(1, zones))],
                               managedBy: .kubernetes, parentID: vpc) },
            { made in NewResource(type: "aws_security_group", region: region, scope: scope, module: module,
                                  attributes: ["name": .string("k8s-elb-\(made[1].id)"), "created_for": .string(made[1].id)],
                                  managedBy: .kubernetes, parentID: vpc) },
        ]
    }

    public static func ingressNote(_ made: [AccountResource], scope: String, module: String, minute: Double) -> EventDraft {
        EventDraft(.note, scope: scope, module: module, resourceID: made[1].id,
                   message: "Kubernetes created Classic load balancer \(made[1].id) and security group \(made[2].id) for the ingress-nginx controller Service (outside Terraform state)",
                   minute: minute)
    }

    /// True for a release whose Service makes a load balancer: edxplan's own (which records
    /// the type the Service gets) or, in a real state, the ingress-nginx chart, whose
    /// controller Service is of type LoadBalancer unless `controller.service.type` says otherwise.
    public static func makesLoadBalancer(_ attributes: [String: AttributeValue]) -> Bool {
        if let type = attributes["effective_service_type"]?.string { return type == "LoadBalancer" }
        return attributes["chart"]?.string == "ingress-nginx"
    }
}
