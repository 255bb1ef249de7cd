import ArgumentParser
import Foundation
import Pipeline

/// A command that returns its output instead of printing it, so `main` owns stdout and exit codes.
protocol EdxplanCommand: ParsableCommand {
    mutating func execute() throws -> String
}

struct Edxplan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edxplan",
        abstract: "Offline cost and capacity planner and tear-down simulator for an Open edX AWS backend.",
        discussion: """
            With no subcommand: the full report for the default scenario (edxplan.yaml in this folder, \
            else Scenarios/default.yaml of the edxplan checkout you are in, else the default built into \
            edxplan): the summary on the terminal, and the stakeholder pack (index.html, report.md, \
            cost.csv, cost.json, plan.md, rehearsal.md, sizing.md) and cost.md under Reports/<scenario>/, \
            or in the folder given with --output-dir PATH. `edxplan --version` prints the version and the \
            catalog's as-of date.
            Start a scenario of your own with `edxplan init`.
            """,
        subcommands: [MainJobCommand.self, Init.self, Cost.self, Plan.self, Apply.self, Destroy.self, Rehearse.self, Size.self,
                      Diff.self, Report.self, ImportGroup.self, AccountGroup.self, CatalogGroup.self],
        defaultSubcommand: MainJobCommand.self)
}

/// `edxplan` alone (ArgumentParser's default subcommand, so that `--output-dir` means the same
/// here as on `report`, where a root option of that name would take the value from it).
struct MainJobCommand: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "main", abstract: "The full report for the default scenario (what `edxplan` alone runs).",
        shouldDisplay: false)

    @Flag(help: "Print the version and the catalog's as-of date.") var version = false
    @Option(help: ArgumentHelp("Write the pack to this folder instead of Reports/<scenario>/.", valueName: "path"))
    var outputDir: String?
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        if version { return VersionCommand.run(workspace: global.workspace) }
        return try MainJob.run(workspace: global.workspace, outputDirectory: outputDir)
    }
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The catalog file to use (default: $EDXPLAN_CATALOG, else the newer of the shipped and the updated catalog).",
                                            valueName: "path"))
    var catalog: String?

    /// The working folder and environment of this process, and its standard output's width and colour.
    var workspace: Workspace {
        let environment = ProcessInfo.processInfo.environment
        return Workspace(environment: environment, catalogPath: catalog, terminal: .standardOutput(environment: environment))
    }
}

struct Init: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter scenario, edxplan.yaml, in this folder.",
        discussion: """
            Every command run in this folder without a scenario reads edxplan.yaml. It holds the \
            cookiecutter's full backend at its default sizes; it is priced before it is written.
            Examples:
              edxplan init
              edxplan init --region eu-west-1 --environments prod,staging
              edxplan init --from-terragrunt ../openedx-devops
            """)
    @Option(help: "The AWS region (default: us-east-1).") var region: String?
    @Option(help: ArgumentHelp("The environments, comma-separated (default: prod).", valueName: "names")) var environments: String?
    @Option(name: .customLong("from-terragrunt"), help: ArgumentHelp("Read this Terragrunt tree instead.", valueName: "path"))
    var fromTerragrunt: String?
    @Flag(help: "Write over an existing edxplan.yaml.") var force = false
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        var options = InitCommand.Options()
        options.region = region
        options.environments = environments.map { [$0] }
        options.terragruntPath = fromTerragrunt
        options.force = force
        return try InitCommand.run(options, workspace: global.workspace)
    }
}

struct Cost: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost",
        abstract: "Monthly cost per environment, service, resource and component.",
        discussion: """
            Examples:
              edxplan cost
              edxplan cost Scenarios/multi-environment.yaml --env staging
              edxplan cost --terragrunt ../openedx-devops
              edxplan cost Scenarios/growth.yaml --format csv --output growth.csv
              edxplan cost --plan-json plan.json
              edxplan cost --account .edxplan/accounts/live.sqlite    # what the account holds (after import-state)
            """)

    @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
    @Option(help: ArgumentHelp("Import this Terragrunt tree instead of reading a scenario file.", valueName: "path"))
    var terragrunt: String?
    @Option(help: "Only this environment.") var env: String?
    @Option(help: "table, markdown, csv or json.") var format: CostFormatArgument = .table
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path")) var output: String?
    @Option(help: ArgumentHelp("Price what this fake account holds (after `account import-state`) instead of the scenario's resources.",
                               valueName: "path"))
    var account: String?
    @OptionGroup var plan: PlanJSONOptions
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        try plan.check()
        if let file = plan.planJSON {
            try PlanCostCommand.refuseBoth(scenario: scenario, terragrunt: terragrunt, account: account)
            return try PlanCostCommand.run(planPath: file, region: plan.region, format: format.value, output: output,
                                           workspace: global.workspace)
        }
        return try CostCommand.run(scenarioPath: scenario, environment: env, format: format.value, output: output,
                                   workspace: global.workspace, terragruntPath: terragrunt, accountPath: account)
    }
}

enum CostFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case table, markdown, csv, json
    var value: CostFormat { CostFormat(rawValue: rawValue) ?? .table }
}
