import Blueprint
import Catalog
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
    public var monthlyCostDelta: Money? { currentCost.map { recommendation.monthlyCost - $0 } }
    public var downtimeMinutes: Double { changes.reduce(0) { $0 + $1.downtimeMinutes } }
}

/// `edxplan size`: the load model, the search and the change plan for one environment.
public enum Sizer {
    public static func size(_ scenario: Scenario, environment name: String, catalog: Catalog, learners: Int? = nil,
                            peakUsers: Int? = nil, overrides: [String: Double] = [:]) throws -> SizingReport {
        var environment = try scenario.environment(named: name)
        if let learners { environment.load.registeredLearners = learners }
        if let peakUsers { environment.load.peakConcurrentUsers = peakUsers }
        let assumptions = try SizingAssumptions(load: environment.load, overrides: overrides)
        let problem = try SizingProblem(environment: environment, catalog: catalog, assumptions: assumptions)
        let current = try problem.evaluate(problem.current)
        let search = try SizingSearch(problem: problem).run()
        let recommended = apply(search.top[0], to: environment)

        var before = scenario, after = scenario
        before.environments = scenario.environments.map { $0.name == name ? environment : $0 }
        after.environments = scenario.environments.map { $0.name == name ? recommended : $0 }
        guard let old = Blueprint.expand(before).environments.first(where: { $0.name == name }),
              let new = Blueprint.expand(after).environments.first(where: { $0.name == name }) else {
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
        notes.append("Costs are the sized parts only (nodes with their disks and CPU credits, MySQL with storage and credits, "
            + "DocumentDB instances, ElastiCache nodes), at on-demand prices x \(problem.pricer.hours) hours from the catalog of \(catalog.asOf).")
        return SizingReport(scenario: scenario.name, environment: name, learners: problem.model.learners,
                            peakUsers: problem.model.peakUsers, assumptions: assumptions.table,
                            workload: problem.workload(nodeVCPU: (try? catalog.instanceType(service: "ec2", type: problem.current.nodeType))?.vcpu ?? 2),
                            current: current, currentCost: problem.cost(current), search: search,
                            nodeGroupMax: problem.nodeRange.upperBound,
                            changes: ChangePlanner.effects(of: plan, catalog: catalog, assumptions: assumptions), plan: plan,
                            recommended: recommended, notes: notes)
    }

    /// The environment with a candidate's settings; CPU credits go into usage so `edxplan cost` prices them too.
    public static func apply(_ candidate: Candidate, to environment: Environment) -> Environment {
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
        let credits = candidate.evaluation.nodeCreditVCPUHours
        if credits > 0 { result.usage.cpuCreditVCPUHours = SizingPricer.decimal(credits) }
        return result
    }
}
