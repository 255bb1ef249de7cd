import Catalog
import Foundation
import Planner
import Report
import Sizing

/// `edxplan size` as text for the terminal: each constraint once (violations marked x), the
/// assumptions that differ from their defaults (the rest are in `--format markdown` and
/// `docs/sizing.md`), fitted to the terminal's width.
public enum SizeText {
    public static func render(_ r: SizingReport, terminal: Terminal = .plain) -> String {
        var out = terminal.bold("Capacity plan: \(r.scenario) / \(r.environment) at \(grouped(r.learners)) learners, "
            + "\(grouped(r.peakUsers)) peak concurrent users") + "\n\n"
        out += "Load: " + SizeLines.load(r.workload) + "\n\n"
        out += "Current: \(r.current.configuration.summary)  \(r.currentCost?.formatted ?? "unpriced") a month\n"
        if r.fits {
            out += "  " + terminal.green("FITS.") + " Binding constraint: \(r.current.binding?.text ?? "none")\n"
        } else {
            out += "  " + terminal.red("DOES NOT FIT:")
                + " \(r.current.violations.count) of \(r.current.checks.count) constraints violated (marked x)\n"
        }
        // Violations first, the fullest first; then the rest in the planner's order.
        let checks = r.current.checks.filter { !$0.passed }.sorted { $0.utilization > $1.utilization } + r.current.checks.filter(\.passed)
        out += checks.map { "    \($0.passed ? " " : terminal.red("x")) \($0.text)\n" }.joined()
        let rec = r.recommendation
        out += "\n" + terminal.bold("Recommendation: \(rec.evaluation.configuration.summary)  \(rec.monthlyTotal.formatted) a month in all")
        if let delta = r.monthlyCostDelta { out += " (\(signed(delta)) a month)" }
        out += "\n  Binding constraint: \(rec.evaluation.binding?.text ?? "none")\n"
        out += "  Why: " + why(r) + "\n"
        out += "\nTop configurations (whole monthly bill, change from current; sized parts):\n"
        for (index, candidate) in r.search.top.enumerated() {
            out += "  \(index + 1). \(candidate.evaluation.configuration.summary)  \(candidate.monthlyTotal.formatted)"
                + (r.currentCost.map { " (\(signed(candidate.monthlyTotal - $0)))" } ?? "")
                + "; sized parts \(candidate.monthlyCost.formatted)\n"
        }
        if !r.search.rejected.isEmpty {
            out += "\nCheaper options turned down (the option's own monthly cost, with the constraint that binds):\n"
            for rejection in r.search.rejected {
                out += "  \(rejection.component) \(rejection.option) (\(rejection.monthlyCost.formatted)): \(rejection.binding.text)\n"
            }
        }
        out += "\nApplying it (terragrunt run --all apply on the current configuration):\n"
        if r.changes.isEmpty { out += "  No changes.\n" }
        for change in r.changes {
            out += "  \(change.action.symbol) \(change.address): \(change.action.rawValue), \(change.note)"
                + (change.downtimeMinutes > 0 ? String(format: ", ~%.1f min downtime", change.downtimeMinutes) : "") + "\n"
            for detail in change.changes { out += "      \(detail)\n" }
        }
        out += String(format: "  Expected downtime: %.1f minutes\n", r.downtimeMinutes)
        out += "\n" + assumptions(r)
        out += r.notes.map { "\nNote: \($0)" }.joined() + "\n"
        return terminal.fit(out)
    }

    /// Why the recommendation, in one line: the violations it removes are the ones marked above.
    static func why(_ r: SizingReport) -> String {
        if r.fits && r.recommendation.evaluation.configuration == r.current.configuration {
            return "the current configuration is already the cheapest that holds"
        }
        if r.fits { return "the current configuration holds, but this one is cheaper" }
        let count = r.current.violations.count
        return "it holds where the current configuration violates \(count) constraint\(count == 1 ? "" : "s") (marked x above)"
    }

    /// The assumptions changed from their defaults, each with its source; the others in one line.
    static func assumptions(_ r: SizingReport) -> String {
        let changed = r.assumptions.filter(\.isOverridden)
        var out = "Assumptions: \(r.assumptions.count - changed.count) at their defaults, each with its source in "
            + "docs/sizing.md and `--format markdown`; override with --set KEY=VALUE or the scenario's load: block"
        out += changed.isEmpty ? ".\n" : "; overridden here:\n"
        for a in changed {
            out += "  \(a.key) = \(SizeLines.number(a.value)) \(a.unit) (default \(SizeLines.number(a.defaultValue)); \(a.source))\n"
        }
        return out
    }

    static func grouped(_ value: Int) -> String { Money(Decimal(value) * 100 / 100).formatted.dropFirst().split(separator: ".")[0].description }
    static func signed(_ money: Money) -> String { money < .zero ? money.formatted : "+" + money.formatted }
}

/// Sentences shared by the text and Markdown renderers.
enum SizeLines {
    static func load(_ w: Workload) -> String {
        String(format: "%.1f req/s at peak (LMS %.1f, CMS %.1f); ", w.totalRPS, w.lmsRPS, w.cmsRPS)
            + "\(w.lmsProcesses) LMS + \(w.cmsProcesses) CMS uWSGI processes in "
            + "\(pods(w, "lms")) + \(pods(w, "cms")) pods; "
            + String(format: "%.0f Celery tasks/min on %d worker pods x %d processes", w.tasksPerMinute,
                     pods(w, "lms-worker") + pods(w, "cms-worker"), w.celeryConcurrency)
    }

    /// Replicas of one kind of pod; on a shared cluster, every environment's (`prod/lms`, `staging/lms`).
    static func pods(_ w: Workload, _ name: String) -> Int {
        w.pods.filter { $0.name == name || $0.name.hasSuffix("/" + name) }.reduce(0) { $0 + $1.replicas }
    }

    /// Why the recommendation differs from the current configuration: the violations it removes.
    static func why(_ r: SizingReport) -> [String] {
        if r.fits && r.recommendation.evaluation.configuration == r.current.configuration {
            return ["the current configuration is already the cheapest that holds"]
        }
        var reasons = r.current.violations.sorted { $0.utilization > $1.utilization }.map { "current violates \($0.text)" }
        if r.fits { reasons.append("the current configuration holds, but this one is cheaper") }
        return reasons
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int64(value)) : String(format: "%g", value)
    }
}

/// `edxplan size --format markdown`, for a pull request.
public enum SizeMarkdown {
    public static func render(_ r: SizingReport) -> String {
        var out = "# Capacity plan: \(r.scenario) / \(r.environment)\n\n"
        out += "\(SizeText.grouped(r.learners)) learners, \(SizeText.grouped(r.peakUsers)) peak concurrent users. "
            + SizeLines.load(r.workload) + ".\n\n"
        out += "## Current: \(r.current.configuration.summary) (\(r.currentCost?.formatted ?? "unpriced") a month)\n\n"
        out += r.fits ? "**Fits.** Binding: `\(r.current.binding?.name ?? "none")`.\n\n"
            : "**Does not fit**: \(r.current.violations.count) constraint(s) violated.\n\n"
        out += checks(r.current.checks)
        let rec = r.recommendation
        out += "\n## Recommendation: \(rec.evaluation.configuration.summary) (\(rec.monthlyTotal.formatted) a month in all"
            + (r.monthlyCostDelta.map { ", \(SizeText.signed($0))" } ?? "") + ")\n\n"
        out += SizeLines.why(r).map { "- \($0)\n" }.joined() + "\n" + checks(rec.evaluation.checks)
        out += "\n## Top configurations\n\n| # | Configuration | Monthly bill | Change | Sized parts |\n|---|---|---:|---:|---:|\n"
        for (index, c) in r.search.top.enumerated() {
            out += "| \(index + 1) | \(c.evaluation.configuration.summary) | \(c.monthlyTotal.formatted) | "
                + (r.currentCost.map { SizeText.signed(c.monthlyTotal - $0) } ?? "") + " | \(c.monthlyCost.formatted) |\n"
        }
        if !r.search.rejected.isEmpty {
            out += "\n## Cheaper options turned down\n\n| Component | Option | Monthly | Binding constraint |\n|---|---|---:|---|\n"
            for x in r.search.rejected { out += "| \(x.component) | \(x.option) | \(x.monthlyCost.formatted) | \(x.binding.text) |\n" }
        }
        out += "\n## Applying it\n\n| Resource | Action | Downtime (min) | Note |\n|---|---|---:|---|\n"
        for c in r.changes {
            out += "| `\(c.address)` | \(c.action.rawValue) | \(String(format: "%.1f", c.downtimeMinutes)) | \(c.note); \(c.changes.joined(separator: "; ")) |\n"
        }
        out += String(format: "\nExpected downtime: %.1f minutes.\n", r.downtimeMinutes)
        out += "\n## Assumptions\n\n| Key | Value | Unit | Source |\n|---|---:|---|---|\n"
        for a in r.assumptions {
            out += "| `\(a.key)` | \(SizeLines.number(a.value))\(a.isOverridden ? " (overridden)" : "") | \(a.unit) | \(a.source) |\n"
        }
        return out + r.notes.map { "\n> \($0)\n" }.joined()
    }

    static func checks(_ list: [Check]) -> String {
        "| Constraint | Used | Limit | Unit | Utilization | |\n|---|---:|---:|---|---:|---|\n" + list.map { c in
            "| `\(c.name)` | \(String(format: "%.2f", c.used)) | \(String(format: "%.2f", c.limit)) | \(c.unit) | "
                + (c.utilization.isFinite ? String(format: "%.0f%%", c.utilization * 100) : "n/a") + " | \(c.passed ? "ok" : "**fails**") |\n"
        }.joined()
    }
}

/// `edxplan size --format json`: snake_case keys, money as numbers, lists in a fixed order.
public enum SizeJSON {
    public static func render(_ r: SizingReport) -> String { value(r).rendered() }

    public static func value(_ r: SizingReport) -> JSONValue {
        let members: [(String, JSONValue)] = [
            ("scenario", .string(r.scenario)), ("environment", .string(r.environment)),
            ("learners", int(r.learners)), ("peak_concurrent_users", int(r.peakUsers)),
            ("load", load(r.workload)), ("current", current(r)), ("recommendation", recommendation(r)),
            ("alternatives", .array(r.search.top.map { candidate($0, current: r.currentCost) })),
            ("rejected", .array(r.search.rejected.map(rejection))),
            ("monthly_cost_delta", r.monthlyCostDelta.map { .number($0.plain) } ?? .null),
            ("assumptions", .array(r.assumptions.map(assumption))),
            ("notes", .array(r.notes.map { .string($0) })),
        ]
        return .object(members)
    }

    static func load(_ w: Workload) -> JSONValue {
        let pods: [JSONValue] = w.pods.map { pod in
            .object([("name", .string(pod.name)), ("replicas", int(pod.replicas)), ("cpu", num(pod.cpu)),
                     ("memory_mib", num(pod.memoryMiB))])
        }
        return .object([
            ("requests_per_second", num(w.totalRPS)), ("lms_processes", int(w.lmsProcesses)),
            ("cms_processes", int(w.cmsProcesses)), ("celery_tasks_per_minute", num(w.tasksPerMinute)),
            ("celery_concurrency", int(w.celeryConcurrency)), ("pods", .array(pods)),
        ])
    }

    static func current(_ r: SizingReport) -> JSONValue {
        let cost: JSONValue = r.currentCost.map { .number($0.plain) } ?? .null
        let binding: JSONValue = r.current.binding.map(check) ?? .null
        return .object([
            ("configuration", configuration(r.current.configuration)), ("fits", .bool(r.fits)), ("monthly_cost", cost),
            ("binding", binding), ("utilization", .array(r.current.checks.map(check))),
            ("violations", .array(r.current.violations.map(check))),
        ])
    }

    static func recommendation(_ r: SizingReport) -> JSONValue {
        let rec = r.recommendation
        let binding: JSONValue = rec.evaluation.binding.map(check) ?? .null
        let changes: [JSONValue] = r.changes.map { c in
            .object([("address", .string(c.address)), ("action", .string(c.action.rawValue)),
                     ("attributes", .array(c.changes.map { .string($0) })), ("downtime_minutes", num(c.downtimeMinutes)),
                     ("note", .string(c.note))])
        }
        return .object([
            ("configuration", configuration(rec.evaluation.configuration)), ("monthly_cost", .number(rec.monthlyTotal.plain)),
            ("sized_parts_monthly_cost", .number(rec.monthlyCost.plain)),
            ("binding", binding), ("why", .array(SizeLines.why(r).map { .string($0) })),
            ("extended_max_size", .bool(r.search.extendedMax)),
            ("utilization", .array(rec.evaluation.checks.map(check))), ("changes", .array(changes)),
            ("expected_downtime_minutes", num(r.downtimeMinutes)),
        ])
    }

    static func candidate(_ c: Candidate, current: Money?) -> JSONValue {
        .object([("configuration", configuration(c.evaluation.configuration)), ("monthly_cost", .number(c.monthlyTotal.plain)),
                 ("monthly_change", current.map { .number((c.monthlyTotal - $0).plain) } ?? .null),
                 ("sized_parts_monthly_cost", .number(c.monthlyCost.plain))])
    }

    static func rejection(_ x: Rejection) -> JSONValue {
        .object([("component", .string(x.component)), ("option", .string(x.option)),
                 ("monthly_cost", .number(x.monthlyCost.plain)), ("binding", check(x.binding))])
    }

    static func assumption(_ a: Assumption) -> JSONValue {
        .object([("key", .string(a.key)), ("value", num(a.value)), ("default", num(a.defaultValue)), ("unit", .string(a.unit)),
                 ("meaning", .string(a.meaning)), ("source", .string(a.source)), ("overridden", .bool(a.isOverridden))])
    }

    static func configuration(_ c: Configuration) -> JSONValue {
        .object([
            ("node_type", .string(c.nodeType)), ("node_count", int(c.nodeCount)),
            ("mysql_instance_class", c.mysqlClass.map { .string($0) } ?? .null), ("mysql_storage_gb", int(c.mysqlStorageGB)),
            ("docdb_instance_class", c.docdbClass.map { .string($0) } ?? .null), ("docdb_instances", int(c.docdbInstances)),
            ("redis_node_type", c.redisNodeType.map { .string($0) } ?? .null),
        ])
    }

    static func check(_ c: Check) -> JSONValue {
        .object([("name", .string(c.name)), ("used", num(c.used)), ("limit", num(c.limit)), ("unit", .string(c.unit)),
                 ("utilization", c.utilization.isFinite ? num(c.utilization) : .null), ("passed", .bool(c.passed)),
                 ("detail", .string(c.detail))])
    }

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }
    /// Four decimals at most, so output is stable across platforms' float printing.
    static func num(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        return .number(Format.quantity(Decimal((value * 10000).rounded() / 10000)))
    }
}
