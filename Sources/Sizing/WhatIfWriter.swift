import Foundation
import Scenario

/// The recommendation as a what-if scenario: `extends` the input and holds only the keys that
/// change, so a reviewer sees the sizing decision and nothing else.
public enum WhatIfWriter {
    public static func yaml(_ report: SizingReport, original: Environment, extends base: String) -> String {
        let new = report.recommended
        var lines = [
            "# What-if written by `edxplan size` for \(report.environment) at \(report.learners) learners / \(report.peakUsers) peak concurrent users.",
            "# Recommended: \(report.recommendation.evaluation.configuration.summary), \(report.recommendation.monthlyTotal.formatted) a month for \(report.environment) in all.",
            "extends: \(quoted(base))",
            "name: \(quoted(report.scenario + "-sized"))",
            "environments:",
            "  \(report.environment):",
        ]
        if !new.kubernetes.nodeGroups.isEmpty, original.kubernetes.nodeGroups.first.map({ !same($0, new.kubernetes.nodeGroups[0]) }) ?? false {
            // A list replaces its base list whole, so every node group is written out.
            let groups = new.kubernetes.nodeGroups.map { g in
                "{ name: \(quoted(g.name)), instance_type: \(g.instanceType), min: \(g.min), max: \(g.max), desired: \(g.desired), disk_gb: \(g.diskGB)"
                    + (g.version.map { ", version: \"\($0)\"" } ?? "") + " }"
            }
            lines.append("    kubernetes:")
            lines.append("      node_groups: [\(groups.joined(separator: ", "))]")
        }
        var mysql: [String] = []
        if new.mysql.instanceClass != original.mysql.instanceClass { mysql.append("instance_class: \(new.mysql.instanceClass)") }
        if new.mysql.allocatedStorageGB != original.mysql.allocatedStorageGB {
            mysql.append("allocated_storage_gb: \(new.mysql.allocatedStorageGB)")
        }
        if !mysql.isEmpty { lines.append("    mysql: { \(mysql.joined(separator: ", ")) }") }
        var mongo: [String] = []
        if new.mongodb.instanceClass != original.mongodb.instanceClass { mongo.append("instance_class: \(new.mongodb.instanceClass)") }
        if new.mongodb.instances != original.mongodb.instances { mongo.append("instances: \(new.mongodb.instances)") }
        if !mongo.isEmpty { lines.append("    mongodb: { \(mongo.joined(separator: ", ")) }") }
        if new.redis.nodeType != original.redis.nodeType { lines.append("    redis: { node_type: \(new.redis.nodeType) }") }
        var usage: [String] = []
        if let credits = new.usage.cpuCreditVCPUHours, credits != original.usage.cpuCreditVCPUHours {
            usage.append("cpu_credit_vcpu_hours: \(credits)")
        }
        if let credits = new.usage.rdsCPUCreditVCPUHours, credits != original.usage.rdsCPUCreditVCPUHours {
            usage.append("rds_cpu_credit_vcpu_hours: \(credits)")
        }
        if !usage.isEmpty { lines.append("    usage: { \(usage.joined(separator: ", ")) }") }
        var load: [String] = []
        if original.load.registeredLearners != report.learners { load.append("registered_learners: \(report.learners)") }
        if original.load.peakConcurrentUsers != report.peakUsers { load.append("peak_concurrent_users: \(report.peakUsers)") }
        if !load.isEmpty { lines.append("    load: { \(load.joined(separator: ", ")) }") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func same(_ a: NodeGroup, _ b: NodeGroup) -> Bool {
        (a.instanceType, a.min, a.max, a.desired) == (b.instanceType, b.min, b.max, b.desired)
    }

    /// Double-quoted when YAML could read the text as something else.
    static func quoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) } && !text.isEmpty
        return plain ? text : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
