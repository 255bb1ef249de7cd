import Blueprint
import Catalog
import Foundation
import Scenario

/// One environment's sizing question: its settings, its load, the assumptions and the
/// catalog; answers "does this configuration hold, and what does it cost?".
public struct SizingProblem: Sendable {
    public let catalog: Catalog
    public let environment: Environment
    public let assumptions: SizingAssumptions
    public let model: LoadModel
    let nodeGroup: NodeGroup
    let pricer: SizingPricer
    let nodes: NodeChecks
    let stores: StoreChecks
    /// Workloads by node vCPU count (Celery's concurrency follows the node).
    let workloads: [Int: Workload]

    /// `resources` are the environment's blueprint (what the sized options are priced from);
    /// without them the problem still evaluates configurations but prices none. `tenants`, for
    /// the shared stack, are the environments its cluster and database carry, each at its load.
    /// `everyNodeSize: false` works out the workload of a node size only when asked (evaluating
    /// one configuration, as the usage estimate does, needs one of them).
    public init(environment: Environment, resources: [Resource] = [], catalog: Catalog, assumptions: SizingAssumptions,
                tenants: [LoadModel.Tenant] = [], everyNodeSize: Bool = true) throws {
        guard environment.has(.kubernetes), let group = environment.kubernetes.nodeGroups.first else {
            throw SizingError.noKubernetes(environment: environment.name)
        }
        guard let learners = environment.load.registeredLearners, let peak = environment.load.peakConcurrentUsers else {
            throw SizingError.missingLoad(environment: environment.name)
        }
        self.catalog = catalog
        self.environment = environment
        self.assumptions = assumptions
        nodeGroup = group
        let inCluster = Self.inClusterStores(environment)
        let model = tenants.isEmpty
            ? LoadModel(learners: learners, peakUsers: peak, assumptions: assumptions, inClusterStores: inCluster)
            : LoadModel(tenants: tenants, assumptions: assumptions)
        self.model = model
        pricer = SizingPricer(catalog: catalog, environment: environment, resources: resources)
        nodes = NodeChecks(assumptions: assumptions, hours: pricer.hoursDouble)
        stores = StoreChecks(assumptions: assumptions, learners: learners, hours: pricer.hoursDouble)
        let cores = everyNodeSize ? Set((catalog.instanceTypes["ec2"] ?? [:]).values.map(\.vcpu)) : []
        workloads = Dictionary(uniqueKeysWithValues: cores.map { ($0, model.workload(nodeVCPU: $0)) })
    }

    /// Without the managed store, Tutor runs its own in the cluster (RUN_MYSQL... default true).
    static func inClusterStores(_ environment: Environment) -> [String] {
        [(ModuleName.mysql, "mysql"), (.mongodb, "mongodb"), (.redis, "redis")].filter { !environment.has($0.0) }.map(\.1)
    }

    public func workload(nodeVCPU: Int) -> Workload { workloads[nodeVCPU] ?? model.workload(nodeVCPU: nodeVCPU) }

    /// The configuration the scenario declares (the first node group at its desired size).
    public var current: Configuration {
        Configuration(nodeType: nodeGroup.instanceType, nodeCount: nodeGroup.desired,
                      mysqlClass: environment.has(.mysql) ? environment.mysql.instanceClass : nil,
                      mysqlStorageGB: environment.mysql.allocatedStorageGB,
                      docdbClass: environment.has(.mongodb) ? environment.mongodb.instanceClass : nil,
                      docdbInstances: environment.mongodb.instances,
                      redisNodeType: environment.has(.redis) ? environment.redis.nodeType : nil)
    }

    public var nodeRange: ClosedRange<Int> { max(1, nodeGroup.min)...max(1, nodeGroup.min, nodeGroup.max) }
    var mysqlDeployment: String { environment.mysql.multiAZ ? "multi-az" : "single-az" }

    public func evaluate(_ configuration: Configuration) throws -> Evaluation {
        let instance = try catalog.instanceType(service: "ec2", type: configuration.nodeType)
        let capacity = NodeCapacity(instance, assumptions: assumptions)
        let work = workload(nodeVCPU: instance.vcpu)
        let node = nodes.evaluate(capacity, count: configuration.nodeCount, workload: work)
        var checks = node.checks
        var mysqlCredits = 0.0
        if let type = configuration.mysqlClass {
            let mysql = stores.mysql(try catalog.instanceType(service: "rds", type: type), storageGB: configuration.mysqlStorageGB,
                                     workload: work)
            checks += mysql.checks
            mysqlCredits = mysql.creditHours
        }
        if let type = configuration.docdbClass {
            checks += stores.docdb(try catalog.instanceType(service: "docdb", type: type), count: configuration.docdbInstances,
                                   workload: work)
        }
        if let type = configuration.redisNodeType {
            checks += stores.redis(try catalog.instanceType(service: "elasticache", type: type))
        }
        return Evaluation(configuration: configuration, checks: checks, nodeCreditVCPUHours: node.creditHours,
                          mysqlCreditVCPUHours: mysqlCredits)
    }

    /// The monthly cost of the sized parts; nil when the catalog lacks a price.
    public func cost(_ evaluation: Evaluation) -> Money? {
        let c = evaluation.configuration
        guard var total = pricer.nodes(type: c.nodeType, count: c.nodeCount, credits: evaluation.nodeCreditVCPUHours)
        else { return nil }
        if let type = c.mysqlClass {
            guard let mysql = pricer.mysql(type: type, storageGB: c.mysqlStorageGB, credits: evaluation.mysqlCreditVCPUHours)
            else { return nil }
            total += mysql
        }
        if let type = c.docdbClass {
            guard let docdb = pricer.docdb(type: type, count: c.docdbInstances) else { return nil }
            total += docdb
        }
        if let type = c.redisNodeType {
            guard let redis = pricer.redis(type: type) else { return nil }
            total += redis
        }
        return total
    }

    /// Catalog types of a service that have a price here (and, for nodes, the allowed architectures), sorted.
    /// Each is priced as the search will price it first (one node; MySQL at the storage the search
    /// uses, without credits), so that the search finds those prices in the pricer's memo: whether
    /// a class has a price does not depend on how much storage it is priced with.
    public func candidates(service: String) -> [InstanceType] {
        let arm = assumptions["allow_arm64_nodes"] >= 0.5
        return (catalog.instanceTypes[service] ?? [:]).values
            .filter { service != "ec2" || arm || $0.architecture != "arm64" }
            .filter { type in
                switch service {
                case "ec2": return pricer.nodes(type: type.type, count: 1, credits: 0) != nil
                case "rds": return pricer.mysql(type: type.type, storageGB: mysqlStorageGB, credits: 0) != nil
                case "docdb": return pricer.docdb(type: type.type, count: 1) != nil
                default: return pricer.redis(type: type.type) != nil
                }
            }
            .sorted { $0.type < $1.type }
    }

    /// The MySQL storage the recommendation needs: never less than what is allocated (RDS cannot shrink it).
    public var mysqlStorageGB: Int { max(environment.mysql.allocatedStorageGB, stores.mysqlStorageNeeded()) }
    public var docdbInstanceRange: ClosedRange<Int> {
        let low = max(1, Int(assumptions["docdb_min_instances"].rounded()))
        return low...max(low, 3)
    }
}
