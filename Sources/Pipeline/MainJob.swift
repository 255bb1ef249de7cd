import Diagnostics
import Foundation
import Report

/// `edxplan` with no arguments: price `Scenarios/default.yaml`, print the summary, and write
/// `Reports/default/cost.{md,csv,json}`. Every file is rendered before any is written.
public enum MainJob {
    public static func run(workspace: Workspace) throws -> String {
        let document = try CostCommand.document(scenarioPath: nil, environment: nil, workspace: workspace)
        let folder = workspace.root.appendingPathComponent("Reports").appendingPathComponent(document.scenario)
        let files: [(String, String)] = [
            ("cost.md", CostMarkdown.render(document)),
            ("cost.csv", CostCSV.render(document)),
            ("cost.json", CostJSON.render(document)),
        ]
        for (name, text) in files { try AtomicFile.write(text, to: folder.appendingPathComponent(name)) }
        let written = files.map { "Reports/\(document.scenario)/\($0.0)" }.joined(separator: ", ")
        return CostTable.summary(document) + "\nWrote \(written)\n"
    }
}
