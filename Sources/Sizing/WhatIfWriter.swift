import Foundation
import Scenario

/// The recommendation as a what-if scenario: `extends` the input and holds only the keys that
/// change, so a reviewer sees the sizing decision and nothing else. For the shared stack the
/// sized keys go under `shared:` and an environment's new load under its own name.
public enum WhatIfWriter {
    public static func yaml(_ report: SizingReport, original scenario: Scenario, extends base: String) throws -> String {
        var lines = [
            "# What-if written by `edxplan size` for \(report.environment) at \(report.learners) learners / \(report.peakUsers) peak concurrent users.",
            "# Recommended: \(report.recommendation.evaluation.configuration.summary), \(report.recommendation.monthlyTotal.formatted) a month "
                + (report.carried.isEmpty ? "for \(report.environment) in all." : "for the whole scenario."),
            "extends: \(quoted(base))",
            "name: \(quoted(report.scenario + "-sized"))",
        ]
        if report.carried.isEmpty {
            let original = try scenario.environment(named: report.environment)
            lines += ["environments:", "  \(report.environment):"]
            lines += settings(report.recommended, original: original)
            lines += load(original, learners: report.learners, peakUsers: report.peakUsers)
            return lines.joined(separator: "\n") + "\n"
        }
        if let stack = scenario.shared {
            // `shared:` is a top-level key: its settings sit one level less deep than an environment's.
            let changed = settings(report.recommended, original: stack).map { String($0.dropFirst(2)) }
            if !changed.isEmpty { lines += ["shared:"] + changed }
        }
        var environments: [String] = []
        for carried in report.carried {
            let original = try scenario.environment(named: carried.environment)
            let changed = load(original, learners: carried.learners, peakUsers: carried.peakUsers)
            if !changed.isEmpty { environments += ["  \(carried.environment):"] + changed }
        }
        if !environments.isEmpty { lines += ["environments:"] + environments }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sized keys that differ, indented under their environment (or `shared:`).
    static func settings(_ new: Environment, original: Environment) -> [String] {
        var lines: [String] = []
        if !new.kubernetes.nodeGroups.isEmpty, original.kubernetes.nodeGroups.first.map({ !same($0, new.kubernetes.nodeGroups[0]) }) ?? false {
            // A list replaces its base list whole, so every node group is written out.
            let groups = new.kubernetes.nodeGroups.map { g in
                "{ name: \(quoted(g.name)), instance_type: \(g.instanceType), min: \(g.min), max: \(g.max), desired: \(g.desired), disk_gb: \(g.diskGB)"
                    + (g.diskType == "gp2" ? "" : ", disk_type: \(g.diskType)")
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
        return lines
    }

    /// The `load:` line when the load sized for is not the scenario's.
    static func load(_ original: Environment, learners: Int, peakUsers: Int) -> [String] {
        var load: [String] = []
        if original.load.registeredLearners != learners { load.append("registered_learners: \(learners)") }
        if original.load.peakConcurrentUsers != peakUsers { load.append("peak_concurrent_users: \(peakUsers)") }
        return load.isEmpty ? [] : ["    load: { \(load.joined(separator: ", ")) }"]
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
