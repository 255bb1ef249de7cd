import ArgumentParser
import Pipeline

/// A command that returns its output instead of printing it, so `main` owns stdout and exit codes.
protocol EdxplanCommand: ParsableCommand {
    mutating func execute() throws -> String
}

struct Edxplan: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "edxplan",
        abstract: "Offline cost and capacity planner and tear-down simulator for an Open edX AWS backend.",
        discussion: """
            With no subcommand: the full report for Scenarios/default.yaml: the summary on the terminal, \
            the stakeholder pack (index.html, report.md, cost.csv, cost.json, plan.md, rehearsal.md, \
            sizing.md) and cost.md under Reports/default/.
            """,
        subcommands: [Cost.self, Plan.self, Apply.self, Destroy.self, Rehearse.self, Size.self, Diff.self, Report.self,
                      ImportGroup.self, AccountGroup.self, CatalogGroup.self])

    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String { try MainJob.run(workspace: global.workspace) }
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The catalog file to use (default: $EDXPLAN_CATALOG, else the newer of the shipped and the updated catalog).",
                                            valueName: "path"))
    var catalog: String?

    var workspace: Workspace { Workspace(catalogPath: catalog) }
}

struct Cost: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        abstract: "Monthly cost per environment, service, resource and component.",
        discussion: """
            Examples:
              edxplan cost
              edxplan cost Scenarios/multi-environment.yaml --env staging
              edxplan cost Scenarios/growth.yaml --format csv --output growth.csv
            """)

    @Argument(help: "The scenario file (default: Scenarios/default.yaml).") var scenario: String?
    @Option(help: "Only this environment.") var env: String?
    @Option(help: "table, markdown, csv or json.") var format: CostFormatArgument = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var output: String?
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try CostCommand.run(scenarioPath: scenario, environment: env, format: format.value, output: output,
                            workspace: global.workspace)
    }
}

enum CostFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json
    var value: CostFormat { CostFormat(rawValue: rawValue) ?? .table }
}
