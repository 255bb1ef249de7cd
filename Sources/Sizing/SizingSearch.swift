import Catalog
import Foundation

/// A configuration that meets every constraint, with its monthly cost.
public struct Candidate: Sendable, Equatable {
    public var evaluation: Evaluation
    /// The sized parts (nodes, MySQL, DocumentDB, Redis) as the cost engine prices them.
    public var monthlyCost: Money
    /// The environment's whole monthly bill with this candidate (`edxplan cost` of the what-if);
    /// set by `Sizer` once the search has ranked the candidates.
    public var monthlyTotal: Money = .zero
}

/// A cheaper option that was turned down, and the constraint that turned it down.
public struct Rejection: Sendable, Equatable {
    /// `nodes`, `mysql`, `docdb` or `redis`.
    public var component: String
    public var option: String
    /// What this option of the component alone costs a month.
    public var monthlyCost: Money
    public var binding: Check
}

/// The search's answer.
public struct SearchResult: Sendable, Equatable {
    /// Cheapest first; the first is the recommendation. At most three, each with another node option.
    public var top: [Candidate]
    public var rejected: [Rejection]
    /// True when nothing fitted within the node group's max_size and larger counts were tried.
    public var extendedMax: Bool
}

/// The cheapest configuration: the node group, MySQL, DocumentDB and Redis are independent
/// once the node type is fixed (it sets Celery's concurrency, hence the connections), so
/// each node option takes the cheapest feasible store of each kind: exact, and fast.
public struct SizingSearch: Sendable {
    public let problem: SizingProblem

    public init(problem: SizingProblem) { self.problem = problem }

    struct Option { let name: String; let cost: Money; let checks: [Check]; let credits: Double }

    public func run() throws -> SearchResult {
        let nodeTypes = problem.candidates(service: "ec2")
        var extended = false
        var nodes = nodeOptions(nodeTypes, counts: problem.nodeRange)
        if !nodes.contains(where: \.feasible) {
            let cap = max(problem.nodeRange.upperBound, Int(problem.assumptions["max_nodes_when_extending"].rounded()))
            if cap > problem.nodeRange.upperBound {
                nodes += nodeOptions(nodeTypes, counts: (problem.nodeRange.upperBound + 1)...cap)
                extended = true
            }
        }
        let base = problem.current
        var storeCache: [Int: (mysql: [Option], docdb: [(Option, Int)], redis: [Option])] = [:]
        var prices = StorePrices(problem: problem)
        var candidates: [Candidate] = []
        for node in nodes where node.feasible {
            let vcpu = node.capacity.vcpu
            if storeCache[vcpu] == nil { storeCache[vcpu] = try storeOptions(vcpu: vcpu, prices: &prices) }
            guard let stores = storeCache[vcpu] else { continue }
            let mysql = stores.mysql.first { $0.checks.allSatisfy(\.passed) }
            let docdb = stores.docdb.first { $0.0.checks.allSatisfy(\.passed) }
            let redis = stores.redis.first { $0.checks.allSatisfy(\.passed) }
            if (base.mysqlClass != nil && mysql == nil) || (base.docdbClass != nil && docdb == nil)
                || (base.redisNodeType != nil && redis == nil) { continue }
            let configuration = Configuration(nodeType: node.capacity.type, nodeCount: node.count, mysqlClass: mysql?.name,
                                              mysqlStorageGB: problem.mysqlStorageGB, docdbClass: docdb?.0.name,
                                              docdbInstances: docdb?.1 ?? base.docdbInstances, redisNodeType: redis?.name)
            let evaluation = try problem.evaluate(configuration)
            guard evaluation.feasible, let cost = problem.cost(evaluation) else { continue }
            candidates.append(Candidate(evaluation: evaluation, monthlyCost: cost))
        }
        // Each summary made once, not once per comparison.
        candidates = candidates.map { ($0, $0.evaluation.configuration.summary) }
            .sorted { ($0.0.monthlyCost, $0.1) < ($1.0.monthlyCost, $1.1) }.map(\.0)
        guard let best = candidates.first else { throw SizingError.nothingFits(try whyNothingFits(nodes, storeCache)) }
        let chosen = best.evaluation.configuration
        let vcpu = nodes.first { $0.capacity.type == chosen.nodeType }?.capacity.vcpu ?? 0
        return SearchResult(top: Array(candidates.prefix(3)),
                            rejected: rejections(nodes: nodes, best: best, stores: storeCache[vcpu]), extendedMax: extended)
    }

    struct NodeOption { let capacity: NodeCapacity; let count: Int; let checks: [Check]; let cost: Money
        var feasible: Bool { checks.allSatisfy(\.passed) } }

    func nodeOptions(_ types: [InstanceType], counts: ClosedRange<Int>) -> [NodeOption] {
        var options: [NodeOption] = []
        for type in types {
            let capacity = NodeCapacity(type, assumptions: problem.assumptions)
            let work = problem.workload(nodeVCPU: type.vcpu)
            for count in counts {
                let result = problem.nodes.evaluate(capacity, count: count, workload: work)
                guard let cost = problem.pricer.nodes(type: type.type, count: count, credits: result.creditHours) else { continue }
                options.append(NodeOption(capacity: capacity, count: count, checks: result.checks, cost: cost))
            }
        }
        return options
    }
}
