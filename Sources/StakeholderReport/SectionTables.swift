import Catalog
import Foundation
import Rehearsal

/// The sentences and tables of the rehearsal and sizing sections, shared by HTML and Markdown.
enum SectionTables {
    /// `Hazards by severity, read from the configuration: 2 data-loss, ...`: the summary's line.
    static func hazardSentence(_ rehearsal: ReportRehearsal) -> String {
        "Hazards by severity, read from the configuration: "
            + rehearsal.hazardsBySeverity.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ")
            + " (\(rehearsal.hazardCount) in all)."
    }

    static func rehearsalIntro(_ rehearsal: ReportRehearsal) -> String {
        "`edxplan rehearse` with seed \(ReportRehearsal.seed) and no faults, on an empty in-memory account seeded with the catalog's "
            + "default quotas: apply, put a term's worth of data in the stores, destroy, apply again. "
            + (rehearsal.sharedAccount ? "The shared stack and then every environment run in one account."
                : "Each environment runs in its own account.")
    }

    static func scopeSentence(_ scope: ScopeRehearsal) -> String {
        let lost = scope.dataLoss.filter { $0.outcome == .lost }.count
        return "Down for \(minutes(scope.downtimeMinutes)) from the start of the destroy to the end of the recreate "
            + "(the whole rehearsal \(minutes(scope.totalMinutes))); "
            + (scope.succeeded ? "every phase succeeded" : "\(scope.failures.count) failure(s) met") + "; "
            + "\(lost) of \(scope.dataLoss.count) data store(s) lost."
    }

    static func hazards(_ scope: ScopeRehearsal) -> ReportTable {
        ReportTable(columns: ["Id", "Severity", "Hazard", "Resource", "Evidence", "Fix"],
                    rows: scope.hazards.map { [$0.id, $0.severity.rawValue, $0.title, $0.address, $0.evidence, $0.fix] })
    }

    static func dataLoss(_ scope: ScopeRehearsal) -> ReportTable {
        ReportTable(columns: ["Store", "Resource", "Size (GB)", "Outcome", "Why"],
                    rows: scope.dataLoss.map { [$0.store, $0.address, $0.sizeGB.map { String(format: "%.0f", $0) } ?? "—",
                                                $0.outcome.rawValue, $0.why] })
    }

    static func failures(_ scope: ScopeRehearsal) -> ReportTable {
        ReportTable(columns: ["Id", "Where", "AWS error", "Message", "Fix"],
                    rows: scope.failures.map { [$0.id, $0.address, $0.code, $0.message, $0.fix] })
    }

    static func orphans(_ scope: ScopeRehearsal) -> String {
        scope.orphans.isEmpty ? "Nothing is left outside Terraform state."
            : "Left outside Terraform state (they cost money and can block the next destroy; delete them by hand):"
    }

    static func sizingSentences(_ sizing: EnvironmentSizing) -> [String] {
        guard let plan = sizing.plan else { return ["Not sized: \(sizing.missing ?? "no plan")."] }
        let current = "At \(grouped(plan.learners)) registered learners and \(grouped(plan.peakUsers)) peak concurrent users, "
            + "the current configuration (\(plan.current), \(plan.currentMonthly?.formatted ?? "unpriced") a month) "
        var out = [current + (plan.fits ? "fits." : "does not fit: \(plan.violations.count) constraint(s) violated.")
            + " Binding constraint: \(constraint(plan.binding))."]
        let change = plan.monthlyCostDelta.map { ", \(Figures.signed($0)) a month" } ?? ""
        out.append("Recommendation: \(plan.recommendation.configuration) at \(plan.recommendation.monthly.formatted) a month\(change); "
            + "its binding constraint: \(constraint(plan.recommendationBinding)). Applying it means about "
            + "\(String(format: "%.1f", plan.downtimeMinutes)) minutes of downtime.")
        return out
    }

    static func violations(_ sizing: EnvironmentSizing) -> [String] { (sizing.plan?.violations ?? []).map(constraint) }

    /// `nodes.memory: 13.32 of 6.55 GiB (203%): ...` as `` `nodes.memory` (13.32 of 6.55 GiB (203%): ...) ``.
    static func constraint(_ text: String) -> String {
        guard let colon = text.range(of: ": ") else { return text }
        return "`\(text[..<colon.lowerBound])` (\(text[colon.upperBound...]))"
    }

    static func alternatives(_ plan: EnvironmentSizing.Plan) -> ReportTable {
        ReportTable(columns: ["#", "Configuration", "Monthly", "Change from current"],
                    rows: plan.alternatives.enumerated().map { index, option in
                        [String(index + 1) + (index == 0 ? " (recommended)" : ""), option.configuration, option.monthly.formatted,
                         plan.currentMonthly.map { Figures.signed(option.monthly - $0) } ?? "—"]
                    }, textColumns: [1])
    }

    static func minutes(_ value: Double) -> String { String(format: "%.1f minutes", value) }

    /// `5,000`: thousands grouped with commas, the same on every platform.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (value < 0 ? "-" : "") + out
    }
}
