import ArgumentParser
import Pipeline

extension AccountGroup {
    struct ImportState: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-state",
            abstract: "Read Terraform state files (format 4) into the fake account.",
            discussion: """
                Each PATH is a unit's state file, or a folder of units as Terragrunt lays them out
                (<env>/<unit>/terraform.tfstate, or errored.tfstate). A unit's state replaces what the
                account held for it. Nothing is written unless every file reads.

                Examples:
                  terragrunt run --all -- state pull    # or: aws s3 sync s3://<bucket>/environments states
                  edxplan account import-state states/ --account .edxplan/accounts/live.sqlite
                  edxplan account import-state vpc.tfstate mysql.tfstate --env prod
                """)
        @Argument(help: ArgumentHelp("State files or folders of units.", valueName: "path")) var paths: [String] = []
        @Option(help: ArgumentHelp("The fake account file (default: .edxplan/accounts/<scenario>.sqlite); made when missing.",
                                   valueName: "path"))
        var account: String?
        @Option(help: "The environment every file belongs to (default: the folder above each unit's folder).") var env: String?
        @Option(help: ArgumentHelp("The scenario that names the default account and the environments' regions.", valueName: "path"))
        var scenario: String?
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try StateCommands.importState(.init(paths: paths, accountPath: account, environment: env, scenarioPath: scenario),
                                          workspace: global.workspace)
        }
    }

    struct ExportState: ParsableCommand, EdxplanCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-state",
            abstract: "Write the account's Terraform state, one format-4 file per unit.",
            discussion: """
                Writes <output>/<env>/<unit>/terraform.tfstate, as `terraform state pull` prints each unit's
                state; secrets are written as "(sensitive value)".

                Examples:
                  edxplan account export-state --output states
                  edxplan account export-state --env prod --account .edxplan/accounts/live.sqlite
                """)
        @OptionGroup var which: AccountGroup.Which
        @Option(help: "Only this environment.") var env: String?
        @Option(help: ArgumentHelp("The folder to write into.", valueName: "folder")) var output: String = "state"
        @OptionGroup var global: GlobalOptions
        mutating func execute() throws -> String {
            try StateCommands.exportState(.init(accountPath: which.account, environment: env, scenarioPath: which.scenario, output: output),
                                          workspace: global.workspace)
        }
    }
}
