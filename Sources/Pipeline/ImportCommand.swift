import Diagnostics
import Foundation
import Scenario
import TerragruntImport

/// `edxplan import terragrunt PATH [--output FILE]`, and the `--terragrunt PATH` that every
/// command reading a scenario takes instead of a scenario file.
public enum ImportCommand {
    public struct Outcome: Sendable {
        /// The scenario YAML (or a note that it was written to `--output`).
        public var text: String
        /// `file:line:column: warning: ...` lines for standard error.
        public var warnings: [String]
    }

    /// Imports the tree, checks that the scenario loads (nothing is written when it does not),
    /// then prints it or writes it atomically to `output`.
    public static func terragrunt(path: String, output: String?, workspace: Workspace) throws -> Outcome {
        if let output { try AtomicFile.checkWritable(workspace.url(output)) }
        let result = try importTree(path, workspace: workspace)
        _ = try checked(result, path: path, workspace: workspace)
        let warnings = result.warnings.map(\.description)
        guard let output else { return Outcome(text: result.yaml, warnings: warnings) }
        try AtomicFile.write(result.yaml, to: workspace.url(output))
        return Outcome(text: "wrote \(output)\n", warnings: warnings)
    }

    /// The scenario of a Terragrunt tree, as `plan --terragrunt PATH` uses it.
    /// The import's warnings (by-name couplings, sources not followed) go to standard error here
    /// too: they explain orderings the plan then shows.
    static func scenario(terragrunt path: String, workspace: Workspace) throws -> Scenario {
        try imported(terragrunt: path, workspace: workspace).scenario
    }

    /// The scenario of the tree and the tree's lines behind each hazard (rehearse's evidence).
    static func imported(terragrunt path: String, workspace: Workspace) throws
        -> (scenario: Scenario, evidence: [HazardEvidence]) {
        let result = try importTree(path, workspace: workspace)
        let scenario = try checked(result, path: path, workspace: workspace)
        for warning in result.warnings { FileHandle.standardError.write(Data("\(warning.description)\n".utf8)) }
        return (scenario, result.hazardEvidence)
    }

    /// The scenario named by `scenarioPath` or imported from `terragruntPath` (not both).
    static func loadScenario(scenarioPath: String?, terragruntPath: String?, workspace: Workspace) throws -> Scenario {
        guard let terragruntPath else { return try workspace.loadScenario(scenarioPath) }
        if scenarioPath != nil {
            throw OptionError("--terragrunt", "a scenario file and --terragrunt were both given", hint: "give one of them")
        }
        return try scenario(terragrunt: terragruntPath, workspace: workspace)
    }

    /// The imported scenario, refused as terragrunt and AWS would refuse the tree: a cycle or a
    /// dependency on a missing unit (TreeRefusal), and anything the scenario checks and the
    /// catalog refuse (an instance type that does not exist), pointed at the tree's file.
    static func checked(_ result: TerragruntImporter.Result, path: String, workspace: Workspace) throws -> Scenario {
        if let stop = result.stops.first { throw TreeRefusal(location: stop.location, message: stop.message) }
        do {
            let scenario = try ScenarioLoader.load(text: result.yaml, file: displayName(path), origins: result.origins)
            // Instance types and versions when a catalog is at hand (cost and plan check them anyway).
            if let catalog = try? workspace.catalog() { try ScenarioValidator.validate(scenario, catalog: catalog) }
            return scenario
        } catch let error as ScenarioError {
            throw TreeRefusal.from(error, yaml: result.yaml, file: displayName(path), root: path, workspace: workspace)
        }
    }

    static func importTree(_ path: String, workspace: Workspace) throws -> TerragruntImporter.Result {
        // get_env() sees the user's environment, as terragrunt would.
        try TerragruntImporter.run(path: path, workingDirectory: workspace.workingDirectory.path, environment: workspace.environment)
    }

    /// How the imported scenario names itself in messages: it has no file of its own.
    static func displayName(_ path: String) -> String { "<import of \(path)>" }
}
