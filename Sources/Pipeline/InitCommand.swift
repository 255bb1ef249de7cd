import Cost
import Diagnostics
import Foundation
import Scenario

/// `edxplan init`: a commented starter scenario, `edxplan.yaml`, in the working folder, which
/// every command then reads when given no scenario. It is loaded, validated and priced before
/// it is written, so what `init` writes always works with `edxplan cost`.
public enum InitCommand {
    public struct Options: Sendable {
        public var region: String?
        public var environments: [String]?
        /// `--from-terragrunt PATH`: the scenario imported from a Terragrunt tree instead.
        public var terragruntPath: String?
        /// `--force`: write over an existing file.
        public var force = false
        public init() {}
    }

    public static func run(_ options: Options, workspace: Workspace) throws -> String {
        let name = DefaultScenario.projectFileName
        let target = workspace.workingDirectory.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: target.path) && !options.force {
            throw OptionError("init", "\(name) already exists in this folder", hint: "edit it, or add --force to write a new one over it")
        }
        let text: String
        var warnings: [String] = []
        if let tree = options.terragruntPath {
            if options.region != nil || options.environments != nil {
                throw OptionError("--from-terragrunt", "--region and --environments come from the tree with --from-terragrunt",
                                  hint: "give --from-terragrunt alone")
            }
            let result = try ImportCommand.importTree(tree, workspace: workspace)
            // Refused as `import terragrunt` refuses it, at the tree's own file and line.
            _ = try ImportCommand.checked(result, path: tree, workspace: workspace)
            // Printed once the starter is known good: a refusal is one message, first.
            warnings = result.warnings.map(\.description)
            // Its header says where it came from; each value, the file:line of the tree it was read at.
            text = result.yaml
        } else {
            text = StarterScenario.text(name: scenarioName(workspace), region: try region(options.region),
                                        environments: try environments(options.environments))
        }
        // Loaded, validated and priced first: nothing is written that `edxplan cost` would refuse.
        let scenario = try ScenarioLoader.load(text: text, file: name)
        let catalog = try workspace.catalog()
        try ScenarioValidator.validate(scenario, catalog: catalog)
        let cost = try CostEngine.price(scenario, catalog: catalog)
        try AtomicFile.write(text, to: target)
        for warning in warnings { FileHandle.standardError.write(Data("\(warning)\n".utf8)) }
        let environments = scenario.environments.map(\.name)
        return """
            Wrote \(name): scenario \(scenario.name), \(environments.joined(separator: ", ")) in \(scenario.platform.awsRegion), \
            \(cost.monthlyTotal.formatted) a month at the cookiecutter's default sizes, with versions AWS accepts today.
            Edit it, then run from this folder:
              edxplan cost
              edxplan plan\(environments.count > 1 ? " --env \(environments[0])" : "")
              edxplan report

            """
    }

    /// The folder's name, as a scenario name (lower-case letters, digits and '-').
    static func scenarioName(_ workspace: Workspace) -> String {
        let folder = workspace.workingDirectory.standardizedFileURL.lastPathComponent.lowercased()
        let cleaned = String(folder.map { $0.isLetter && $0.isASCII || $0.isNumber ? $0 : "-" })
            .split(separator: "-").joined(separator: "-")
        return cleaned.isEmpty || cleaned.first?.isLetter != true ? "ours" : cleaned
    }

    static func region(_ given: String?) throws -> String {
        let region = given ?? "us-east-1"
        guard region.range(of: "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", options: .regularExpression) != nil else {
            throw OptionError.outOfRange("--region", "'\(region)'", "an AWS region code such as us-east-1 or eu-west-1")
        }
        return region
    }

    static func environments(_ given: [String]?) throws -> [String] {
        let names = (given ?? ["prod"]).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where name.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) == nil {
            throw OptionError("--environments", "'\(name)' is not an environment name",
                              hint: "names are lower-case letters, digits and '-', starting with a letter: --environments prod,staging")
        }
        guard !names.isEmpty, Set(names).count == names.count else {
            throw OptionError("--environments", "give each environment once", hint: "e.g. --environments prod,staging")
        }
        return names
    }
}
