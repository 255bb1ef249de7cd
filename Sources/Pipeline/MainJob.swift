import Diagnostics
import Foundation
import Report
import StakeholderReport

/// `edxplan` with no arguments: the full report for `Scenarios/default.yaml`: the summary on
/// the terminal and, under `Reports/default/`, the stakeholder pack (index.html, report.md,
/// cost.csv, cost.json, plan.md, rehearsal.md, sizing.md) and cost.md. Every file is rendered
/// before any is written.
public enum MainJob {
    public static func run(workspace: Workspace) throws -> String {
        let document = try ReportCommand.document(scenarioPath: nil, comparePath: nil, workspace: workspace)
        let folder = workspace.root.appendingPathComponent("Reports").appendingPathComponent(document.scenario)
        let files = ReportPack.files(document).map { ($0.name, $0.text) } + [("cost.md", CostMarkdown.render(document.cost))]
        for (name, text) in files { try AtomicFile.write(text, to: folder.appendingPathComponent(name)) }
        let written = files.map { "Reports/\(document.scenario)/\($0.0)" }.joined(separator: ", ")
        return CostTable.summary(document.cost) + "\nWrote \(written)\n"
    }
}
