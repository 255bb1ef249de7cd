import Foundation
import Report
import Simulator

/// `edxplan rehearse` on a terminal: the Markdown report's content as blocks instead of wide
/// tables (a hazard's evidence and fix are sentences), fitted to the terminal's width.
extension RehearsalReport {
    public func text(terminal: Terminal = .plain) -> String {
        var out = terminal.bold("Destroy/recreate rehearsal: \(scenario) (\(scopes.joined(separator: ", ")))") + "\n\n"
        out += "Seed \(seed), faults \(String(format: "%.2f", faults)), \(runs.count) run(s): "
            + "success rate \(String(format: "%.0f%%", successRate * 100)), duration p50 \(minutes(percentile(0.5))), "
            + "p95 \(minutes(percentile(0.95))), max \(minutes(durations.last ?? 0)); \(convergedRuns) run(s) converge when applied again.\n"
        let rows = first.flatMap(\.dataLoss)
        let counts = DataLossEntry.Outcome.allCases.map { outcome in "\(rows.filter { $0.outcome == outcome }.count) \(outcome.rawValue)" }
        out += "\n" + terminal.bold("What was lost:") + " " + counts.joined(separator: ", ") + " of \(rows.count) data stores\n"
        for entry in rows {
            let size = entry.sizeGB.map { String(format: ", %.0f GB", $0) } ?? ""
            let outcome = entry.outcome == .lost ? terminal.red(entry.outcome.rawValue) : entry.outcome.rawValue
            out += "  \(entry.store) \(entry.address)\(size): \(outcome): \(entry.why)\n"
        }
        let met = hazards.filter(\.met).count
        out += "\n" + terminal.bold("Hazards:") + " \(hazards.count) read from the configuration, \(met) met in the run\n"
        for hazard in hazards {
            let id = hazard.met ? terminal.red("\(hazard.id) (met)") : hazard.id
            out += "  \(id) \(hazard.severity.rawValue) \(hazard.scope)/\(hazard.address)\n"
            out += "      \(hazard.evidence)\n"
            if let error = hazard.awsError, !error.isEmpty { out += "      AWS error: \(error)\n" }
            out += "      Fix: \(hazard.fix)\n"
        }
        if !failurePoints.isEmpty {
            out += "\n" + terminal.bold("Failure points:") + "\n"
                + failurePoints.map { "  \($0.point): \($0.count) of \(runs.count) run(s)\n" }.joined()
        }
        let orphans = first.flatMap(\.orphans)
        out += "\n" + terminal.bold("Left outside Terraform state:") + (orphans.isEmpty ? " nothing\n" : "\n" + orphans.map { "  \($0)\n" }.joined())
        out += "\n" + terminal.bold("Downtime:") + " the platform is down from the start of the destroy to the end of the recreate: "
            + "\(minutes(first.reduce(0) { $0 + $1.downtimeMinutes })) (total rehearsal \(minutes(first.reduce(0) { $0 + $1.totalMinutes }))).\n"
        for run in first {
            for phase in run.phases {
                out += "\n" + terminal.bold("\(phase.mode.rawValue.capitalized) of \(phase.scope):") + "\n" + RunText.render(phase)
            }
        }
        return terminal.fit(out)
    }
}
