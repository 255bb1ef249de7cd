import Account
import Blueprint
import Diagnostics
import Foundation
import Scenario
import StateImport
import TerraformState

/// `edxplan account import-state` and `account export-state`.
public enum StateCommands {
    public struct ImportOptions: Sendable {
        public var paths: [String]
        public var accountPath: String?
        public var environment: String?
        public var scenarioPath: String?
        public init(paths: [String], accountPath: String?, environment: String?, scenarioPath: String?) {
            self.paths = paths
            self.accountPath = accountPath
            self.environment = environment
            self.scenarioPath = scenarioPath
        }
    }

    /// Reads the states on threads of their own while a new account is written (in one
    /// transaction, which a bad file rolls back: the new file is then not made); an existing
    /// account is opened and written only once every state is read and good.
    public static func importState(_ options: ImportOptions, workspace: Workspace) throws -> String {
        guard !options.paths.isEmpty else {
            throw OptionError("PATH", "no state file or folder given", hint: "edxplan account import-state environments/prod/vpc/terraform.tfstate")
        }
        let scenario = try workspace.loadScenario(options.scenarioPath)
        let sources = try StateSource.find(options.paths.map { (workspace.url($0), $0) }, environment: options.environment)
        // An environment read from the folders must be one the scenario has: a state file
        // dropped anywhere would otherwise land in an environment named after a folder.
        let known = scenario.environments.map(\.name) + (scenario.shared == nil ? [] : ["shared"])
        if options.environment == nil, let stray = sources.first(where: { !known.contains($0.environment) }) {
            throw StateError(nil, "\(stray.display) is in folder '\(stray.environment)', which is not an environment of scenario \(scenario.name)",
                             hint: "pass --env NAME, or lay the states out as <env>/<unit>/terraform.tfstate (environments: \(known.joined(separator: ", ")))")
        }
        let importer = StateImporter(modelled: modelledTypes(scenario)) { environment in
            (try? scenario.environment(named: environment).region) ?? scenario.platform.awsRegion
        }
        let stream = importer.stream(sources)
        let file = options.accountPath.map(workspace.url) ?? FakeAccount.defaultPath(root: workspace.root, scenario: scenario.name)
        let replacing = sources.map { FakeAccount.stateKey(scope: $0.environment, module: $0.unit) }
        func notes() -> [EventDraft] {
            stream.units.map { unit in
                EventDraft(.note, scope: unit.source.environment, module: unit.source.unit,
                           message: "state imported from \(unit.source.display) (Terraform \(unit.terraformVersion), serial \(unit.serial)): "
                               + "\(unit.objects) objects" + (unit.held.isEmpty ? "" : ", \(unit.held.count) held, not simulated"))
            }
        }
        let made = NewFolders(for: file)
        do {
            let catalog = try workspace.catalog()
            if FakeAccount.exists(file) {
                var objects: [ImportedObject] = []
                while let more = try stream.next() { objects += more }
                let account = try FakeAccount.open(at: file)
                try InfrastructureContext.seed(account, catalog: catalog, scenario: scenario)
                try account.importState(objects, replacing: replacing, notes: notes())
            } else {
                // Built whole beside its name and moved into place.
                try FakeAccount.build(at: file) { account in
                    try InfrastructureContext.seed(account, catalog: catalog, scenario: scenario)
                    try account.importState(replacing: replacing, notes: notes, objects: stream.next)
                }
            }
        } catch {
            made.remove()
            // A bad state file is reported first, as when every file was read before the account was touched.
            try stream.finish()
            throw error
        }
        return summary(stream.units, account: workspace.display(file))
    }

    /// The folders above a new account that do not exist yet: a refused import leaves none of them behind.
    struct NewFolders {
        private var missing: [String] = []

        init(for file: URL) {
            var folder = file.deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: folder.path), folder.pathComponents.count > 1 {
                missing.append(folder.path)
                folder = folder.deletingLastPathComponent()
            }
        }

        /// Removes them, deepest first, each only if empty.
        func remove() {
            for folder in missing { _ = rmdir(folder) }
        }
    }

    static func summary(_ units: [StateImporter.UnitSummary], account: String) -> String {
        var out = ""
        for unit in units {
            out += "\(unit.source.environment)/\(unit.source.unit): \(unit.objects) object\(unit.objects == 1 ? "" : "s") from \(unit.source.display)"
                + " (Terraform \(unit.terraformVersion.isEmpty ? "version not given" : unit.terraformVersion), serial \(unit.serial))\n"
            if unit.tainted > 0 { out += "  \(unit.tainted) tainted: the next apply replaces them\n" }
            if unit.dataSources > 0 { out += "  \(unit.dataSources) data source instance\(unit.dataSources == 1 ? "" : "s"): read by Terraform, not resources\n" }
            if unit.hiddenSecrets > 0 {
                out += "  \(unit.hiddenSecrets) secret value\(unit.hiddenSecrets == 1 ? "" : "s") kept out of the account: stored as \(Sensitive.placeholder)\n"
            }
            for address in unit.held { out += "  held, not simulated: \(address)\n" }
            for address in unit.deposed { out += "  not imported: \(address): Terraform destroys deposed objects on the next apply\n" }
        }
        let total = units.reduce(0) { $0 + $1.objects }
        out += "Imported \(total) object\(total == 1 ? "" : "s") of \(units.count) unit\(units.count == 1 ? "" : "s") into \(account)\n"
        return out
    }

    /// The types the scenario's blueprint makes, and those of the built-in default: what the
    /// simulator, the cost engine and the hazards know.
    static func modelledTypes(_ scenario: Scenario) -> Set<String> {
        var types = Set<String>()
        var scenarios = [scenario]
        if let builtIn = try? ScenarioLoader.load(text: BuiltInScenario.yaml, file: DefaultScenario.builtInName) { scenarios.append(builtIn) }
        for each in scenarios {
            let blueprint = Blueprint.expand(each)
            for environment in blueprint.environments + [blueprint.shared] {
                for resource in environment.resources where resource.managedBy == .terraform { types.insert(resource.type) }
            }
        }
        return types
    }

    public struct ExportOptions: Sendable {
        public var accountPath: String?
        public var environment: String?
        public var scenarioPath: String?
        public var output: String
        public init(accountPath: String?, environment: String?, scenarioPath: String?, output: String) {
            self.accountPath = accountPath
            self.environment = environment
            self.scenarioPath = scenarioPath
            self.output = output
        }
    }

    /// Writes `<output>/<env>/<unit>/terraform.tfstate` for every unit of the account (each
    /// file whole or not at all), and lists them.
    public static func exportState(_ options: ExportOptions, workspace: Workspace) throws -> String {
        let account = try AccountCommands.open(scenarioPath: options.scenarioPath, accountPath: options.accountPath, workspace: workspace)
        let units = try StateExporter.export(account, environment: options.environment)
        guard !units.isEmpty else {
            let which = options.environment.map { "environment \($0) of " } ?? ""
            throw OptionError("--env", "\(which)the account holds no Terraform state", hint: "apply a scenario or import state first")
        }
        let folder = workspace.url(options.output)
        var out = ""
        for unit in units {
            let url = folder.appendingPathComponent(unit.path)
            try AtomicFile.write(StateWriter.write(unit.state), to: url)
            let count = unit.state.resources.reduce(0) { $0 + $1.instances.count }
            out += "wrote \(workspace.display(url)): \(count) object\(count == 1 ? "" : "s")\n"
        }
        return out
    }
}
