import Blueprint
import Catalog
import Foundation
import Planner
import Scenario

/// One resource the change touches, how Terraform applies it, and the outage it causes.
public struct ChangeEffect: Sendable, Equatable {
    public var address: String
    public var action: Action
    public var changes: [String]
    public var downtimeMinutes: Double
    public var note: String
}

/// What applying a configuration on top of another would do: the planner's verdict with the
/// current configuration as the prior state, and the expected downtime of each change.
public enum ChangePlanner {
    /// A prior state that says "everything in `current` exists as declared" (no drift).
    public static func priorState(of current: EnvironmentBlueprint) -> PriorState {
        var modules: [String: [String: StateEntry]] = [:]
        var live = LiveAttributes()
        for resource in current.resources where resource.managedBy == .terraform {
            let id = "\(current.name)/\(resource.module)/\(resource.address)"
            modules[resource.module, default: [:]][resource.address] = StateEntry(
                address: resource.address, type: resource.type, module: resource.module, resourceID: id,
                attributes: resource.attributes, dependencies: resource.dependsOn)
            live[id] = resource.attributes
        }
        return PriorState(modules: modules, live: live)
    }

    /// Plans `desired` (from scenario B) against `current` (scenario A) as applied.
    /// The scope graph is B's: its declared `dependencies:` when it has them.
    public static func plan(current: EnvironmentBlueprint, desired: EnvironmentBlueprint, scenario: Scenario) throws -> Plan {
        try plan(prior: priorState(of: current), desired: desired, scenario: scenario)
    }

    /// The same, from `current`'s prior state made once (`priorState(of:)`) for many `desired`.
    public static func plan(prior: PriorState, desired: EnvironmentBlueprint, scenario: Scenario) throws -> Plan {
        let graph = try ModuleGraph.cookiecutter(for: desired, scenario: scenario)
        return try Planner.plan(scope: desired.name, desired: desired.resources, prior: prior, graph: graph, mode: .apply)
    }

    public static func effects(of plan: Plan, catalog: Catalog, assumptions: SizingAssumptions) -> [ChangeEffect] {
        plan.actions.filter { $0.action != .noop }.map { action in
            let names = action.changes.filter { $0.old != $0.new }.map { change in
                "\(change.name): \(change.old?.description ?? "null") -> \(change.new?.description ?? "null")"
                    + (change.forcesReplacement ? " (forces replacement)" : "")
            }
            let (minutes, note) = downtime(action, catalog: catalog, assumptions: assumptions)
            return ChangeEffect(address: "\(action.module): \(action.address)", action: action.action, changes: names,
                                downtimeMinutes: minutes, note: note)
        }
    }

    /// Outage estimates: catalog durations (terraform-semantics.md §4) and the table's [est] figures.
    static func downtime(_ action: PlannedAction, catalog: Catalog, assumptions a: SizingAssumptions) -> (Double, String) {
        let duration = catalog.durations[action.type]
        let changed = Set(action.changes.filter { $0.old != $0.new }.map(\.name))
        switch (action.type, action.action) {
        case ("aws_eks_node_group", .replace):
            if action.replaceOrder == .createBeforeDestroy {
                return (0, "new node group first; pods move when the old one drains")
            }
            let minutes = (duration?.deleteTypical ?? 0) + (duration?.createTypical ?? 0) + a["pod_restart_minutes"]
            return (minutes, "destroy before create: every pod is down until the new nodes are Ready")
        case ("aws_eks_node_group", .update):
            return (0, changed.contains("desired_size") ? "nodes added or drained one at a time" : "in place")
        case ("aws_db_instance", .update) where changed.contains("instance_class"):
            let multiAZ = action.desired?["multi_az"]?.bool ?? false
            return multiAZ ? (a["failover_minutes"], "Multi-AZ: the standby is modified, then a failover")
                : (duration?.updateTypical ?? 0, "single-AZ: the instance is unavailable while its class changes")
        case ("aws_db_instance", .update) where changed.contains("engine_version"):
            // A major version upgrade takes a Multi-AZ standby down with the primary (RDS user guide,
            // "Upgrading the MySQL DB engine": both are upgraded at the same time).
            return (duration?.updateTypical ?? 0, "the instance is unavailable while its engine is upgraded")
        case ("aws_db_instance", .update):
            return (0, changed.contains("storage_type") ? "storage type changes online" : "storage grows online")
        case ("aws_docdb_cluster_instance", .update):
            return (duration?.updateTypical ?? 0, "the instance restarts on its new class")
        case ("aws_docdb_cluster_instance", .create):
            return (0, "a new replica joins the cluster")
        case ("aws_elasticache_replication_group", .update):
            return (a["failover_minutes"], "online scaling; connections drop at the endpoint switch")
        case (_, .replace), (_, .delete):
            return (duration.map { $0.deleteTypical + $0.createTypical } ?? 0, "replaced")
        default:
            return (0, "in place")
        }
    }
}
