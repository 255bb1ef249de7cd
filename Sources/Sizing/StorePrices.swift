import Catalog
import Foundation

/// The store classes the catalog prices for the environment, and what each costs, worked out
/// once per search. DocumentDB and Redis cost the same whatever the node type, and a MySQL
/// class's price changes only with the CPU credits the load implies (none but db.t3/db.t4g
/// burn any), so pricing them again through the cost engine for every node vCPU count
/// repeated the same work (a third of the samples in a profile of `edxplan cost`, whose
/// right-sizing saving runs this search).
struct StorePrices {
    struct MySQLKey: Hashable { let type: String; let credits: Double }

    /// The MySQL classes the catalog prices (by name), each with what its checks compare that the load does not change.
    let mysqlClasses: [StoreChecks.MySQLClass]
    /// Cheapest first (then by name and count), as the search wants them for every node vCPU count.
    let docdb: [(type: InstanceType, count: Int, cost: Money)]
    /// Cheapest first (then by name), with the checks of each node type: Redis's checks do not
    /// depend on the node vCPU count, so they are made once too.
    let redis: [(type: InstanceType, cost: Money, checks: [Check])]
    private var mysqlCosts: [MySQLKey: Money?] = [:]

    init(problem: SizingProblem) {
        let base = problem.current
        let mysqlTypes = base.mysqlClass == nil ? [] : problem.candidates(service: "rds")
        mysqlClasses = mysqlTypes.map { problem.stores.mysqlClass($0, storageGB: problem.mysqlStorageGB) }
        var docdb: [(type: InstanceType, count: Int, cost: Money)] = []
        if base.docdbClass != nil {
            for type in Self.types(problem, "docdb") {
                guard let one = problem.pricer.docdb(type: type.type, count: 1) else { continue }
                for count in problem.docdbInstanceRange { docdb.append((type, count, one * Decimal(count))) }
            }
        }
        self.docdb = docdb.sorted { ($0.cost, $0.type.type, $0.count) < ($1.cost, $1.type.type, $1.count) }
        var redis: [(type: InstanceType, cost: Money, checks: [Check])] = []
        if base.redisNodeType != nil {
            for type in Self.types(problem, "elasticache") {
                if let cost = problem.pricer.redis(type: type.type) { redis.append((type, cost, problem.stores.redis(type))) }
            }
        }
        self.redis = redis.sorted { ($0.cost, $0.type.type) < ($1.cost, $1.type.type) }
    }

    /// The catalog's classes of a service, by name (the order `SizingProblem.candidates` gives).
    static func types(_ problem: SizingProblem, _ service: String) -> [InstanceType] {
        (problem.catalog.instanceTypes[service] ?? [:]).values.sorted { $0.type < $1.type }
    }

    /// The MySQL class's monthly price at the recommendation's storage with `credits` vCPU-hours
    /// above the baseline; nil when the catalog cannot price it.
    mutating func mysql(_ type: String, problem: SizingProblem, credits: Double) -> Money? {
        let key = MySQLKey(type: type, credits: credits)
        if let known = mysqlCosts[key] { return known }
        let cost = problem.pricer.mysql(type: type, storageGB: problem.mysqlStorageGB, credits: credits)
        mysqlCosts[key] = cost
        return cost
    }
}
