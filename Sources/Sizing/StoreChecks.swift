import Catalog
import Diagnostics
import Foundation

/// The managed data stores' constraints (sizing.md §4): RDS MySQL, DocumentDB, ElastiCache Redis.
struct StoreChecks {
    let assumptions: SizingAssumptions
    let learners: Int
    let hours: Double

    /// max_connections = DBInstanceClassMemory / 12582880, where DBInstanceClassMemory is the
    /// class's RAM less what RDS keeps for itself (sizing.md §4.1).
    func maxConnections(_ instance: InstanceType) -> Int {
        Int((instanceBytes(instance) * (1 - assumptions["rds_memory_reserve_share"]) / max(assumptions["mysql_connection_divisor"], 1))
            .rounded(.down))
    }

    func mysqlConnections(_ workload: Workload) -> Double {
        Double(workload.uwsgiProcesses + workload.celeryProcesses + Int(assumptions["jobs_connections"].rounded()))
            * (1 + assumptions["connection_headroom"])
    }

    /// The data now plus its growth over the horizon, in whole GB.
    func mysqlStorageNeeded() -> Int {
        let data = Double(learners) / 1000 * assumptions["mysql_gb_per_1000_learners"]
        let growth = assumptions["storage_growth_gb_per_month"] >= 0 ? assumptions["storage_growth_gb_per_month"] : data * 0.1
        return LoadModel.ceil(data + growth * assumptions["horizon_months"])
    }

    /// What a MySQL class's checks compare that does not change with the load: the search
    /// makes it once per class and then checks the class against every node vCPU count's
    /// workload (making the texts and reading the assumptions again for each was most of
    /// what the search spent on MySQL).
    struct MySQLClass {
        let instance: InstanceType
        let maxConnections: Double
        let memory: Check
        let cpuLimit: Double
        let storage: Check
        let connectionsDetail: String
        let cpuDetail: String
    }

    func mysqlClass(_ instance: InstanceType, storageGB: Int) -> MySQLClass {
        let a = assumptions
        let usable = instanceBytes(instance) * (1 - a["rds_memory_reserve_share"]) / 1_048_576
        let working = a["mysql_base_memory_mib"] + Double(learners) / 1000 * a["mysql_memory_mib_per_1000_learners"]
        return MySQLClass(
            instance: instance, maxConnections: Double(maxConnections(instance)),
            memory: Check(name: "mysql.memory", used: working / 1024, limit: usable * a["buffer_pool_share"] / 1024, unit: "GiB",
                          detail: "working set against the InnoDB buffer pool of \(instance.type)"),
            cpuLimit: Double(instance.vcpu) * a["target_utilization"],
            storage: Check(name: "mysql.storage", used: Double(mysqlStorageNeeded()), limit: Double(storageGB), unit: "GB",
                           detail: "data plus \(Int(a["horizon_months"])) months of growth against allocated storage"),
            connectionsDetail: "+ jobs, +\(Int(a["connection_headroom"] * 100))%, against max_connections of \(instance.type)",
            cpuDetail: "MySQL CPU at peak against \(instance.vcpu) vCPU at the target utilization")
    }

    func mysql(_ instance: InstanceType, storageGB: Int, workload: Workload) -> (checks: [Check], creditHours: Double) {
        mysql(mysqlClass(instance, storageGB: storageGB), workload: workload)
    }

    func mysql(_ mysql: MySQLClass, workload: Workload) -> (checks: [Check], creditHours: Double) {
        let a = assumptions
        let instance = mysql.instance
        let peakCPU = workload.totalRPS * a["mysql_cpu_seconds_per_request"]
        var checks = [
            Check(name: "mysql.connections", used: mysqlConnections(workload), limit: mysql.maxConnections, unit: "connections",
                  detail: "\(workload.uwsgiProcesses) uWSGI + \(workload.celeryProcesses) Celery processes " + mysql.connectionsDetail),
            mysql.memory,
            Check(name: "mysql.cpu", used: peakCPU, limit: mysql.cpuLimit, unit: "vCPU", detail: mysql.cpuDetail),
            mysql.storage,
        ]
        var credits = 0.0
        if instance.burstable, let pct = instance.baselinePct {
            let average = peakCPU * a["average_to_peak_cpu"]
            let earned = Double(instance.vcpu) * pct / 100
            // db.t3 and db.t4g run unlimited (credits billed); db.t2 is standard mode (throttled).
            if instance.type.hasPrefix("db.t2.") {
                checks.append(Check(name: "mysql.cpu_baseline", used: average, limit: earned, unit: "vCPU",
                                    detail: "average CPU against the baseline of \(instance.type) (standard mode)"))
            } else {
                credits = max(0, min(average, Double(instance.vcpu)) - earned) * hours
            }
        }
        return (checks, credits)
    }

    func docdb(_ instance: InstanceType, count: Int, workload: Workload) -> [Check] {
        let a = assumptions
        let working = a["docdb_base_memory_mib"] + a["courses"] * a["docdb_memory_mib_per_course"]
        let connections = Double(workload.uwsgiProcesses + workload.celeryProcesses) * a["mongo_connections_per_process"]
            * (1 + a["connection_headroom"])
        return [
            Check(name: "docdb.memory", used: working / 1024, limit: instance.memoryGib * a["buffer_pool_share"], unit: "GiB",
                  detail: "modulestore working set (\(Int(a["courses"])) courses) against the cache of \(instance.type)"),
            // pymongo sends every query to the primary by default, so replicas add no connections.
            Check(name: "docdb.connections", used: connections, limit: instance.memoryGib * a["docdb_connections_per_gib"],
                  unit: "connections", detail: "pymongo connections against the primary \(instance.type)"),
            Check(name: "docdb.instances", used: max(1, a["docdb_min_instances"].rounded()), limit: Double(count),
                  unit: "instances", detail: "DocumentDB instances required"),
        ]
    }

    /// Sessions, cache and broker against maxmemory less reserved-memory-percent (sizing.md §4.3-4.4).
    func redis(_ instance: InstanceType) -> [Check] {
        let a = assumptions
        let sessions = Double(learners) * a["session_share_of_learners"] * a["session_kib"] / 1024
        let cache = a["cache_base_mib"] + a["courses"] * a["cache_mib_per_course"]
        let used = sessions + cache + a["broker_mib"]
        return [Check(name: "redis.memory", used: used / 1024, limit: instance.memoryGib * (1 - a["redis_reserved_share"]),
                      unit: "GiB", detail: "sessions \(FixedFormat.string(sessions, digits: 0)) MiB + cache \(FixedFormat.string(cache, digits: 0)) MiB + broker against "
                        + "maxmemory of \(instance.type) less \(Int(a["redis_reserved_share"] * 100))% reserved")]
    }

    private func instanceBytes(_ instance: InstanceType) -> Double { instance.memoryGib * 1_073_741_824 }
}
