import ArgumentParser
import Pipeline

/// Options shared by plan, apply and destroy.
struct RunOptions: ParsableArguments {
    @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
    @Option(help: ArgumentHelp("Import this Terragrunt tree instead of reading a scenario file.", valueName: "path"))
    var terragrunt: String?
    @Option(help: "The environment (or `shared` for the shared stack); optional when there is one.") var env: String?
    @Option(help: ArgumentHelp("""
        The fake account file (default: .edxplan/accounts/<scenario>.sqlite). Only apply makes a missing one, with its \
        folders, and only once the scenario, the options and the plan are known good; plan and destroy leave none.
        """, valueName: "path"))
    var account: String?
    @Option(help: "text or json; plan also terraform-json (Terraform's JSON plan format, for OPA/conftest or checkov).")
    var format: RunFormat = .text
    // .unconditional: "-5" is the value (refused with why), not a missing value and an unknown option.
    @Option(parsing: .unconditional, help: "Seed for the simulated durations (a whole number from 0).") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Only this unit, as `terragrunt plan|apply|destroy` run in its folder instead of `run --all`.",
                               valueName: "name"))
    var unit: String?
    @Flag(help: """
        Go on past what real Terraform and AWS refuse (a name AWS refuses, a Kubernetes version EKS no longer makes, \
        an upgrade that skips a version, CloudFront's ambiguous certificate lookup, DocumentDB's parameter group still \
        in use on destroy), each reported where a real run stops, to show the rest of the timeline. The exit code is 1 \
        all the same: the real run fails.
        """)
    var continuePastRefusals = false

    func options(_ execution: ExecutionOptions? = nil) -> InfrastructureCommands.Options {
        var options = InfrastructureCommands.Options(scenarioPath: scenario, environment: env, accountPath: account)
        options.terragruntPath = terragrunt
        options.json = format == .json
        options.terraformJSON = format == .terraformJSON
        options.seed = seed
        options.unit = unit
        options.continuePastRefusals = continuePastRefusals
        options.paceMilliseconds = execution?.pace ?? 0
        options.queueIgnoreErrors = execution?.queueIgnoreErrors ?? false
        options.failFast = execution?.failFast ?? false
        return options
    }
}

/// Options of the commands that change the account: apply and destroy.
struct ExecutionOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Wall-clock milliseconds to wait before each API call.", valueName: "ms"))
    var pace: Double = 0
    @Flag(help: """
        Run every unit even when a unit it waits for failed, as Terragrunt's --queue-ignore-errors \
        (formerly --terragrunt-ignore-dependency-errors) does.
        """)
    var queueIgnoreErrors = false
    @Flag(help: "Stop every unit not yet started as soon as one fails, as Terragrunt's --fail-fast does.")
    var failFast = false
}

/// The formats of plan, apply and destroy.
enum RunFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
    case terraformJSON = "terraform-json"
}

/// A command that also decides the exit code (1 when the run failed).
protocol OutcomeCommand: ParsableCommand {
    mutating func outcome() throws -> InfrastructureCommands.Outcome
}

struct Plan: ParsableCommand, OutcomeCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "What `terragrunt run --all apply` (or destroy) would do to the fake account.",
        discussion: """
            Examples:
              edxplan plan --env prod
              edxplan plan Scenarios/growth.yaml --env prod --account .edxplan/accounts/default.sqlite
              edxplan plan --env prod --destroy --format json
            """)
    @OptionGroup var run: RunOptions
    @Flag(help: "Plan a destroy.") var destroy = false
    @Option(name: .customLong("lock"), help: ArgumentHelp(
        "Take each unit's state lock while planning, as terraform plan does; --lock=false skips it.", valueName: "true|false"))
    var lock = true
    @OptionGroup var global: GlobalOptions
    mutating func outcome() throws -> InfrastructureCommands.Outcome {
        var options = run.options()
        options.lock = lock
        return try InfrastructureCommands.plan(options, destroy: destroy, workspace: global.workspace)
    }
}

struct Apply: ParsableCommand, OutcomeCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Run the plan against the fake account on a simulated clock.",
        discussion: "Example: edxplan apply --env prod && edxplan plan --env prod   # no changes")
    @OptionGroup var run: RunOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var global: GlobalOptions
    mutating func outcome() throws -> InfrastructureCommands.Outcome {
        try InfrastructureCommands.run(run.options(execution), destroy: false, workspace: global.workspace)
    }
}

struct Destroy: ParsableCommand, OutcomeCommand {
    static let configuration = CommandConfiguration(
        commandName: "destroy",
        abstract: "Destroy the scope in the fake account, in Terragrunt's reverse order.",
        discussion: """
            Examples:
              edxplan destroy --env prod
              edxplan destroy --env prod --queue-ignore-errors   # past a failed unit
              edxplan destroy --env prod --unit redis            # one unit, in its folder
            """)
    @OptionGroup var run: RunOptions
    @OptionGroup var execution: ExecutionOptions
    @OptionGroup var global: GlobalOptions
    mutating func outcome() throws -> InfrastructureCommands.Outcome {
        try InfrastructureCommands.run(run.options(execution), destroy: true, workspace: global.workspace)
    }
}

struct AccountGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account", abstract: "Inspect and manage the fake AWS account.",
        subcommands: [Show.self, Events.self, Tinker.self, Reset.self, Unlock.self, ImportState.self, ExportState.self])

    struct Which: ParsableArguments {
        @Argument(help: "The scenario whose account to use (default: edxplan.yaml here, else the default scenario).")
        var scenario: String?
        @Option(help: ArgumentHelp("The fake account file.", valueName: "path")) var account: String?
    }

    struct Show: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Resources, state, locks and what lives outside state.")
        @OptionGroup var which: Which
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try AccountCommands.show(scenarioPath: which.scenario, accountPath: which.account, json: format == .json,
                                     workspace: global.workspace)
        }
    }

    struct Events: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(commandName: "events", abstract: "The account's event log, oldest first.")
        @OptionGroup var which: Which
        @Option(help: "Only this environment.") var env: String?
        @Option(parsing: .unconditional, help: "Only the latest N events.") var limit: Int?
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try AccountCommands.events(scenarioPath: which.scenario, accountPath: which.account, scope: env, limit: limit,
                                       workspace: global.workspace)
        }
    }

    struct Reset: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(commandName: "reset", abstract: "Empty the fake account.")
        @OptionGroup var which: Which
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try AccountCommands.reset(scenarioPath: which.scenario, accountPath: which.account, workspace: global.workspace)
        }
    }

    struct Unlock: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "unlock",
            abstract: "Release state locks left by a killed run (Terraform's force-unlock).")
        @OptionGroup var which: Which
        @Option(name: .customLong("lock-id"), help: ArgumentHelp(
            "Only this lock: the ID: line of the lock message, or its Path: (default: every lock).", valueName: "id"))
        var lockID: String?
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try AccountCommands.unlock(scenarioPath: which.scenario, accountPath: which.account, lockID: lockID,
                                       workspace: global.workspace)
        }
    }
}
