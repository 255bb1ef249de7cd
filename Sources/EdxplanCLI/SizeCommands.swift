import ArgumentParser
import Pipeline

struct Size: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        abstract: "Capacity plan: does the configuration hold the load, and the cheapest one that does.",
        discussion: """
            Examples:
              edxplan size --env prod
              edxplan size --env prod --learners 50000 --peak-concurrent 2500
              edxplan size --env prod --peak-concurrent 2500 --set uwsgi_workers_per_pod=4 --format markdown
              edxplan size --env prod --peak-concurrent 2500 --write-scenario Scenarios/sized.yaml
            """)

    @Argument(help: "The scenario file (default: Scenarios/default.yaml).") var scenario: String?
    @Option(help: "The environment; optional when there is one.") var env: String?
    @Option(help: "Registered learners (overrides load.registered_learners).") var learners: Int?
    @Option(name: .customLong("peak-concurrent"), help: "Peak concurrent users (overrides load.peak_concurrent_users).")
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
        abstract: "Cost and plan difference between two scenarios (what applying B on top of A would do).",
        discussion: "Example: edxplan diff Scenarios/default.yaml Scenarios/growth.yaml")

    @Argument(help: "The scenario as it is.") var a: String
    @Argument(help: "The scenario as it would be.") var b: String
    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try DiffCommand.run(a, b, json: format == .json, workspace: global.workspace)
    }
}

enum SizeFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, json
    var value: SizeFormat { SizeFormat(rawValue: rawValue) ?? .table }
}
