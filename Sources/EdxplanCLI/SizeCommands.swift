import ArgumentParser
import Pipeline

struct Size: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "size",
        abstract: "Capacity plan: does the configuration hold the load, and the cheapest one that does.",
        discussion: """
            Examples:
              edxplan size --env prod
              edxplan size --env prod --learners 50000 --peak-concurrent 2500
              edxplan size --terragrunt ../openedx-devops --env prod
              edxplan size --env prod --peak-concurrent 2500 --set uwsgi_workers_per_pod=4 --format markdown
              edxplan size --env prod --peak-concurrent 2500 --write-scenario Scenarios/sized.yaml
            """)

    @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
    @Option(help: ArgumentHelp("Import this Terragrunt tree instead of reading a scenario file.", valueName: "path"))
    var terragrunt: String?
    @Option(help: "The environment; optional when there is one.") var env: String?
    // .unconditional: "-5" is the value (refused as out of range), not a missing value and an unknown option.
    @Option(parsing: .unconditional, help: "Registered learners (overrides load.registered_learners).") var learners: Int?
    @Option(name: .customLong("peak-concurrent"), parsing: .unconditional,
            help: "Peak concurrent users (overrides load.peak_concurrent_users).")
    var peakConcurrent: Int?
    @Option(name: .customLong("set"), help: ArgumentHelp("Override a sizing assumption.", valueName: "key=value"))
    var assumptions: [String] = []
    @Option(help: "table, markdown or json.") var format: SizeFormatArgument = .table
    @Option(name: .customLong("write-scenario"),
            help: ArgumentHelp("Write the recommendation as a what-if that extends the scenario.", valueName: "path"))
    var writeScenario: String?
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        var options = SizeCommand.Options(scenarioPath: scenario, environment: env)
        options.terragruntPath = terragrunt
        options.learners = learners
        options.peakConcurrent = peakConcurrent
        options.overrides = try SizeCommand.overrides(assumptions)
        options.format = format.value
        options.writeScenario = writeScenario
        return try SizeCommand.run(options, workspace: global.workspace)
    }
}

struct Diff: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Cost and plan difference between two scenarios (what applying B on top of A would do).",
        discussion: """
            Either side may be a Terragrunt tree: --terragrunt takes A's place, --terragrunt-b B's, and             the scenario files fill the sides left.
            Examples:
              edxplan diff Scenarios/default.yaml Scenarios/growth.yaml
              edxplan diff --terragrunt ../openedx-devops growth.yaml
              edxplan diff edxplan.yaml --terragrunt-b ../openedx-devops
            """)

    @Argument(help: ArgumentHelp("A (as it is) and B (as it would be): two scenario files, or one beside a tree.",
                                 valueName: "scenario"))
    var scenarios: [String] = []
    @Option(help: ArgumentHelp("Import A from this Terragrunt tree.", valueName: "path")) var terragrunt: String?
    @Option(name: .customLong("terragrunt-b"), help: ArgumentHelp("Import B from this Terragrunt tree.", valueName: "path"))
    var terragruntB: String?
    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        let (a, b) = try DiffCommand.sides(files: scenarios, terragruntA: terragrunt, terragruntB: terragruntB)
        return try DiffCommand.run(a, b, json: format == .json, workspace: global.workspace)
    }
}

enum SizeFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json
    var value: SizeFormat { SizeFormat(rawValue: rawValue) ?? .table }
}
