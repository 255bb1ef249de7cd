import Catalog
import Cost
import Foundation
import Scenario

/// One candidate change to an environment (or the shared stack), before it is priced.
struct Variant {
    var kind: Saving.Kind
    var title: String
    var environment: Environment
    var steps: [String] = []
    var risk: String
    /// Used when the planner has nothing to say (a change outside Terraform state).
    var planChange: String = "no Terraform change"
}

/// The changes that keep the service and lower the bill: leaving extended support, Graviton,
/// current generations, gp3, one NAT gateway, and load balancers nobody routes to.
enum Variants {
    static func all(_ e: Environment, catalog: Catalog) -> [Variant] {
        var list: [Variant] = []
        if e.has(.kubernetes), let upgrade = SupportCalendar.eks(e.kubernetes.version, catalog: catalog) {
            var changed = e
            changed.kubernetes.version = upgrade.target
            list.append(Variant(kind: .extendedSupport, title: "Upgrade EKS from Kubernetes \(e.kubernetes.version) to \(upgrade.target) "
                                    + "(out of extended support)", environment: changed, steps: upgrade.steps,
                                risk: "each minor upgrade can remove APIs (PodSecurityPolicy went in 1.25: cert-manager's "
                                    + "podSecurityPolicy values must go first); upgrade add-ons and nodes after each step; a control "
                                    + "plane cannot be downgraded"))
        }
        if e.has(.mysql), let upgrade = SupportCalendar.mysql(e.mysql.engineVersion, catalog: catalog) {
            var changed = e
            changed.mysql.engineVersion = upgrade.target
            list.append(Variant(kind: .extendedSupport, title: "Upgrade RDS MySQL from \(e.mysql.engineVersion) to \(upgrade.target) "
                                    + "(out of RDS Extended Support)", environment: changed, steps: upgrade.steps,
                                risk: "major version upgrades cannot be rolled back in place: take a snapshot first and test the "
                                    + "application on a restored copy; the instance class must support the target version"))
        }
        list += instanceVariants(e, catalog: catalog)
        if e.has(.mysql), e.mysql.storageType == "gp2" {
            var changed = e
            changed.mysql.storageType = "gp3"
            // RDS gp3 starts at 20 GiB for MySQL.
            changed.mysql.allocatedStorageGB = max(20, e.mysql.allocatedStorageGB)
            list.append(Variant(kind: .gp3, title: "Move RDS MySQL storage from gp2 to gp3", environment: changed,
                                risk: "storage optimization runs for hours after the change, and no other storage change is "
                                    + "allowed for 6 hours"))
        }
        if e.has(.kubernetes), e.kubernetes.nodeGroups.contains(where: { $0.diskType == "gp2" }) {
            var changed = e
            for index in changed.kubernetes.nodeGroups.indices { changed.kubernetes.nodeGroups[index].diskType = "gp3" }
            list.append(Variant(kind: .gp3, title: "Move the node groups' root volumes from gp2 to gp3", environment: changed,
                                risk: "the launch template gets a new version and EKS replaces the nodes one at a time "
                                    + "(pods are drained and rescheduled); set block_device_mappings in the kubernetes module's "
                                    + "node group (ebs.volume_type = \"gp3\")"))
        }
        if e.has(.vpc), e.vpc.natGateways == .perAZ, e.vpc.azs > 1 {
            var changed = e
            changed.vpc.natGateways = .single
            list.append(Variant(kind: .natGateways, title: "One NAT gateway instead of one per availability zone", environment: changed,
                                risk: "availability traded: when the NAT gateway's zone fails, private subnets in every zone lose "
                                    + "outbound internet (image pulls, OS updates); cross-zone traffic to it is billed"))
        }
        if e.has(.kubernetesIngressCLB), e.ingress.caddyLoadBalancer {
            var changed = e
            changed.ingress.caddyLoadBalancer = false
            list.append(Variant(kind: .outsideState, title: "Remove Tutor's caddy load balancer (outside Terraform state, carries "
                                    + "no traffic)", environment: changed,
                                risk: "only if ingress-nginx routes to lms and cms: set Tutor's ENABLE_WEB_PROXY to false and "
                                    + "re-deploy, then delete the Classic load balancer Kubernetes created",
                                planChange: "no Terraform change: a Tutor setting removes a load balancer Kubernetes created"))
        }
        return list
    }

    /// Graviton and current-generation equivalents of the node group, MySQL, DocumentDB,
    /// ElastiCache and bastion types: same size, a type the catalog knows and prices.
    static func instanceVariants(_ e: Environment, catalog: Catalog) -> [Variant] {
        var list: [Variant] = []
        var knobs: [(String, String, String, (inout Environment, String) -> Void)] = []
        if e.has(.kubernetes) {
            for (index, group) in e.kubernetes.nodeGroups.enumerated() {
                knobs.append(("ec2", "node group \(group.name)", group.instanceType, { $0.kubernetes.nodeGroups[index].instanceType = $1 }))
            }
        }
        if e.has(.mysql) { knobs.append(("rds", "RDS MySQL", e.mysql.instanceClass, { $0.mysql.instanceClass = $1 })) }
        if e.has(.mongodb) { knobs.append(("docdb", "DocumentDB", e.mongodb.instanceClass, { $0.mongodb.instanceClass = $1 })) }
        if e.has(.redis) { knobs.append(("elasticache", "ElastiCache Redis", e.redis.nodeType, { $0.redis.nodeType = $1 })) }
        if e.has(.ec2Bastion) { knobs.append(("ec2", "bastion", e.bastion.instanceType, { $0.bastion.instanceType = $1 })) }
        for (service, label, type, set) in knobs {
            for (kind, target) in InstanceFamilies.equivalents(of: type, service: service, catalog: catalog) {
                var changed = e
                set(&changed, target)
                let graviton = kind == .graviton
                list.append(Variant(kind: kind, title: "\(label): \(type) to \(target)\(graviton ? " (Graviton)" : " (current generation)")",
                                    environment: changed,
                                    risk: graviton ? gravitonRisk(service)
                                        : "T3/T4g classes run unlimited: sustained CPU above the baseline is billed as credits "
                                            + "(priced here from the load)"))
            }
        }
        return list
    }

    /// What moving to Graviton asks of the operator: on EC2, arm64 builds of what runs there; on a
    /// managed database or cache, AWS runs the engine, so only its version matters.
    static func gravitonRisk(_ service: String) -> String {
        service == "ec2"
            ? "arm64: every image that runs there must be built for arm64 (the openedx and MFE images, add-ons)"
            : "the engine version must support the Graviton class (AWS runs the engine: nothing to rebuild)"
    }
}
