import ArgumentParser
import Foundation
import Pipeline

/// `edxplan import ...`: read configuration that already exists into a scenario.
struct ImportGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read existing configuration into a scenario.",
        subcommands: [ImportTerragrunt.self])
}

struct ImportTerragrunt: ParsableCommand, EdxplanCommand {
    static let configuration = CommandConfiguration(
        commandName: "terragrunt",
        abstract: "Read a Terragrunt tree (either cookiecutter layout) into a scenario, every value with its file:line.",
        discussion: """
            PATH is the repository root, its terraform/ folder or an environments folder. Warnings (sources \
            not followed, resources read by name without a dependency) go to standard error.
            Examples:
              edxplan import terragrunt ../openedx-devops
              edxplan import terragrunt ../openedx-devops --output Scenarios/ours.yaml
              edxplan plan --terragrunt ../openedx-devops --env prod
            """)
    @Argument(help: "The Terragrunt tree.") var path: String
    @Option(help: ArgumentHelp("Write the scenario to this file instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var global: GlobalOptions

    mutating func execute() throws -> String {
        let outcome = try ImportCommand.terragrunt(path: path, output: output, workspace: global.workspace)
        for warning in outcome.warnings { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        return outcome.text
    }
}
