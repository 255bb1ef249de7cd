import Account
import Blueprint
import Planner

/// Managed node group versions against their control plane, as EKS checks them. Stricter than
/// the kubelet skew Kubernetes allows (two minor versions up to 1.24, three from 1.25): EKS
/// moves the control plane only once every managed node group is at its version, so a group
/// is never more than one minor version behind, and never ahead.
///
/// - `UpdateClusterVersion` with a group behind: "If your cluster has managed node groups
///   attached to it, all of your node groups' Kubernetes versions must match the cluster's
///   Kubernetes version in order to update the cluster" (EKS API reference,
///   UpdateClusterVersion). AWS answers `InvalidParameterException: Nodegroups eks-stg-gp must
///   be updated to match cluster version 1.18 before updating cluster version`
///   (hashicorp/terraform-provider-aws #19478; awsdocs/amazon-eks-user-guide #475).
/// - `UpdateNodegroupVersion` to any version but the cluster's (or the group's own, for a new
///   AMI): `InvalidParameterException: Nodegroup Kubernetes version should be equal to Cluster
///   kubernetes version 1.16 or NodeGroup kubernetes version 1.16` (EKS's answer as quoted in
///   aws/aws-k8s-tester `eksconfig/add-on-managed-node-groups.go`). So a group newer than its
///   control plane is refused.
/// - `CreateNodegroup`: "You can only create a node group for your cluster that is equal to the
///   current Kubernetes version for the cluster" (EKS API reference, CreateNodegroup). The
///   same check, so the same words, without a group version to keep.
///
/// A group whose state records no version (an account applied before edxplan kept it) is at
/// its cluster's: the eks module has always passed `cluster_version` to every group.
public enum NodeGroupVersionRule {
    static let cluster = "aws_eks_cluster", group = "aws_eks_node_group"

    /// The refusal of a control-plane update from `from` to `to` while `groups` (name and
    /// version) are attached.
    static func clusterUpdate(from: String, to: String, groups: [(name: String, version: String?)]) -> Refusal? {
        let behind = groups.filter { ($0.version ?? from) != from }.map(\.name).sorted()
        guard from != to, !behind.isEmpty else { return nil }
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "InvalidParameterException",
            message: "Nodegroups \(behind.joined(separator: ", ")) must be updated to match cluster version \(from) before updating cluster version",
            fix: "bring every node group to \(from) first (leave kubernetes.node_groups[].version out to follow kubernetes.version, "
                + "or set it to \(from)) and apply, then move the control plane to \(to)"))
    }

    /// The refusal of making (`prior` nil) or moving a group to `desired` while its cluster is
    /// at `cluster`.
    static func groupVersion(name: String, desired: String?, prior: String?, cluster: String?) -> Refusal? {
        // A create (`prior` nil) only at the cluster's version; an update to it or to its own.
        guard let cluster, let desired, desired != cluster, desired != prior else { return nil }
        let newer = UpgradeRules.numbers(cluster).lexicographicallyPrecedes(UpgradeRules.numbers(desired))
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "InvalidParameterException",
            message: "Nodegroup Kubernetes version should be equal to Cluster kubernetes version \(cluster)"
                + (prior.map { " or NodeGroup kubernetes version \($0)" } ?? ""),
            fix: (newer ? "node group '\(name)' cannot be newer than its control plane (\(cluster)): "
                  : "EKS makes and moves node group '\(name)' only to its control plane's version: ")
                + "set kubernetes.node_groups[].version to \(cluster), or leave it out to follow kubernetes.version"))
    }

    /// What EKS answers this update with, against the account as it is now.
    static func refusal(_ action: PlannedAction, executor: CloudExecutor) throws -> Refusal? {
        guard action.action == .update, let desired = action.desired, let old = action.prior?.attributes else { return nil }
        return try refusal(desired, old: old, executor: executor)
    }

    /// What EKS answers making (`old` nil) or changing `desired` with, against the account as it is now.
    static func refusal(_ desired: Resource, old: [String: AttributeValue]?, executor: CloudExecutor) throws -> Refusal? {
        let scope = executor.infrastructureScope
        if desired.type == cluster {
            guard let old, let from = old["version"]?.string, let to = desired["version"]?.string, from != to else { return nil }
            let groups = try executor.account.resources(type: group, scope: scope)
            return clusterUpdate(from: from, to: to, groups: groups.map {
                ($0.attributes["node_group_name"]?.string ?? $0.id, $0.attributes["version"]?.string)
            })
        }
        guard desired.type == group, old == nil || old?["version"] != desired["version"] else { return nil }
        let clusterVersion = try executor.account.resources(type: cluster, scope: scope).first?.attributes["version"]?.string
        return groupVersion(name: desired["node_group_name"]?.string ?? desired.address, desired: desired["version"]?.string,
                            prior: old.map { $0["version"]?.string ?? clusterVersion ?? "" }, cluster: clusterVersion)
    }

    /// The same, foreseen from one unit's plan for `edxplan plan`: the cluster's version as its
    /// action leaves it (unchanged when its own update is refused), and each group's as state
    /// records it.
    static func refusals(in module: ModulePlan) -> [PlanRefusal] {
        guard let clusterAction = module.actions.first(where: { $0.type == cluster }) else { return [] }
        let before = clusterAction.prior?.attributes["version"]?.string
        let wanted = clusterAction.desired?["version"]?.string
        let groups = module.actions.filter { $0.type == group }
        var found: [PlanRefusal] = []
        let clusterAfter = clusterAction.action == .delete ? nil : wanted ?? before
        if clusterAction.action == .update, let before, let wanted, before != wanted {
            // A skip the caller lists already (`UpgradeRules`): the groups waiting on it are not tried.
            if UpgradeRules.refusal(clusterAction) != nil { return [] }
            let attached = groups.compactMap { action in
                action.prior.map { ($0.attributes["node_group_name"]?.string ?? action.address, $0.attributes["version"]?.string) }
            }
            if let refused = clusterUpdate(from: before, to: wanted, groups: attached) {
                return [PlanRefusal(module: module.name, address: clusterAction.address, refusal: refused)]
            }
        }
        for action in groups where action.action == .create || action.action == .update || action.action == .replace {
            guard let desired = action.desired else { continue }
            let prior = action.action == .update ? action.prior.map { $0.attributes["version"]?.string ?? before ?? "" } : nil
            if action.action == .update, prior == desired["version"]?.string { continue }
            if let refused = groupVersion(name: desired["node_group_name"]?.string ?? action.address, desired: desired["version"]?.string,
                                          prior: prior, cluster: clusterAfter) {
                found.append(PlanRefusal(module: module.name, address: action.address, refusal: refused))
            }
        }
        return found
    }
}
