import Blueprint
import Catalog
import Foundation
import Scenario

/// The shared stack of `layout: shared-stack` as one sizing problem: its node group and MySQL
/// instance carry every environment's load at once. Each environment is its own Open edX
/// installation on the cluster (its Tutor deployments, its in-cluster stores), so their
/// workloads add up; the database holds every environment's learners.
public enum SharedStackLoad {
    /// The stack's problem, with each environment at its scenario's load. Nil outside the
    /// shared-stack layout.
    public static func problem(_ scenario: Scenario, catalog: Catalog, resources: [Resource] = [],
                               overrides: [String: Double] = [:]) throws -> SizingProblem? {
        guard scenario.layout == .sharedStack, var stack = scenario.shared else { return nil }
        var tenants: [LoadModel.Tenant] = []
        for environment in scenario.environments {
            guard let learners = environment.load.registeredLearners, let peak = environment.load.peakConcurrentUsers else {
                throw SizingError.missingLoad(environment: environment.name)
            }
            let assumptions = try SizingAssumptions(load: environment.load, overrides: overrides)
            let model = LoadModel(learners: learners, peakUsers: peak, assumptions: assumptions,
                                  inClusterStores: SizingProblem.inClusterStores(environment))
            tenants.append(LoadModel.Tenant(environment: environment.name, model: model))
        }
        stack.load.registeredLearners = tenants.reduce(0) { $0 + $1.model.learners }
        stack.load.peakConcurrentUsers = tenants.reduce(0) { $0 + $1.model.peakUsers }
        // The cluster-wide checks (headroom, node loss, ...) take the stack's own load: block.
        let assumptions = try SizingAssumptions(load: stack.load, overrides: overrides)
        return try SizingProblem(environment: stack, resources: resources, catalog: catalog, assumptions: assumptions,
                                 tenants: tenants)
    }
}
