import ArgumentParser
import Pipeline

/// `edxplan report`: the stakeholder pack, or a pull-request comment with `--format pr-comment`.
struct Report: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        abstract: "The stakeholder pack: HTML with charts, Markdown, CSV, JSON and the apply plan under Reports/<scenario>/.",
        discussion: """
            Examples:
              edxplan report
              edxplan report Scenarios/multi-environment.yaml --output-dir out
              edxplan report --terragrunt ../openedx-devops
              edxplan report Scenarios/growth.yaml --compare Scenarios/default.yaml
              edxplan report Scenarios/growth.yaml --compare Scenarios/default.yaml --format pr-comment
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
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try ReportCommand.run(scenarioPath: scenario, comparePath: compare, format: format.value, workspace: global.workspace,
                              terragruntPath: terragrunt, outputDirectory: outputDir)
    }
}

enum ReportFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case pack
    case prComment = "pr-comment"
    var value: ReportFormat { ReportFormat(rawValue: rawValue) ?? .pack }
}
