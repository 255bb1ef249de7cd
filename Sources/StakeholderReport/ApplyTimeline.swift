import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator

/// The apply waves in simulated minutes: `terragrunt run --all apply` of every scope, dry-run
/// by the simulator against an empty in-memory fake account, so the timeline shows exactly
/// what `edxplan apply` would do on a fresh account with the same seed.
public enum ApplyTimeline {
    public static func simulate(_ scenario: Scenario, catalog: Catalog, seed: UInt64 = 1) throws -> [ScopeTimeline] {
        let blueprint = Blueprint.expand(scenario)
        let lockBucket = "\(scenario.platform.accountID)-terraform-tfstate"
        // The shared stack must exist before its environments can use its VPC and cluster, so
        // with that layout every environment is applied after the stack, in one account.
        let stack = scenario.layout == .sharedStack && scenario.shared != nil ? blueprint.shared : nil
        var timelines: [ScopeTimeline] = []
        var stackAccount: FakeAccount?
        if let stack {
            let account = try freshAccount(catalog)
            timelines.append(try run(stack, scenario: scenario, catalog: catalog, account: account, seed: seed,
                                     infrastructureScope: "shared", lockBucket: lockBucket))
            stackAccount = account
        }
        for environment in blueprint.environments {
            // Per-environment installations are independent: each gets its own empty account, so
            // the cookiecutter's hard-coded names do not collide (that is the rehearsal's subject).
            let account = try stackAccount ?? freshAccount(catalog)
            timelines.append(try run(environment, scenario: scenario, catalog: catalog, account: account, seed: seed,
                                     infrastructureScope: stack == nil ? environment.name : "shared", lockBucket: lockBucket))
        }
        return timelines
    }

    static func freshAccount(_ catalog: Catalog) throws -> FakeAccount {
        let account = try FakeAccount.inMemory()
        for quota in catalog.quotas.values.sorted(by: { $0.code < $1.code }) {
            try account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope)
        }
        return account
    }

    static func run(_ desired: EnvironmentBlueprint, scenario: Scenario, catalog: Catalog, account: FakeAccount, seed: UInt64,
                    infrastructureScope: String, lockBucket: String) throws -> ScopeTimeline {
        let graph = try ModuleGraph.cookiecutter(for: desired, scenario: scenario)
        let plan = try Planner.plan(scope: desired.name, desired: desired.resources, prior: .empty, graph: graph, mode: .apply)
        var simulator = Simulator(account: account, catalog: catalog, seed: seed, holder: "edxplan report (dry run)")
        simulator.autoRetry = scenario.autoRetry
        // The pack shows the whole timeline: past every place a real apply stops (listed as
        // stops, and the page says the dry run went on), as `--continue-past-refusals` does.
        simulator.continuePastRefusals = true
        let result = try simulator.run(plan, region: desired.region, infrastructureScope: infrastructureScope,
                                       lockBucket: lockBucket) { unit in
            let prior = try account.priorState(scope: desired.name, modules: ModuleName.allCases.map(\.rawValue))
            return try Planner.plan(scope: desired.name, desired: desired.resources, prior: prior, graph: graph, mode: .apply)
                .modules.first { $0.name == unit }
        }
        let counts = Dictionary(plan.modules.map { ($0.name, $0.actions.filter { $0.action != .noop }.count) },
                                uniquingKeysWith: { first, _ in first })
        // Minutes from the start of this scope's run, whatever the account's clock said.
        let units = result.modules.map { module in
            ScopeTimeline.Unit(module: module.name, wave: module.wave, startMinute: module.startMinute - result.startMinute,
                               endMinute: module.endMinute - result.startMinute,
                               // A unit the dry run took past a refusal is not called a success.
                               status: module.operations.contains { $0.refusal != nil } && module.status == .succeeded
                                   ? "fails for real; went on" : module.status.rawValue,
                               resources: counts[module.name] ?? 0)
        }.sorted { ($0.wave, $0.startMinute, $0.module) < ($1.wave, $1.startMinute, $1.module) }
        let stops = result.refusals.compactMap { operation in
            operation.refusal.map {
                ScopeTimeline.Stop(module: operation.module, address: operation.address, when: $0.when, error: $0.failure.line, fix: $0.failure.fix)
            }
        }
        return ScopeTimeline(scope: desired.name, units: units, stops: stops)
    }
}
