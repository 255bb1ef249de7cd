import Account
import Catalog
import Foundation
import Planner
import Scenario

/// Runs a plan against the fake account the way `terragrunt run --all apply` (or `destroy`)
/// would: units in dependency order, independent units in parallel, Terraform's parallelism
/// of 10 inside each, each unit under its state lock; a failed unit stops its dependents
/// (for destroy, its dependencies) unless told to ignore errors, a unit whose error Terragrunt
/// retries runs again, and nothing is rolled back.
public struct Simulator {
    public let account: FakeAccount
    public let catalog: Catalog
    public var seed: UInt64
    public var parallelism = 10
    /// Who holds the locks: Terraform's "Who" (`user@host`), plus the process id.
    public var holder: String
    /// Wall-clock milliseconds to wait before each API call, to watch a run (or kill one).
    public var paceMilliseconds: Double = 0
    /// Injected faults (`--faults P`), drawn from `seed`.
    public var faultProbability: Double = 0
    /// Terragrunt's auto-retry: the scenario's `terragrunt:` block, or Terragrunt's defaults.
    public var autoRetry: AutoRetry = .terragruntDefault
    /// `--queue-ignore-errors`: a failed unit no longer stops the units queued behind it.
    public var ignoreDependencyErrors = false
    /// `--fail-fast`: a failed unit stops every unit not yet started, related or not.
    public var failFast = false
    /// `--continue-past-refusals`: what real Terraform and AWS refuse (`Refusal`) is reported
    /// while the simulation goes on, to show the rest of the timeline. By default a refusal fails
    /// the call, the unit and the run, as it does for real.
    public var continuePastRefusals = false

    public init(account: FakeAccount, catalog: Catalog, seed: UInt64 = 1, holder: String) {
        self.account = account
        self.catalog = catalog
        self.seed = seed
        self.holder = holder
    }

    /// `scope` is the environment (or `shared`); `infrastructureScope` the one whose VPC and
    /// cluster it uses; `lockBucket` the state bucket that names the locks. `replan` plans one
    /// unit again against the account as it is now, as the Terraform command Terragrunt runs
    /// again after a retryable error does; without it, no unit is retried.
    public func run(_ plan: Plan, region: String, infrastructureScope: String, lockBucket: String,
                    replan: ((String) throws -> ModulePlan?)? = nil) throws -> RunResult {
        let start = try account.minute()
        // Refresh writes state: an object deleted outside Terraform leaves its state entry
        // (the plan creates it again, or has nothing to destroy).
        for note in plan.drift where note.changes.isEmpty {
            _ = try account.removeState(stateKey: FakeAccount.stateKey(scope: plan.scope, module: note.module), address: note.address)
            _ = try account.log(.drift, scope: plan.scope, module: note.module, address: note.address,
                                message: "\(note.address) \(note.detail); removed from state", minute: start)
        }
        // By the unit's position in the plan: the queue knows each unit's upstream by number,
        // and looking runs up by name hashed it several times per unit.
        var runs = [ModuleRun?](repeating: nil, count: plan.modules.count)
        var executor = CloudExecutor(account: account, scope: plan.scope, region: region,
                                     infrastructureScope: infrastructureScope,
                                     durations: Durations(catalog: catalog, random: SeededRandom(seed: seed)),
                                     faults: faultProbability > 0 ? Faults(probability: faultProbability, seed: seed) : nil,
                                     versions: VersionRules(catalog: catalog), continuePastRefusals: continuePastRefusals,
                                     retry: replan == nil ? nil : autoRetry, destroying: plan.mode == .destroy)
        executor.unavailable = Dictionary(catalog.unavailable.values.filter { $0.region == region }.map { ($0.service, $0) },
                                          uniquingKeysWith: { first, _ in first })
        var queue = UnitQueue(plan.modules, start: start)
        while let (number, module, begin) = queue.next() {
            let run = try startUnit(module, at: begin, upstream: queue.upstream(of: number).compactMap { runs[$0] }, after: runs,
                                    plan: plan, lockBucket: lockBucket, executor: &executor, replan: replan)
            runs[queue.position(of: number)] = run
            queue.finish(number, at: run.endMinute)
        }
        let result = RunResult(scope: plan.scope, mode: plan.mode, startMinute: start,
                               modules: runs.compactMap { $0 },
                               leftOutsideState: try outsideState(scope: plan.scope), unit: plan.unit)
        try account.setMinute(max(start, result.endMinute))
        return result
    }

    /// One unit as the queue starts it: skipped for a failure it waits on (or any earlier
    /// failure, with `--fail-fast`), unchanged, or run. `upstream` are the runs of the units it
    /// waits for, in its `waitsFor` order; `runs` every run so far.
    private func startUnit(_ module: ModulePlan, at begin: Double, upstream: [ModuleRun], after runs: [ModuleRun?], plan: Plan,
                           lockBucket: String, executor: inout CloudExecutor,
                           replan: ((String) throws -> ModulePlan?)?) throws -> ModuleRun {
        let gate = upstream.max { ($0.endMinute, $1.name) < ($1.endMinute, $0.name) }
        // --fail-fast: a failure anywhere stops every unit that had not started when it ended.
        let failedBefore = failFast ? runs.compactMap({ $0 }).filter { $0.status == .failed && $0.endMinute <= begin }
            .min { ($0.endMinute, $0.name) < ($1.endMinute, $1.name) } : nil
        let failedUpstream = ignoreDependencyErrors ? nil : upstream.first { $0.status == .failed || $0.status == .earlyExit }
        if let failed = failedUpstream ?? failedBefore {
            let message = "Unit '\(module.name)' did not run due to a failure in '\(failed.name)'"
            _ = try? account.log(.note, scope: plan.scope, module: module.name, message: message, minute: begin)
            return ModuleRun(name: module.name, wave: module.wave, status: .earlyExit, startMinute: begin, endMinute: begin,
                             operations: [], message: message, gatedBy: failed.name)
        }
        guard module.hasChanges else {
            return ModuleRun(name: module.name, wave: module.wave, status: .unchanged, startMinute: begin, endMinute: begin,
                             operations: [], message: nil, gatedBy: gate?.name)
        }
        return try runUnit(module, scope: plan.scope, mode: plan.mode, begin: begin, gate: gate?.name, lockBucket: lockBucket,
                           executor: &executor, replan: replan)
    }

    /// What the account holds for `scope` that no Terraform state points at.
    public func outsideState(scope: String) throws -> [String] {
        try account.resources(scope: scope, notManagedBy: .terraform).map(Self.outsideStateLine)
    }

    /// How a run names an object outside state: `aws_elb <id> (made by kubernetes)`.
    public static func outsideStateLine(_ object: AccountResource) -> String {
        "\(object.type) \(object.id) (made by \(object.managedBy.rawValue))"
    }

    /// How long a plan would take, without touching any account: the same schedule with
    /// the catalog's durations.
    public static func estimateMinutes(_ plan: Plan, catalog: Catalog, seed: UInt64 = 1) -> Double {
        var durations = Durations(catalog: catalog, random: SeededRandom(seed: seed))
        var ends: [String: Double] = [:]
        for module in plan.modules.sorted(by: { ($0.wave, $0.name) < ($1.wave, $1.name) }) {
            let begin = module.waitsFor.compactMap { ends[$0] }.max() ?? 0
            let operations = ModuleScheduler(parallelism: 10).run(module, start: begin) { action, _ in
                ModuleScheduler.Execution(minutes: durations.minutes(for: action.type, action: action.action))
            }
            ends[module.name] = operations.map(\.endMinute).max() ?? begin
        }
        return ends.values.max() ?? 0
    }
}
