import Foundation

/// One point of the search space: what the sized Terraform arguments would be. A store the
/// environment does not have (no `mysql` module, ...) is nil and not sized.
public struct Configuration: Sendable, Hashable {
    public var nodeType: String
    public var nodeCount: Int
    public var mysqlClass: String?
    public var mysqlStorageGB: Int
    public var docdbClass: String?
    public var docdbInstances: Int
    public var redisNodeType: String?

    public init(nodeType: String, nodeCount: Int, mysqlClass: String?, mysqlStorageGB: Int, docdbClass: String?,
                docdbInstances: Int, redisNodeType: String?) {
        self.nodeType = nodeType
        self.nodeCount = nodeCount
        self.mysqlClass = mysqlClass
        self.mysqlStorageGB = mysqlStorageGB
        self.docdbClass = docdbClass
        self.docdbInstances = docdbInstances
        self.redisNodeType = redisNodeType
    }

    /// `3 x m5.xlarge, db.m5.large (100 GB), 1 x db.t3.medium, cache.t3.small`.
    public var summary: String {
        var parts = ["\(nodeCount) x \(nodeType)"]
        if let mysqlClass { parts.append("\(mysqlClass) (\(mysqlStorageGB) GB)") }
        if let docdbClass { parts.append("\(docdbInstances) x \(docdbClass)") }
        if let redisNodeType { parts.append(redisNodeType) }
        return parts.joined(separator: ", ")
    }
}

/// One constraint checked on one configuration: `used` must not exceed `limit`.
public struct Check: Sendable, Equatable {
    /// Stable identifier, e.g. `nodes.memory`, `mysql.connections`.
    public var name: String
    public var used: Double
    public var limit: Double
    public var unit: String
    /// What was compared, in words.
    public var detail: String

    public var passed: Bool { used <= limit + 1e-9 }
    /// used / limit: 1 or more fails; the largest ratio of a passing configuration is what binds.
    public var utilization: Double { limit > 0 ? used / limit : (used > 0 ? .infinity : 0) }

    /// `nodes.memory: 12.9 GiB of 6.5 GiB (198%): memory requests on 1 node left after losing 1`
    public var text: String {
        let percent = utilization.isFinite ? String(format: "%.0f%%", utilization * 100) : "n/a"
        return "\(name): \(Self.figure(used)) of \(Self.figure(limit)) \(unit) (\(percent)): \(detail)"
    }

    static func figure(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(format: "%.2f", value)
    }
}

/// Every check of one configuration, and the CPU credits it would buy.
public struct Evaluation: Sendable, Equatable {
    public var configuration: Configuration
    public var checks: [Check]
    /// Burstable node CPU above baseline, vCPU-hours a month (billed in unlimited mode).
    public var nodeCreditVCPUHours: Double
    /// Burstable RDS CPU above baseline, vCPU-hours a month.
    public var mysqlCreditVCPUHours: Double

    public var violations: [Check] { checks.filter { !$0.passed } }
    public var feasible: Bool { checks.allSatisfy(\.passed) }

    /// Checks the search meets exactly by construction (storage is sized to the need, counts to
    /// the minimum): they bind only when they fail.
    static let sizedExactly: Set<String> = ["mysql.storage", "docdb.instances", "nodes.node_loss"]

    /// The worst violated check, or for a fitting configuration the tightest load-driven one.
    public var binding: Check? {
        violations.max { $0.utilization < $1.utilization }
            ?? checks.filter { !Self.sizedExactly.contains($0.name) }.max { $0.utilization < $1.utilization }
    }
}
