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
    public static func document(scenarioPath: String?, environment: String?, workspace: Workspace) throws -> CostDocument {
        // The scenario first: a bad one is refused before the catalog is read (or built).
        let path = workspace.scenarioPath(scenarioPath)
        let scenario = try ScenarioLoader.load(path: path, relativeTo: workspace.workingDirectory)
        let catalog = try workspace.catalog()
        try ScenarioValidator.validate(scenario, catalog: catalog)
        var document = try Pricing.priceWithSavings(scenario, catalog: catalog)
        if let environment {
            _ = try scenario.environment(named: environment)
            document = document.only(environment: environment)
        }
        return document
    }

    public static func render(_ document: CostDocument, format: CostFormat) -> String {
        switch format {
        case .table: return CostTable.render(document)
        case .markdown: return CostMarkdown.render(document)
        case .csv: return CostCSV.render(document)
        case .json: return CostJSON.render(document)
        }
    }

    /// Runs the command: returns what to print, or writes `output` (atomically) and returns a note.
    public static func run(scenarioPath: String?, environment: String?, format: CostFormat, output: String?,
                           workspace: Workspace) throws -> String {
        let text = render(try document(scenarioPath: scenarioPath, environment: environment, workspace: workspace), format: format)
        guard let output else { return text }
        try AtomicFile.write(text, to: workspace.url(output))
        return "wrote \(output)\n"
    }
}
