import ArgumentParser
import Foundation
import Pipeline

struct Rehearse: ParsableCommand, OutcomeCommand {
    static let configuration = CommandConfiguration(
        commandName: "rehearse",
        abstract: "Destroy and recreate on a scratch copy of the fake account: failures, hazards, data loss, duration, quotas.",
        discussion: """
            Without --env every environment is rehearsed in one account (quotas across environments).
            Examples:
              edxplan rehearse --env prod
              edxplan rehearse --env prod --faults 0.05 --seed 7 --runs 200 --format json
              edxplan rehearse Scenarios/multi-environment.yaml
            """)
    @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
    @Option(help: ArgumentHelp("Import this Terragrunt tree instead of reading a scenario file.", valueName: "path"))
    var terragrunt: String?
    @Option(help: "The environment (default: all, in one account).") var env: String?
    @Option(help: ArgumentHelp("The fake account to start from (default: .edxplan/accounts/<scenario>.sqlite).", valueName: "path"))
    var account: String?
    @Option(help: "text, markdown or json.") var format: RehearsalFormat = .text
    // .unconditional: "-5" is the value (refused with why), not a missing value and an unknown option.
    @Option(parsing: .unconditional, help: "Seed for durations and faults; runs after the first derive theirs from it.")
    var seed: UInt64 = 1
    @Option(parsing: .unconditional, help: ArgumentHelp("Probability that a simulated API call meets a fault.", valueName: "P"))
    var faults: Double = 0
    @Option(parsing: .unconditional, help: "How many rehearsals.") var runs: Int = 1
    @Flag(help: "Rehearse on the account itself instead of a scratch copy (one run only).") var inPlace = false
    @OptionGroup var global: GlobalOptions

    mutating func outcome() throws -> InfrastructureCommands.Outcome {
        var options = RehearseCommand.Options(scenarioPath: scenario, environment: env, accountPath: account)
        options.terragruntPath = terragrunt
        options.json = format == .json
        options.markdown = format == .markdown
        options.seed = seed
        options.faults = faults
        options.runs = runs
        options.inPlace = inPlace
        let terminal = isatty(STDERR_FILENO) == 1 && runs > 1
        return try RehearseCommand.run(options, workspace: global.workspace) { done, total in
            guard terminal else { return }
            let width = 30, filled = width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)\(done == total ? "\n" : "")".utf8))
        }
    }
}

enum RehearsalFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

extension AccountGroup {
    struct Tinker: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "tinker",
            abstract: "Change the fake account behind Terraform's back (drift), as someone in the console would.",
            discussion: """
                Examples:
                  edxplan account tinker --env prod --delete module.redis.aws_elasticache_replication_group.this
                  edxplan account tinker --env prod --set 'module.db.module.db_instance.aws_db_instance.this[0]' instance_class=db.t3.medium
                  edxplan account tinker --env prod --seed 3
                """)
        @Argument(help: "The scenario file (default: edxplan.yaml here, else the default scenario).") var scenario: String?
        @Option(help: "The environment.") var env: String?
        @Option(help: ArgumentHelp("The fake account file.", valueName: "path")) var account: String?
        @Option(help: ArgumentHelp("Delete the object at this Terraform address.", valueName: "address")) var delete: String?
        @Option(parsing: .upToNextOption, help: ArgumentHelp("Set an attribute: ADDRESS NAME=VALUE.", valueName: "address name=value"))
        var set: [String] = []
        @Option(parsing: .unconditional, help: "Pick a change with this seed.") var seed: UInt64 = 1
        @OptionGroup var global: GlobalOptions

        mutating func execute() throws -> String {
            let change: TinkerCommand.Change
            if let delete {
                change = .delete(address: delete)
            } else if set.count == 2, let equals = set[1].firstIndex(of: "=") {
                change = .set(address: set[0], attribute: String(set[1][..<equals]), value: String(set[1][set[1].index(after: equals)...]))
            } else if !set.isEmpty {
                throw ValidationError("--set takes an address and NAME=VALUE")
            } else {
                change = .seeded(seed)
            }
            return try TinkerCommand.run(scenarioPath: scenario, environment: env, accountPath: account, change: change,
                                         workspace: global.workspace)
        }
    }
}
