import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// The repository's catalog, built once per test process from Catalog/ into a temporary file
/// (never the user's Catalog/catalog.sqlite), so durations and quotas are the real ones.
enum SimulatorFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A static let runs once even when suites run in parallel.
    static let catalogResult: Result<Catalog, Error> = Result {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("edxplan-simulator-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try CatalogBuilder.build(try CatalogSource.find(from: URL(fileURLWithPath: #filePath)), to: file)
        return try CatalogStore.read(file)
    }

    static func catalog() throws -> Catalog { try catalogResult.get() }

    static func scenario(file: String) throws -> Scenario {
        try ScenarioLoader.load(path: file, relativeTo: root.appendingPathComponent("Scenarios", isDirectory: true))
    }

    /// default.yaml with one edit, for what-ifs (it has no `extends`, so loading as text is safe).
    static func defaultScenario(replacing old: String, with new: String,
                                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
        try defaultScenario(edits: [(old, new)], sourceLocation: sourceLocation)
    }

    /// default.yaml with cookiecutter v0.0.6's `platform_region: usa_east` (the shipped default
    /// takes HEAD's `global`), and any further edits: the underscore names AWS refuses (H19).
    static func usaEastDefault(_ edits: (String, String)...,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Scenario {
        try defaultScenario(edits: [("platform_region: global", "platform_region: usa_east")] + edits, sourceLocation: sourceLocation)
    }

    static func defaultScenario(edits: [(String, String)], sourceLocation: Testing.SourceLocation) throws -> Scenario {
        var text = try String(contentsOf: root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        for (old, new) in edits {
            try #require(text.contains(old), "default.yaml has no \(old)", sourceLocation: sourceLocation)
            text = text.replacingOccurrences(of: old, with: new)
        }
        return try ScenarioLoader.load(text: text, file: "default.yaml")
    }
}

/// One account plus one scenario, planned and run the way `InfrastructureContext` and
/// `InfrastructureCommands.run` do it, without the CLI around them.
struct Rig {
    let account: FakeAccount
    let catalog: Catalog
    var scenario: Scenario
    var holder = "tester@host pid 1"

    init(_ scenario: Scenario, account: FakeAccount? = nil) throws {
        self.account = try account ?? FakeAccount.inMemory()
        self.catalog = try SimulatorFixtures.catalog()
        self.scenario = scenario
        // A new account starts with AWS's default quotas, as InfrastructureContext.seed does.
        if try self.account.quotas().isEmpty {
            for quota in catalog.quotas.values.sorted(by: { $0.code < $1.code }) {
                try self.account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope)
            }
        }
    }

    static func defaultProd() throws -> Rig { try Rig(try SimulatorFixtures.scenario(file: "default.yaml")) }

    var lockBucket: String { "\(scenario.platform.accountID)-terraform-tfstate" }

    func environment(_ name: String) throws -> EnvironmentBlueprint {
        try #require(Blueprint.expand(scenario).environments.first { $0.name == name })
    }

    func plan(_ env: String = "prod", mode: PlanMode = .apply) throws -> Plan {
        let desired = try environment(env)
        let graph = try ModuleGraph.cookiecutter(for: desired, layout: scenario.layout)
        let prior = try account.priorState(scope: env, modules: ModuleName.allCases.map(\.rawValue))
        return try Planner.plan(scope: env, desired: desired.resources, prior: prior, graph: graph, mode: mode)
    }

    /// Plans and runs `env` (per-environment layout: its own VPC and cluster). The rig goes on
    /// past refusals unless `strict` (the CLI's default, `Simulator`'s too): most tests are
    /// about what comes after the cookiecutter defaults' refusals.
    func run(_ env: String = "prod", mode: PlanMode = .apply, seed: UInt64 = 1, ignoreDependencyErrors: Bool = false,
             failFast: Bool = false, strict: Bool = false) throws -> RunResult {
        try run(try plan(env, mode: mode), seed: seed, ignoreDependencyErrors: ignoreDependencyErrors, failFast: failFast, strict: strict)
    }

    /// With the scenario's auto-retry and a unit planned again for each retry, as the CLI runs it.
    func run(_ plan: Plan, seed: UInt64 = 1, ignoreDependencyErrors: Bool = false, failFast: Bool = false,
             strict: Bool = false) throws -> RunResult {
        var simulator = Simulator(account: account, catalog: catalog, seed: seed, holder: holder)
        simulator.autoRetry = scenario.autoRetry
        simulator.ignoreDependencyErrors = ignoreDependencyErrors
        simulator.failFast = failFast
        simulator.continuePastRefusals = !strict
        return try simulator.run(plan, region: try scenario.environment(named: plan.scope).region,
                                 infrastructureScope: plan.scope, lockBucket: lockBucket) { unit in
            try self.plan(plan.scope, mode: plan.mode).modules.first { $0.name == unit }
        }
    }
}

extension RunResult {
    func module(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ModuleRun {
        try #require(modules.first { $0.name == name }, "no module \(name) in the run", sourceLocation: sourceLocation)
    }

    /// Every module's status, to compare whole runs at once.
    var statuses: [String: ModuleStatus] { Dictionary(uniqueKeysWithValues: modules.map { ($0.name, $0.status) }) }
}

extension FakeAccount {
    /// Every state entry of a scope, by module.
    func stateEntries(scope: String) throws -> [String: [String: StateEntry]] {
        var all: [String: [String: StateEntry]] = [:]
        for module in ModuleName.allCases.map(\.rawValue) {
            let entries = try state(stateKey: FakeAccount.stateKey(scope: scope, module: module))
            if !entries.isEmpty { all[module] = entries }
        }
        return all
    }
}
