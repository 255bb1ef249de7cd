import Blueprint
import Planner
import Testing

/// The walk a plan carries from its configuration (worked out once from the resource graph's
/// numbers) is the one worked out from the actions' addresses, for every unit of the whole
/// plan: from empty state, and for the destroy of everything.
@Suite struct ActionGraphTests {
    /// Everything an `ActionGraph` says, by number.
    static func shape(_ graph: ActionGraph) -> [[Int]] {
        [graph.order] + (0..<graph.count).flatMap { [Array(graph.needs(of: $0)), Array(graph.dependents(of: $0))] }
    }

    @Test(arguments: ["default.yaml", "growth.yaml", "multi-environment.yaml"])
    func sharedGraphsAreTheOnesTheActionsGive(_ file: String) throws {
        for environment in try PlannerFixtures.blueprint(file).environments {
            let created = try PlannerFixtures.plan(environment, prior: .empty)
            let destroyed = try PlannerFixtures.plan(environment, prior: PlannerFixtures.applied(environment.resources), mode: .destroy)
            for module in created.modules + destroyed.modules where !module.actions.isEmpty {
                let fresh = ActionGraph(module.actions)
                // The same object each time: the configuration's, not one worked out on asking.
                #expect(module.graph === module.graph, "\(environment.name)/\(module.name) has no shared graph")
                #expect(Self.shape(module.graph) == Self.shape(fresh), "\(environment.name)/\(module.name)")
            }
            // Units that depend on something inside them, so the graphs are not trivially empty.
            #expect(created.modules.contains { module in (0..<module.graph.count).contains { !module.graph.needs(of: $0).isEmpty } })
            #expect(destroyed.modules.contains { module in (0..<module.graph.count).contains { !module.graph.needs(of: $0).isEmpty } })
        }
    }

    /// A plan whose actions differ from the configuration's (here a state that recorded no
    /// dependencies) works its walk out from its own actions.
    @Test func aDestroyOfOtherDependenciesHasItsOwnGraph() throws {
        let prod = try PlannerFixtures.prod(try PlannerFixtures.blueprint("default.yaml"))
        var prior = PlannerFixtures.applied(prod.resources)
        for module in Array(prior.modules.keys) {
            for address in Array(prior.modules[module]!.keys) { prior.modules[module]![address]!.dependencies = [] }
        }
        let plan = try PlannerFixtures.plan(prod, prior: prior, mode: .destroy)
        for module in plan.modules where !module.actions.isEmpty {
            #expect(module.graph !== module.graph)
            #expect((0..<module.graph.count).allSatisfy { module.graph.needs(of: $0).isEmpty }, "\(module.name)")
        }
    }
}
