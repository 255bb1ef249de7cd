import Catalog
import Cost
import Diagnostics
import Foundation
import Report
import Scenario

/// The output formats of cost reports.
public enum CostFormat: String, CaseIterable, Sendable {
    case table, markdown, csv, json
}

/// `edxplan cost`: load, validate, price, render.
public enum CostCommand {
    /// Loads and validates a scenario and prices it, optionally for one environment.
    /// `terragruntPath` imports a Terragrunt tree instead of reading a scenario file.
    public static func document(scenarioPath: String?, environment: String?, workspace: Workspace,
                                terragruntPath: String? = nil, accountPath: String? = nil) throws -> CostDocument {
        if let accountPath {
            if terragruntPath != nil { throw OptionError("--account", "--account and --terragrunt were both given", hint: "give one of them") }
            return try AccountCost.document(scenarioPath: scenarioPath, accountPath: accountPath, environment: environment, workspace: workspace)
        }
        // The scenario first: a bad one is refused before the catalog is read (or built).
        let scenario = try ImportCommand.loadScenario(scenarioPath: scenarioPath, terragruntPath: terragruntPath, workspace: workspace)
        let catalog = try workspace.catalog(regions: scenario.regions)
        try ScenarioValidator.validate(scenario, catalog: catalog)
        var document = try Pricing.priceWithSavings(scenario, catalog: catalog)
        if let environment {
            _ = try scenario.environment(named: environment)
            document = document.only(environment: environment)
        }
        return document
    }

    /// The table is fitted and coloured for `terminal`; the other formats are for files and keep everything whole.
    public static func render(_ document: CostDocument, format: CostFormat, terminal: Terminal = .plain) -> String {
        switch format {
        case .table: return CostTable.render(document, terminal: terminal)
        case .markdown: return CostMarkdown.render(document)
        case .csv: return CostCSV.render(document)
        case .json: return CostJSON.render(document)
        }
    }

    /// Runs the command: returns what to print, or writes `output` (atomically) and returns a note.
    public static func run(scenarioPath: String?, environment: String?, format: CostFormat, output: String?,
                           workspace: Workspace, terragruntPath: String? = nil, accountPath: String? = nil) throws -> String {
        let document = try document(scenarioPath: scenarioPath, environment: environment, workspace: workspace,
                                    terragruntPath: terragruntPath, accountPath: accountPath)
        let text = render(document, format: format, terminal: output == nil ? workspace.terminal : .plain)
        guard let output else { return text }
        try AtomicFile.write(text, to: workspace.url(output))
        return "wrote \(output)\n"
    }
}
