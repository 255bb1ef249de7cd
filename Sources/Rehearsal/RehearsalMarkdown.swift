import Foundation
import Report
import Simulator

/// `edxplan rehearse` for people: what fails, what is lost, how long, what to fix.
extension RehearsalReport {
    public func markdown() -> String {
        var out = "# Destroy/recreate rehearsal: \(scenario) (\(scopes.joined(separator: ", ")))\n\n"
        out += "Seed \(seed), faults \(String(format: "%.2f", faults)), \(runs.count) run(s): "
            + "success rate \(String(format: "%.0f%%", successRate * 100)), duration p50 \(minutes(percentile(0.5))), "
            + "p95 \(minutes(percentile(0.95))), max \(minutes(durations.last ?? 0)); \(convergedRuns) run(s) converge when applied again.\n\n"
        let rows = first.flatMap(\.dataLoss)
        let counts = DataLossEntry.Outcome.allCases.map { outcome in "\(rows.filter { $0.outcome == outcome }.count) \(outcome.rawValue)" }
        out += "## What was lost\n\n" + counts.joined(separator: ", ") + " of \(rows.count) data stores.\n\n"
        out += "| Store | Address | Size (GB) | Outcome | Why |\n|---|---|---:|---|---|\n"
        for entry in rows {
            out += "| \(entry.store) | `\(entry.address)` | \(entry.sizeGB.map { String(format: "%.0f", $0) } ?? "-") | **\(entry.outcome.rawValue)** | \(entry.why) |\n"
        }
        out += "\n## Hazards\n\n| Id | Severity | Where | Evidence | AWS error | Fix |\n|---|---|---|---|---|---|\n"
        for hazard in hazards {
            out += "| \(hazard.id)\(hazard.met ? " (met)" : "") | \(hazard.severity.rawValue) | `\(hazard.scope)/\(hazard.address)` | "
                + "\(escape(hazard.evidence)) | \(escape(hazard.awsError ?? "")) | \(escape(hazard.fix)) |\n"
        }
        if !failurePoints.isEmpty {
            out += "\n## Failure points\n\n" + failurePoints.map { "- \($0.point): \($0.count) of \(runs.count) run(s)" }.joined(separator: "\n") + "\n"
        }
        let orphans = first.flatMap(\.orphans)
        out += "\n## Left outside Terraform state\n\n" + (orphans.isEmpty ? "Nothing.\n" : orphans.map { "- \($0)\n" }.joined())
        out += "\n## Downtime\n\nThe platform is down from the start of the destroy to the end of the recreate: "
            + "\(minutes(first.reduce(0) { $0 + $1.downtimeMinutes })) (total rehearsal \(minutes(first.reduce(0) { $0 + $1.totalMinutes }))).\n"
        for run in first {
            for phase in run.phases {
                out += "\n## \(phase.mode.rawValue.capitalized) of \(phase.scope)\n\n```\n" + RunText.render(phase) + "```\n"
            }
        }
        return out
    }

    func minutes(_ value: Double) -> String { String(format: "%.1f min", value) }
    func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
