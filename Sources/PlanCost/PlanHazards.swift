import Catalog
import TerraformPlan

/// The tear-down hazards of a plan: data stores it deletes or replaces without a final
/// snapshot or backup (data-loss), or whose deletion protection or missing snapshot name stops
/// the apply (blocks-destroy), and replacements that take a serving resource down (downtime).
/// Ids, titles and AWS errors are `rehearse`'s (docs/simulator.md); the evidence is the plan's
/// before values, since Terraform destroys with what state holds, not with the new configuration.
enum PlanHazards {
    static func read(_ plan: TerraformPlan, catalog: Catalog) -> [PlanHazard] {
        var found: [PlanHazard] = []
        // The node groups that stay, where a replaced one's pods can go (found once, not per replacement).
        let staying = plan.changes.filter { $0.isManaged && $0.type == "aws_eks_node_group" && !$0.destroysObject && $0.after != nil }
            .map(\.address)
        for change in plan.changes where change.isManaged && change.destroysObject {
            guard let before = change.before else { continue }
            var store = DataStoreRules(change: change, before: before)
            store.read()
            found += store.found
            if let outage = downtime(change, staying: staying, catalog: catalog) { found.append(outage) }
        }
        let rank = ["data-loss": 0, "blocks-destroy": 1, "downtime": 2]
        return found.sorted { (rank[$0.severity] ?? 9, $0.id, $0.address) < (rank[$1.severity] ?? 9, $1.id, $1.address) }
    }

    /// Types that serve the platform: destroyed before their replacement exists, they are down
    /// for the delete and the create (terraform-semantics.md §1.2, destroy-then-create).
    static let serving: Set<String> = [
        "aws_eks_cluster", "aws_eks_node_group", "aws_db_instance", "aws_docdb_cluster", "aws_docdb_cluster_instance",
        "aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_instance", "aws_elb", "aws_lb", "aws_nat_gateway",
        "aws_cloudfront_distribution",
    ]

    /// `staying`: the addresses of the plan's managed node groups that are neither deleted nor replaced.
    static func downtime(_ change: ResourceChange, staying: [String], catalog: Catalog) -> PlanHazard? {
        guard change.isReplace, !change.createsFirst, serving.contains(change.type) else { return nil }
        var impact = "it serves nothing from the delete until the new one is ready"
        if change.type == "aws_eks_node_group" {
            // Pods move to another node group that stays, if there is one.
            guard !staying.contains(where: { $0 != change.address }) else { return nil }
            impact = "no other node group stays to take its pods: every pod is down until the new nodes are Ready"
        }
        let duration = catalog.durations[change.type]
        let minutes = duration.map { $0.deleteTypical + $0.createTypical }
        let forced = change.replacePaths.isEmpty ? "" : ", forced by " + change.replacePaths.joined(separator: ", ")
        return PlanHazard(
            id: "replace-downtime", title: "Replaced by destroying it first", severity: "downtime", address: change.address,
            action: change.actionName,
            evidence: "actions [\"delete\", \"create\"]\(forced): \(impact)"
                + (minutes.map { String(format: "; about %.0f min (typical delete and create, catalog durations)", $0) } ?? ""),
            fix: "lifecycle { create_before_destroy = true } where the name allows two at once (a name_prefix), "
                + "or change the attribute in a way AWS updates in place",
            downtimeMinutes: minutes)
    }
}
