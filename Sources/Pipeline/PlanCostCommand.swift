import Catalog
import Diagnostics
import Foundation
import PlanCost
import Report
import TerraformPlan

/// `edxplan cost --plan-json FILE` and `edxplan report --plan-json FILE`: a real Terraform
/// plan (`terraform show -json` output) priced by the cost engine, with its hazards.
public enum PlanCostCommand {
    /// Reads and checks the plan first (a bad one is refused before the catalog is read), then prices it.
    public static func document(planPath: String, region: String?, workspace: Workspace) throws -> PlanCostDocument {
        let plan = try PlanJSONReader.read(path: workspace.url(planPath), display: planPath)
        let catalog = try workspace.catalog()
        if let region, catalog.regions[region] == nil {
            throw OptionError("--region", "--region \(region) is not a region the catalog prices",
                              hint: "one of " + catalog.regions.keys.sorted().joined(separator: ", "))
        }
        return try PlanCoster.price(plan, file: planPath, catalog: catalog, region: region)
    }

    /// `cost --plan-json`: what to print, or writes `output` atomically and says so.
    public static func run(planPath: String, region: String?, format: CostFormat, output: String?, workspace: Workspace) throws -> String {
        let document = try document(planPath: planPath, region: region, workspace: workspace)
        let text: String
        switch format {
        case .table: text = PlanCostText.render(document, terminal: output == nil ? workspace.terminal : .plain)
        case .markdown: text = PlanCostMarkdown.render(document)
        case .csv: text = PlanCostCSV.render(document)
        case .json: text = PlanCostJSON.render(document)
        }
        guard let output else { return text }
        try AtomicFile.write(text, to: workspace.url(output))
        return "wrote \(output)\n"
    }

    /// `report --plan-json`: the pull-request comment on standard output, or the pack
    /// (plan-cost.md, plan-cost.csv, plan-cost.json) under Reports/<plan file name>/ or `outputDirectory`.
    public static func report(planPath: String, region: String?, format: ReportFormat, outputDirectory: String?,
                              workspace: Workspace) throws -> String {
        let document = try document(planPath: planPath, region: region, workspace: workspace)
        if format == .prComment { return PlanCostMarkdown.render(document, comment: true) }
        let files = [("plan-cost.md", PlanCostMarkdown.render(document)), ("plan-cost.csv", PlanCostCSV.render(document)),
                     ("plan-cost.json", PlanCostJSON.render(document))]
        let name = URL(fileURLWithPath: planPath).deletingPathExtension().lastPathComponent
        let written = try ReportCommand.write(files.map { (name: $0.0, text: $0.1) }, scenario: name, outputDirectory: outputDirectory,
                                              workspace: workspace)
        return workspace.terminal.fit(PlanCostText.render(document, terminal: workspace.terminal)) + "\n" + written + "\n"
    }

    /// `--region` means something only for a plan: a scenario names its region itself.
    public static func checkRegion(planJSON: String?, region: String?) throws {
        if planJSON == nil, region != nil {
            throw OptionError("--region", "--region is for pricing a plan (--plan-json)", hint: "a scenario names its region in platform.aws_region")
        }
    }

    /// A scenario (or a Terragrunt tree) and a plan cannot both be priced by one command.
    public static func refuseBoth(scenario: String?, terragrunt: String?, account: String? = nil) throws {
        let other = scenario != nil ? "a scenario file" : terragrunt != nil ? "--terragrunt" : account != nil ? "--account" : nil
        if let other {
            throw OptionError("--plan-json", "\(other) and --plan-json were both given", hint: "give one of them: --plan-json prices the plan alone")
        }
    }
}
