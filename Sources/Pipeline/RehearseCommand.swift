import Account
import Blueprint
import Catalog
import Diagnostics
import Foundation
import Planner
import Rehearsal
import Scenario
import Simulator
import TerragruntImport

/// `edxplan rehearse`: destroy and recreate on a scratch copy of the account (or in place),
/// once or many times, with faults.
public enum RehearseCommand {
    /// The most runs one command takes (a million take about a quarter of an hour here).
    static let maxRuns = 1_000_000

    public struct Options: Sendable {
        public var scenarioPath: String?
        /// `--terragrunt PATH`: import the tree instead of reading a scenario file.
        public var terragruntPath: String?
        public var environment: String?
        public var accountPath: String?
        public var json = false
        /// `--format markdown`; otherwise (and without `json`) terminal text.
        public var markdown = false
        public var seed: UInt64 = 1
        public var faults: Double = 0
        public var runs = 1
        public var inPlace = false
        public init(scenarioPath: String?, environment: String?, accountPath: String?) {
            self.scenarioPath = scenarioPath
            self.environment = environment
            self.accountPath = accountPath
        }
    }

    public static func run(_ options: Options, workspace: Workspace, progress: (@Sendable (Int, Int) -> Void)? = nil) throws
        -> InfrastructureCommands.Outcome {
        // Refused before anything is read: a run count past a million would allocate its seeds
        // before the first run, and a fault probability outside [0, 1] (or NaN) would run.
        guard (1...maxRuns).contains(options.runs) else {
            throw OptionError.outOfRange("--runs", String(options.runs), "from 1 to 1,000,000", hint: "10,000 runs take about ten seconds")
        }
        // One account can be torn down and rebuilt once: several runs need scratch copies.
        guard !options.inPlace || options.runs == 1 else {
            throw OptionError("--in-place", "--in-place rehearses the account itself, so it makes one run, not \(options.runs)",
                              hint: "drop --runs, or drop --in-place to rehearse \(options.runs) runs on scratch copies")
        }
        guard options.faults >= 0, options.faults <= 1 else {
            throw OptionError.outOfRange("--faults", String(options.faults), "a probability from 0 to 1", hint: "0.05 means one simulated API call in twenty meets a fault")
        }
        let catalog = try workspace.catalog()
        var evidence: [HazardEvidence] = []
        let scenario: Scenario
        if let tree = options.terragruntPath, options.scenarioPath == nil {
            (scenario, evidence) = try ImportCommand.imported(terragrunt: tree, workspace: workspace)
        } else {
            scenario = try ImportCommand.loadScenario(scenarioPath: options.scenarioPath, terragruntPath: options.terragruntPath,
                                                      workspace: workspace)
        }
        try ScenarioValidator.validate(scenario, catalog: catalog, requirePrices: true)
        let blueprint = Blueprint.expand(scenario)
        let targets = try self.targets(scenario: scenario, blueprint: blueprint, environment: options.environment)
        let hazards = TreeEvidence.attach(evidence, to: targets.flatMap { HazardCatalogue.read($0.desired, scenario: scenario) })
        let source = options.accountPath.map(workspace.url) ?? FakeAccount.defaultPath(root: workspace.root, scenario: scenario.name)
        // Run 0 uses the seed given; the others derive theirs from it.
        var random = SeededRandom(seed: options.seed)
        let seeds = (0..<options.runs).map { $0 == 0 ? options.seed : random.next() }
        let inPlace = options.inPlace
        let account = try scratch(from: source, inPlace: inPlace, catalog: catalog, scenario: scenario)
        let runs: [[RehearsalRun]]
        if inPlace {
            runs = [try targets.map { target in
                try Rehearsal.run(target, account: account, catalog: catalog, seed: options.seed, faults: options.faults,
                                  holder: InfrastructureCommands.holder())
            }]
            progress?(1, 1)
        } else {
            // Every run starts from the same copy: each worker copies it once and puts it back
            // after each run, and the runs come back in seed order.
            let total = options.runs
            // The report shows the first run in full and counts the rest.
            runs = try Rehearsal.runMany(targets, start: account, catalog: catalog, seeds: seeds, faults: options.faults,
                                         holder: InfrastructureCommands.holder(), detailed: { $0 == 0 }) { done in progress?(done, total) }
        }
        var report = RehearsalReport(scenario: scenario.name, scopes: targets.map(\.scope), seed: options.seed,
                                     faults: options.faults, hazardsRead: hazards, runs: runs)
        let found = evidence
        if !found.isEmpty { report.pointMet = { TreeEvidence.attach(found, to: $0) } }
        let clean = report.successRate == 1 && !runs.contains { $0.contains(where: \.losesData) }
        return InfrastructureCommands.Outcome(text: options.json ? report.json() : options.markdown ? report.markdown()
                                                : report.text(terminal: workspace.terminal),
                                              exitCode: clean ? .success : .findings)
    }

    /// One environment, or all of them in one account (shared stack first), which is where
    /// quotas across environments show.
    static func targets(scenario: Scenario, blueprint: Blueprint, environment: String?) throws -> [RehearsalTarget] {
        let bucket = "\(scenario.platform.accountID)-terraform-tfstate"
        var scopes: [(EnvironmentBlueprint, Usage?)] = []
        if let environment, environment != "shared" {
            let env = try scenario.environment(named: environment)
            guard let plan = blueprint.environments.first(where: { $0.name == environment }) else { return [] }
            if scenario.layout == .sharedStack { scopes.append((blueprint.shared, scenario.shared?.usage)) }
            scopes.append((plan, env.usage))
        } else {
            if scenario.layout == .sharedStack { scopes.append((blueprint.shared, scenario.shared?.usage)) }
            if environment == nil {
                scopes += zip(blueprint.environments, scenario.environments).map { ($0, $1.usage) }
            }
        }
        return try scopes.map { desired, usage in
            RehearsalTarget(scope: desired.name, region: desired.region,
                            infrastructureScope: scenario.layout == .sharedStack ? "shared" : desired.name,
                            desired: desired, graph: try ModuleGraph.cookiecutter(for: desired, scenario: scenario),
                            usage: usage, lockBucket: bucket, autoRetry: scenario.autoRetry)
        }
    }

    /// The account to rehearse on: the user's own with `--in-place`, otherwise a copy of it
    /// (when it exists) held in memory, which nothing writes back.
    static func scratch(from source: URL, inPlace: Bool, catalog: Catalog, scenario: Scenario) throws -> FakeAccount {
        let account: FakeAccount
        if inPlace {
            account = try FakeAccount.open(at: source)
        } else if FileManager.default.fileExists(atPath: source.path) {
            account = try FakeAccount.open(at: source).scratchCopy()
        } else {
            account = FakeAccount.scratch()
        }
        try InfrastructureContext.seed(account, catalog: catalog, scenario: scenario)
        return account
    }
}
