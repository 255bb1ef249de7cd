import Blueprint
import Foundation
import Planner
import Scenario
import Testing

/// Scenarios from the repository, and states built from blueprints.
enum PlannerFixtures {
    /// `<root>/Scenarios/`, found from this file's path (`<root>/Tests/PlannerTests/...`).
    static var scenarios: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scenarios", isDirectory: true)
    }

    static func blueprint(_ file: String) throws -> Blueprint {
        Blueprint.expand(try ScenarioLoader.load(path: file, relativeTo: scenarios))
    }

    /// A what-if: the file's text with one edit, loaded as text (default.yaml has no `extends`).
    static func blueprint(_ file: String, replacing old: String, with new: String,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Blueprint {
        let text = try String(contentsOf: scenarios.appendingPathComponent(file), encoding: .utf8)
        try #require(text.contains(old), "\(file) has no \(old)", sourceLocation: sourceLocation)
        return Blueprint.expand(try ScenarioLoader.load(text: text.replacingOccurrences(of: old, with: new), file: file))
    }

    static func prod(_ blueprint: Blueprint, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> EnvironmentBlueprint {
        try #require(blueprint.environments.first { $0.name == "prod" }, sourceLocation: sourceLocation)
    }

    static func graph(_ environment: EnvironmentBlueprint, layout: Layout = .perEnvironment) throws -> ModuleGraph {
        try ModuleGraph.cookiecutter(for: environment, layout: layout)
    }

    /// The ID an applied resource would have: unique per module and address.
    static func id(_ module: String, _ address: String) -> String { "\(module)/\(address)" }

    /// The state and account after a clean apply of `resources`: every Terraform-managed
    /// resource recorded with its attributes, and alive with the same ones.
    static func applied(_ resources: [Resource]) -> PriorState {
        var state = PriorState()
        for resource in resources where resource.managedBy == .terraform {
            let id = id(resource.module, resource.address)
            state.modules[resource.module, default: [:]][resource.address] = StateEntry(
                address: resource.address, type: resource.type, module: resource.module, resourceID: id,
                attributes: resource.attributes, dependencies: resource.dependsOn)
            state.live[id] = resource.attributes
        }
        return state
    }

    static func plan(_ environment: EnvironmentBlueprint, prior: PriorState, mode: PlanMode = .apply,
                     desired: [Resource]? = nil) throws -> Plan {
        try Planner.plan(scope: environment.name, desired: desired ?? environment.resources, prior: prior,
                         graph: try graph(environment), mode: mode)
    }
}

extension Plan {
    func action(_ module: String, _ address: String,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PlannedAction {
        try #require(actions.first { $0.module == module && $0.address == address },
                     "no action for \(module) \(address)", sourceLocation: sourceLocation)
    }

    var changed: [PlannedAction] { actions.filter { $0.action != .noop } }
}

extension Array where Element == Resource {
    /// The same resources with one attribute set on one of them.
    func setting(_ address: String, in module: String, _ name: String, to value: AttributeValue) -> [Resource] {
        map { resource in
            guard resource.module == module, resource.address == address else { return resource }
            var changed = resource
            changed.attributes[name] = value
            return changed
        }
    }
}

enum Address {
    static let dbInstance = "module.db.module.db_instance.aws_db_instance.this[0]"
    static let nodeGroup = "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]"
    static let bastion = "aws_instance.bastion"
}
