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

/// `edxplan report [SCENARIO] [--compare BASE] [--output-dir DIR]`: the stakeholder pack, by
/// default under `Reports/<scenario>/` (of the checkout, or of the working folder outside one).
public enum ReportCommand {
    /// Loads, validates and prices the scenario (or the Terragrunt tree) and the baseline,
    /// simulates the apply, rehearses a destroy and recreate, sizes each environment with a
    /// load profile, and builds the one document every file is rendered from.
    public static func document(scenarioPath: String?, comparePath: String?, workspace: Workspace,
                                terragruntPath: String? = nil) throws -> ReportDocument {
        let catalog = try workspace.catalog()
        let scenario = try ImportCommand.loadScenario(scenarioPath: scenarioPath, terragruntPath: terragruntPath, workspace: workspace)
        try ScenarioValidator.validate(scenario, catalog: catalog)
        let cost = try Pricing.priceWithSavings(scenario, catalog: catalog)
        let baseline = try comparePath.map { try Pricing.price(try load($0, catalog: catalog, workspace: workspace), catalog: catalog) }
        let timeline = try ApplyTimeline.simulate(scenario, catalog: catalog)
        return ReportBuilder.build(scenario: scenario, catalog: catalog, cost: cost, baseline: baseline, timeline: timeline,
                                   rehearsal: try ReportRehearsal.simulate(scenario, catalog: catalog),
                                   sizing: try EnvironmentSizing.size(scenario, catalog: catalog))
    }

    /// Writes the pack (every file rendered first, then each written atomically) and returns the
    /// terminal summary; with `.prComment` returns the comment and writes nothing.
    public static func run(scenarioPath: String?, comparePath: String?, format: ReportFormat, workspace: Workspace,
                           terragruntPath: String? = nil, outputDirectory: String? = nil) throws -> String {
        let document = try document(scenarioPath: scenarioPath, comparePath: comparePath, workspace: workspace,
                                    terragruntPath: terragruntPath)
        if format == .prComment { return PullRequestComment.render(document) }
        let files = ReportPack.files(document).map { ($0.name, $0.text) }
        let written = try write(files, scenario: document.scenario, outputDirectory: outputDirectory, workspace: workspace)
        return workspace.terminal.fit(ReportPack.summary(document)) + "\n" + written + "\n"
    }

    /// Writes each file atomically into `outputDirectory` (created when missing), by default
    /// `Reports/<scenario>/`, and says where, as "Wrote DIR/a, DIR/b".
    static func write(_ files: [(name: String, text: String)], scenario: String, outputDirectory: String?,
                      workspace: Workspace) throws -> String {
        // An empty name would be this folder, mixing the pack with whatever is here.
        if outputDirectory?.isEmpty == true {
            throw OptionError("--output-dir", "--output-dir is empty", hint: "name the folder for the pack, for example --output-dir out")
        }
        let folder = outputDirectory.map(workspace.url)
            ?? workspace.root.appendingPathComponent("Reports").appendingPathComponent(scenario)
        for file in files { try AtomicFile.write(file.text, to: folder.appendingPathComponent(file.name)) }
        let shown = outputDirectory.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "Reports/\(scenario)"
        return "Wrote " + files.map { "\(shown)/\($0.name)" }.joined(separator: ", ")
    }

    static func load(_ path: String, catalog: Catalog, workspace: Workspace) throws -> Scenario {
        let scenario = try ScenarioLoader.load(path: path, relativeTo: workspace.workingDirectory)
        try ScenarioValidator.validate(scenario, catalog: catalog)
        return scenario
    }
}
