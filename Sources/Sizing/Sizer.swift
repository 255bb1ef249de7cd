import Blueprint
import Catalog
import Cost
import Foundation
import Planner
import Scenario

/// Everything `edxplan size` reports for one environment.
public struct SizingReport: Sendable {
    public var scenario: String
    public var environment: String
    public var learners: Int
    public var peakUsers: Int
    public var assumptions: [Assumption]
    /// The load at the current node type.
    public var workload: Workload
    public var current: Evaluation
    /// The environment's whole monthly bill as the scenario stands (what `edxplan cost` prints
    /// for it), the base every candidate's change is measured from.
    public var currentCost: Money?
    public var search: SearchResult
    public var recommendation: Candidate { search.top[0] }
    public var nodeGroupMax: Int
    public var changes: [ChangeEffect]
    public var plan: Plan
    /// The environment with the recommendation applied (what `--write-scenario` writes).
    public var recommended: Environment
    public var notes: [String]

    public var fits: Bool { current.feasible }
    /// What the recommendation changes in the environment's bill (what `edxplan diff` prints).
    public var monthlyCostDelta: Money? { currentCost.map { recommendation.monthlyTotal - $0 } }
    public var downtimeMinutes: Double { changes.reduce(0) { $0 + $1.downtimeMinutes } }
}

/// `edxplan size`: the load model, the search and the change plan for one environment.
public enum Sizer {
    public static func size(_ scenario: Scenario, environment name: String, catalog: Catalog, learners: Int? = nil,
                            peakUsers: Int? = nil, overrides: [String: Double] = [:]) throws -> SizingReport {
        var environment = try scenario.environment(named: name)
        // At HEAD's layout the node group and MySQL live in `shared:`, not in the environment.
        if scenario.layout == .sharedStack { throw SizingError.sharedCluster(environment: name) }
        if let learners { environment.load.registeredLearners = learners }
        if let peakUsers { environment.load.peakConcurrentUsers = peakUsers }
        let assumptions = try SizingAssumptions(load: environment.load, overrides: overrides)
        var before = scenario
        before.environments = scenario.environments.map { $0.name == name ? environment : $0 }
        guard let old = Blueprint.expand(before).environments.first(where: { $0.name == name }) else {
            throw ScenarioError.unknownEnvironment(name: name, known: scenario.environments.map(\.name))
        }
        let problem = try SizingProblem(environment: environment, resources: old.resources, catalog: catalog,
                                        assumptions: assumptions)
        let current = try problem.evaluate(problem.current)
        var search = try SizingSearch(problem: problem).run()
        // Each candidate's whole bill, from the cost engine, as `edxplan cost` prices the what-if.
        let explicit = !overrides.isEmpty
        let estimator = LoadUsage()
        let currentTotal = try environmentTotal(scenario, name, catalog: catalog, estimator: estimator)
        for index in search.top.indices {
            var whatIf = scenario
            let candidate = apply(search.top[index], to: environment, explicitCredits: explicit)
            whatIf.environments = scenario.environments.map { $0.name == name ? candidate : $0 }
            search.top[index].monthlyTotal = try environmentTotal(whatIf, name, catalog: catalog, estimator: estimator)
        }
        search.top.sort { ($0.monthlyTotal, $0.evaluation.configuration.summary) < ($1.monthlyTotal, $1.evaluation.configuration.summary) }
        let recommended = apply(search.top[0], to: environment, explicitCredits: explicit)

        var after = scenario
        after.environments = scenario.environments.map { $0.name == name ? recommended : $0 }
        guard let new = Blueprint.expand(after).environments.first(where: { $0.name == name }) else {
            throw ScenarioError.unknownEnvironment(name: name, known: scenario.environments.map(\.name))
        }
        let plan = try ChangePlanner.plan(current: old, desired: new, scenario: scenario)
        var notes: [String] = []
        if search.extendedMax {
            notes.append("Nothing fits within the node group's max_size \(problem.nodeRange.upperBound); counts up to "
                + "\(Int(assumptions["max_nodes_when_extending"])) were tried and max_size is raised to the recommended count.")
        }
        if environment.kubernetes.nodeGroups.count > 1 {
            notes.append("Only the first node group (\(environment.kubernetes.nodeGroups[0].name)) is sized; the others are left as they are.")
        }
        notes.append("Totals are \(name)'s whole monthly bill as `edxplan cost` prices the written scenario (every component, "
            + "its share of shared costs, extended support, CPU credits above the baseline), at on-demand prices x "
            + "\(problem.pricer.hours) hours from the catalog of \(catalog.asOf); changes are from the scenario as it stands, "
            + "as `edxplan diff` prints them.")
        return SizingReport(scenario: scenario.name, environment: name, learners: problem.model.learners,
                            peakUsers: problem.model.peakUsers, assumptions: assumptions.table,
                            workload: problem.workload(nodeVCPU: (try? catalog.instanceType(service: "ec2", type: problem.current.nodeType))?.vcpu ?? 2),
                            current: current, currentCost: currentTotal, search: search,
                            nodeGroupMax: problem.nodeRange.upperBound,
                            changes: ChangePlanner.effects(of: plan, catalog: catalog, assumptions: assumptions), plan: plan,
                            recommended: recommended, notes: notes)
    }

    /// The environment's total (its own costs and its share of shared ones) in `scenario`.
    static func environmentTotal(_ scenario: Scenario, _ name: String, catalog: Catalog, estimator: LoadUsage) throws -> Money {
        let document = try CostEngine.price(scenario, catalog: catalog, estimator: estimator)
        return document.environments.first { $0.name == name }?.monthlyTotal ?? .zero
    }

    /// The environment with a candidate's settings. CPU credits are written into usage only
    /// when the cost engine could not estimate the same figure from the load alone (assumption
    /// overrides, or credits the scenario states for its current nodes).
    public static func apply(_ candidate: Candidate, to environment: Environment, explicitCredits: Bool = false) -> Environment {
        var result = environment
        let c = candidate.evaluation.configuration
        if !result.kubernetes.nodeGroups.isEmpty {
            var group = result.kubernetes.nodeGroups[0]
            group.instanceType = c.nodeType
            group.desired = c.nodeCount
            group.max = max(group.max, c.nodeCount)
            group.min = min(group.min, c.nodeCount)
            result.kubernetes.nodeGroups[0] = group
        }
        if let type = c.mysqlClass {
            result.mysql.instanceClass = type
            result.mysql.allocatedStorageGB = c.mysqlStorageGB
        }
        if let type = c.docdbClass {
            result.mongodb.instanceClass = type
            result.mongodb.instances = c.docdbInstances
        }
        if let type = c.redisNodeType { result.redis.nodeType = type }
        let e = candidate.evaluation
        if explicitCredits || environment.usage.cpuCreditVCPUHours != nil {
            result.usage.cpuCreditVCPUHours = SizingPricer.decimal(e.nodeCreditVCPUHours)
        }
        if explicitCredits || environment.usage.rdsCPUCreditVCPUHours != nil {
            result.usage.rdsCPUCreditVCPUHours = SizingPricer.decimal(e.mysqlCreditVCPUHours)
        }
        return result
    }
}
