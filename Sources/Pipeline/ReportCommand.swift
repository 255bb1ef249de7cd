import Catalog
import Cost
import Diagnostics
import Foundation
import Scenario
import StakeholderReport

/// How `edxplan report` answers: the pack of files, or only the pull-request comment.
public enum ReportFormat: String, CaseIterable, Sendable {
    case pack
    case prComment = "pr-comment"
}

/// `edxplan report [SCENARIO] [--compare BASE]`: the stakeholder pack under `Reports/<scenario>/`.
public enum ReportCommand {
    /// Loads, validates and prices the scenario (and the baseline), simulates the apply, rehearses
    /// a destroy and recreate, sizes each environment with a load profile, and
    /// builds the one document every file is rendered from.
    public static func document(scenarioPath: String?, comparePath: String?, workspace: Workspace) throws -> ReportDocument {
        let catalog = try workspace.catalog()
        let scenario = try load(workspace.scenarioPath(scenarioPath), catalog: catalog, workspace: workspace)
        let cost = try Pricing.priceWithSavings(scenario, catalog: catalog)
        let baseline = try comparePath.map { try Pricing.price(try load($0, catalog: catalog, workspace: workspace), catalog: catalog) }
        let timeline = try ApplyTimeline.simulate(scenario, catalog: catalog)
        return ReportBuilder.build(scenario: scenario, catalog: catalog, cost: cost, baseline: baseline, timeline: timeline,
                                   rehearsal: try ReportRehearsal.simulate(scenario, catalog: catalog),
                                   sizing: try EnvironmentSizing.size(scenario, catalog: catalog))
    }

    /// Writes the pack (every file rendered first, then each written atomically) and returns the
    /// terminal summary; with `.prComment` returns the comment and writes nothing.
    public static func run(scenarioPath: String?, comparePath: String?, format: ReportFormat, workspace: Workspace) throws -> String {
        let document = try document(scenarioPath: scenarioPath, comparePath: comparePath, workspace: workspace)
        if format == .prComment { return PullRequestComment.render(document) }
        let folder = workspace.root.appendingPathComponent("Reports").appendingPathComponent(document.scenario)
        let files = ReportPack.files(document)
        for file in files { try AtomicFile.write(file.text, to: folder.appendingPathComponent(file.name)) }
        let written = files.map { "Reports/\(document.scenario)/\($0.name)" }.joined(separator: ", ")
        return ReportPack.summary(document) + "\nWrote \(written)\n"
    }

    static func load(_ path: String, catalog: Catalog, workspace: Workspace) throws -> Scenario {
        let scenario = try ScenarioLoader.load(path: path, relativeTo: workspace.workingDirectory)
        try ScenarioValidator.validate(scenario, catalog: catalog)
        return scenario
    }
}
