import Diagnostics
import Foundation
import Report
import StakeholderReport

/// `edxplan` with no arguments: the full report for the default scenario (`edxplan.yaml` in
/// the working folder, the checkout's `Scenarios/default.yaml`, or the one built in; see
/// `DefaultScenario`): the summary on the terminal, saying which scenario it read, and, under
/// `Reports/<scenario>/` or `--output-dir`, the stakeholder pack (index.html, report.md,
/// cost.csv, cost.json, plan.md, rehearsal.md, sizing.md) and cost.md. Every file is rendered
/// before any is written.
public enum MainJob {
    public static func run(workspace: Workspace, outputDirectory: String? = nil) throws -> String {
        let source = workspace.defaultScenario
        let document = try ReportCommand.document(scenarioPath: nil, comparePath: nil, workspace: workspace)
        let files = ReportPack.files(document).map { ($0.name, $0.text) } + [("cost.md", CostMarkdown.render(document.cost))]
        let written = try ReportCommand.write(files, scenario: document.scenario, outputDirectory: outputDirectory,
                                              workspace: workspace)
        return workspace.terminal.fit(source.sentence + "\n\n" + CostTable.summary(document.cost) + "\n" + written) + "\n"
    }
}
