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
    /// For the shared stack: the environments it carries, at the load each was sized at
    /// (one of them at `--learners`/`--peak-concurrent`); empty for an environment's own cluster.
    public var carried: [CarriedLoad] = []

    public var fits: Bool { current.feasible }
    /// What the recommendation changes in the environment's bill (what `edxplan diff` prints).
    public var monthlyCostDelta: Money? { currentCost.map { recommendation.monthlyTotal - $0 } }
    public var downtimeMinutes: Double { changes.reduce(0) { $0 + $1.downtimeMinutes } }
}

/// One environment's load on the shared stack.
public struct CarriedLoad: Sendable, Equatable {
    public var environment: String
    public var learners: Int
    public var peakUsers: Int
}

/// `edxplan size`: the load model, the search and the change plan for one environment, or
/// for the shared stack that every environment of a shared-stack scenario runs on.
public enum Sizer {
    public static func size(_ scenario: Scenario, environment name: String, catalog: Catalog, learners: Int? = nil,
                            peakUsers: Int? = nil, overrides: [String: Double] = [:],
                            scenarioCost: CostDocument? = nil, memo: PricingMemo? = nil) throws -> SizingReport {
        let prepared = try prepare(scenario, environment: name, catalog: catalog, learners: learners, peakUsers: peakUsers,
                                   overrides: overrides)
        return try report(prepared, current: try prepared.problem.evaluate(prepared.problem.current), scenario: scenario,
                          catalog: catalog, overrides: overrides, scenarioCost: scenarioCost, memo: memo)
    }

    /// `size` at the scenario's own load, only where the environment's configuration as it
    /// stands fits that load (the report's `fits`); nil otherwise, without the search.
    /// Right-sizing offers a saving only where it fits, so `edxplan cost` searches only then.
    public static func sizeIfCurrentFits(_ scenario: Scenario, environment name: String, catalog: Catalog,
                                         scenarioCost: CostDocument? = nil, memo: PricingMemo? = nil) throws -> SizingReport? {
        let prepared = try prepare(scenario, environment: name, catalog: catalog, learners: nil, peakUsers: nil, overrides: [:])
        let current = try prepared.problem.evaluate(prepared.problem.current)
        guard current.feasible else { return nil }
        return try report(prepared, current: current, scenario: scenario, catalog: catalog, overrides: [:],
                          scenarioCost: scenarioCost, memo: memo)
    }

    private typealias Prepared = (scope: SizingScope, old: EnvironmentBlueprint, problem: SizingProblem)

    private static func prepare(_ scenario: Scenario, environment name: String, catalog: Catalog, learners: Int?, peakUsers: Int?,
                                overrides: [String: Double]) throws -> Prepared {
        let scope = try SizingScope.choose(scenario, name: name, learners: learners, peakUsers: peakUsers)
        let old = try scope.resources(in: Blueprint.expand(scope.scenario))
        return (scope, old, try scope.problem(resources: old.resources, catalog: catalog, overrides: overrides))
    }

    /// The search, each candidate's whole bill, and the change plan, from the current configuration's `current` evaluation.
    private static func report(_ prepared: Prepared, current: Evaluation, scenario: Scenario, catalog: Catalog,
                               overrides: [String: Double], scenarioCost: CostDocument?, memo: PricingMemo?) throws -> SizingReport {
        let (scope, old, problem) = prepared
        let assumptions = problem.assumptions
        var search = try SizingSearch(problem: problem).run()
        // Each candidate's whole bill, from the cost engine, as `edxplan cost` prices the what-if.
        let explicit = !overrides.isEmpty
        let estimator = LoadUsage()
        // `scenarioCost`, when given, is this same pricing of `scenario` (`cost` has it already).
        let currentTotal = scope.total(try scenarioCost ?? CostEngine.price(scenario, catalog: catalog, estimator: estimator, memo: memo))
        for index in search.top.indices {
            let whatIf = scope.with(apply(search.top[index], to: scope.sized, explicitCredits: explicit))
            search.top[index].monthlyTotal = scope.total(try CostEngine.price(whatIf, catalog: catalog, estimator: estimator, memo: memo))
        }
        search.top.sort { ($0.monthlyTotal, $0.evaluation.configuration.summary) < ($1.monthlyTotal, $1.evaluation.configuration.summary) }
        let recommended = apply(search.top[0], to: scope.sized, explicitCredits: explicit)
        let new = try scope.resources(in: Blueprint.expand(scope.with(recommended)))
        let plan = try ChangePlanner.plan(current: old, desired: new, scenario: scenario)
        return SizingReport(scenario: scenario.name, environment: scope.name, learners: problem.model.learners,
                            peakUsers: problem.model.peakUsers, assumptions: assumptions.table,
                            workload: problem.workload(nodeVCPU: (try? catalog.instanceType(service: "ec2", type: problem.current.nodeType))?.vcpu ?? 2),
                            current: current, currentCost: currentTotal, search: search,
                            nodeGroupMax: problem.nodeRange.upperBound,
                            changes: ChangePlanner.effects(of: plan, catalog: catalog, assumptions: assumptions), plan: plan,
                            recommended: recommended, notes: notes(scope, problem: problem, search: search, catalog: catalog),
                            carried: scope.carried.map { CarriedLoad(environment: $0.name, learners: $0.load.registeredLearners ?? 0,
                                                                     peakUsers: $0.load.peakConcurrentUsers ?? 0) })
    }

    static func notes(_ scope: SizingScope, problem: SizingProblem, search: SearchResult, catalog: Catalog) -> [String] {
        var notes: [String] = []
        if search.extendedMax {
            notes.append("Nothing fits within the node group's max_size \(problem.nodeRange.upperBound); counts up to "
                + "\(Int(problem.assumptions["max_nodes_when_extending"])) were tried and max_size is raised to the recommended count.")
        }
        if scope.sized.kubernetes.nodeGroups.count > 1 {
            notes.append("Only the first node group (\(scope.sized.kubernetes.nodeGroups[0].name)) is sized; the others are left as they are.")
        }
        let money = "at on-demand prices x \(problem.pricer.hours) hours from the catalog of \(catalog.asOf); changes are from "
            + "the scenario as it stands, as `edxplan diff` prints them."
        if scope.isSharedStack {
            let loads = scope.carried.map { "\($0.name) \($0.load.registeredLearners ?? 0) learners / \($0.load.peakConcurrentUsers ?? 0) peak" }
            notes.append("The shared stack's node group and MySQL carry every environment at once (\(loads.joined(separator: ", "))): "
                + "each environment's Tutor pods and in-cluster stores side by side, one CoreDNS, and every learner in the one "
                + "database. Each environment's own stores (Redis, DocumentDB) are left as they are.")
            notes.append("Totals are the whole scenario's monthly bill (every environment on the stack, the stack shared by the "
                + "allocation rule) as `edxplan cost` prices the written scenario, CPU credits above the baseline included, " + money)
        } else {
            notes.append("Totals are \(scope.name)'s whole monthly bill as `edxplan cost` prices the written scenario (every component, "
                + "its share of shared costs, extended support, CPU credits above the baseline), " + money)
        }
        return notes
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
