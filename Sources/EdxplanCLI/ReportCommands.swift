import ArgumentParser
import Pipeline

/// `edxplan report`: the stakeholder pack, or a pull-request comment with `--format pr-comment`.
struct Report: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The stakeholder pack: HTML with charts, Markdown, CSV, JSON and the apply plan under Reports/<scenario>/.",
        discussion: """
            Examples:
              edxplan report
              edxplan report Scenarios/multi-environment.yaml --output-dir out
              edxplan report --terragrunt ../openedx-devops
              edxplan report Scenarios/growth.yaml --compare Scenarios/default.yaml
              edxplan report Scenarios/growth.yaml --compare Scenarios/default.yaml --format pr-comment
              edxplan report --plan-json plan.json --format pr-comment
            """)

    @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
    @Option(help: ArgumentHelp("Import this Terragrunt tree instead of reading a scenario file.", valueName: "path"))
    var terragrunt: String?
    @Option(help: ArgumentHelp("A baseline scenario to compare against (before/after bars, changes).", valueName: "base"))
    var compare: String?
    @Option(help: "pack (write the files) or pr-comment (print a pull-request comment; use with --compare).")
    var format: ReportFormatArgument = .pack
    @Option(help: ArgumentHelp("Write the pack to this folder instead of Reports/<scenario>/.", valueName: "path"))
    var outputDir: String?
    @OptionGroup var plan: PlanJSONOptions
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try plan.check()
        if let file = plan.planJSON {
            try PlanCostCommand.refuseBoth(scenario: scenario ?? compare, terragrunt: terragrunt)
            return try PlanCostCommand.report(planPath: file, region: plan.region, format: format.value, outputDirectory: outputDir,
                                              workspace: global.workspace)
        }
        return try ReportCommand.run(scenarioPath: scenario, comparePath: compare, format: format.value, workspace: global.workspace,
                              terragruntPath: terragrunt, outputDirectory: outputDir)
    }
}

enum ReportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case pack
    case prComment = "pr-comment"
    var value: ReportFormat { ReportFormat(rawValue: rawValue) ?? .pack }
}

/// `--plan-json FILE [--region R]`: price a Terraform plan instead of a scenario.
struct PlanJSONOptions: ParsableArguments {
    @Option(name: .customLong("plan-json"),
            help: ArgumentHelp("Price this plan (`terraform show -json PLANFILE` output) instead of a scenario.", valueName: "file"))
    var planJSON: String?
    @Option(help: ArgumentHelp("With --plan-json: the region when the plan's provider takes it from a variable (default: the plan's, else us-east-1).",
                               valueName: "region"))
    var region: String?

    /// `--region` means something only for a plan.
    func check() throws {
        try PlanCostCommand.checkRegion(planJSON: planJSON, region: region)
    }
}
