import Catalog
import Foundation

extension SizingSearch {
    /// Every store option for a node vCPU count, cheapest first (name breaks ties, for determinism).
    func storeOptions(vcpu: Int, prices: inout StorePrices) throws -> (mysql: [Option], docdb: [(Option, Int)], redis: [Option]) {
        let work = problem.workload(nodeVCPU: vcpu)
        var mysql: [Option] = []
        for type in prices.mysqlClasses {
            let result = problem.stores.mysql(type, workload: work)
            if let cost = prices.mysql(type.instance.type, problem: problem, credits: result.creditHours) {
                mysql.append(Option(name: type.instance.type, cost: cost, checks: result.checks, credits: result.creditHours))
            }
        }
        // DocumentDB and Redis come cheapest first from `prices`: only MySQL's order changes with the load.
        let docdb = prices.docdb.map {
            (Option(name: $0.type.type, cost: $0.cost, checks: problem.stores.docdb($0.type, count: $0.count, workload: work), credits: 0),
             $0.count)
        }
        let redis = prices.redis.map { Option(name: $0.type.type, cost: $0.cost, checks: $0.checks, credits: 0) }
        return (Self.cheapestFirst(mysql), docdb, redis)
    }

    /// `options` by cost, then name. The cost engine rounds every component to the cent, so
    /// the costs are compared as whole cents, which is exact and far cheaper than comparing
    /// Decimals; if one were not whole cents, they are compared as they are.
    static func cheapestFirst(_ options: [Option]) -> [Option] {
        let cents = options.map(\.cost.cents)
        let exact = zip(options, cents).allSatisfy { option, cents in
            Decimal(sign: cents < 0 ? .minus : .plus, exponent: -2, significand: Decimal(cents.magnitude)) == option.cost.amount
        }
        guard exact else { return options.sorted { ($0.cost, $0.name) < ($1.cost, $1.name) } }
        return zip(options, cents).sorted { ($0.1, $0.0.name) < ($1.1, $1.0.name) }.map(\.0)
    }

    /// Cheaper options than the chosen ones that fail, each with its worst violation; at most
    /// the twelve closest in cost to what was chosen.
    func rejections(nodes: [NodeOption], best: Candidate,
                    stores: (mysql: [Option], docdb: [(Option, Int)], redis: [Option])?) -> [Rejection] {
        let chosen = best.evaluation.configuration
        var list: [Rejection] = []
        let chosenNodes = nodes.first { $0.capacity.type == chosen.nodeType && $0.count == chosen.nodeCount }?.cost ?? best.monthlyCost
        // Per node type, the largest count that is cheaper and fails: the nearest miss of that type.
        var nearest: [String: NodeOption] = [:]
        for option in nodes where !option.feasible && option.cost < chosenNodes {
            if let known = nearest[option.capacity.type], known.count > option.count { continue }
            nearest[option.capacity.type] = option
        }
        for option in nearest.values {
            if let check = worst(option.checks) {
                list.append(Rejection(component: "nodes", option: "\(option.count) x \(option.capacity.type)", monthlyCost: option.cost,
                                      binding: check))
            }
        }
        func add(_ component: String, _ options: [Option], chosen name: String?, label: (Option) -> String) {
            guard let name, let picked = options.first(where: { label($0) == name }) else { return }
            for option in options where option.cost < picked.cost {
                if let check = worst(option.checks) {
                    list.append(Rejection(component: component, option: label(option), monthlyCost: option.cost, binding: check))
                }
            }
        }
        if let stores {
            add("mysql", stores.mysql, chosen: chosen.mysqlClass) { $0.name }
            let docdb = stores.docdb.map { Option(name: "\($0.1) x \($0.0.name)", cost: $0.0.cost, checks: $0.0.checks, credits: 0) }
            add("docdb", docdb, chosen: chosen.docdbClass.map { "\(chosen.docdbInstances) x \($0)" }) { $0.name }
            add("redis", stores.redis, chosen: chosen.redisNodeType) { $0.name }
        }
        return Array(list.sorted { ($0.monthlyCost, $0.component, $0.option) > ($1.monthlyCost, $1.component, $1.option) }.prefix(12))
    }

    func worst(_ checks: [Check]) -> Check? {
        checks.filter { !$0.passed }.max { ($0.utilization, $1.name) < ($1.utilization, $0.name) }
    }

    /// Which component has no feasible option at all, and why.
    func whyNothingFits(_ nodes: [NodeOption], _ stores: [Int: (mysql: [Option], docdb: [(Option, Int)], redis: [Option])]) throws
        -> String {
        if !nodes.contains(where: \.feasible) {
            let largest = nodes.max { ($0.capacity.allocatableMiB, $0.count) < ($1.capacity.allocatableMiB, $1.count) }
            return "no node type and count up to \(largest?.count ?? 0) holds the pods"
                + (largest.flatMap { worst($0.checks) }.map { " (\($0.text))" } ?? "")
        }
        for (_, options) in stores.sorted(by: { $0.key < $1.key }) {
            for (name, list) in [("MySQL", options.mysql), ("Redis", options.redis)] where !list.isEmpty
                && !list.contains(where: { $0.checks.allSatisfy(\.passed) }) {
                return "no \(name) class is large enough" + (list.last.flatMap { worst($0.checks) }.map { " (\($0.text))" } ?? "")
            }
            if !options.docdb.isEmpty && !options.docdb.contains(where: { $0.0.checks.allSatisfy(\.passed) }) {
                return "no DocumentDB class is large enough"
            }
        }
        return "no priced combination"
    }
}
