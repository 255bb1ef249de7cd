import Blueprint
import Catalog
import Cost
import Foundation
import Scenario

/// What one `edxplan size` sizes and whose bill it weighs: one environment's own cluster and
/// stores (its total is that environment's), or in the shared-stack layout the shared
/// stack's node group and MySQL, which every environment runs on (the total is theirs
/// together, the whole scenario's).
struct SizingScope {
    /// The scenario at the load being sized (a `--learners` override applied).
    let scenario: Scenario
    /// `prod`, or `shared` for the shared stack.
    let name: String
    /// The settings sized, as the scenario declares them.
    let sized: Environment
    /// The environments the shared stack carries; empty for one environment's own cluster.
    let carried: [Environment]

    var isSharedStack: Bool { !carried.isEmpty || name == "shared" }

    /// `scenario` with the sized settings replaced.
    func with(_ settings: Environment) -> Scenario {
        var result = scenario
        if isSharedStack { result.shared = settings } else {
            result.environments = result.environments.map { $0.name == name ? settings : $0 }
        }
        return result
    }

    /// The scope's resources in a blueprint of the scenario.
    func resources(in blueprint: Blueprint) throws -> EnvironmentBlueprint {
        if isSharedStack { return blueprint.shared }
        guard let found = blueprint.environments.first(where: { $0.name == name }) else {
            throw ScenarioError.unknownEnvironment(name: name, known: scenario.environments.map(\.name))
        }
        return found
    }

    /// The bill this scope's sizing changes, in a priced scenario.
    func total(_ document: CostDocument) -> Money {
        isSharedStack ? document.monthlyTotal : document.environments.first { $0.name == name }?.monthlyTotal ?? .zero
    }

    /// The problem: the environment's own, or the shared stack carrying every environment.
    func problem(resources: [Resource], catalog: Catalog, overrides: [String: Double]) throws -> SizingProblem {
        if isSharedStack, let problem = try SharedStackLoad.problem(scenario, catalog: catalog, resources: resources,
                                                                   overrides: overrides) {
            return problem
        }
        return try SizingProblem(environment: sized, resources: resources, catalog: catalog,
                                 assumptions: try SizingAssumptions(load: sized.load, overrides: overrides))
    }

    /// `name` in `scenario` at the given load. In the shared-stack layout, `shared` or any
    /// environment's name sizes the stack; an environment's name says whose load the
    /// `--learners` and `--peak-concurrent` figures are.
    static func choose(_ original: Scenario, name: String, learners: Int?, peakUsers: Int?) throws -> SizingScope {
        var scenario = original
        if original.layout == .sharedStack, let stack = original.shared {
            if name == "shared" {
                guard learners == nil && peakUsers == nil else { throw SizingError.sharedLoadNeedsEnvironment }
            } else {
                var environment = try original.environment(named: name)
                if let learners { environment.load.registeredLearners = learners }
                if let peakUsers { environment.load.peakConcurrentUsers = peakUsers }
                scenario.environments = original.environments.map { $0.name == name ? environment : $0 }
            }
            return SizingScope(scenario: scenario, name: "shared", sized: stack, carried: scenario.environments)
        }
        var environment = try original.environment(named: name)
        if let learners { environment.load.registeredLearners = learners }
        if let peakUsers { environment.load.peakConcurrentUsers = peakUsers }
        scenario.environments = original.environments.map { $0.name == name ? environment : $0 }
        return SizingScope(scenario: scenario, name: name, sized: environment, carried: [])
    }
}
