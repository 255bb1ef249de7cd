import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator

public enum Rehearsal {
    /// Rehearses `target` on `account` (a scratch copy unless the user said `--in-place`).
    ///
    /// `firstPlan`, when given, is the plan of the first apply: the caller vouches that it is
    /// what planning `target` against `account` gives now (runMany plans it once for all runs,
    /// which all start from the same account).
    public static func run(_ target: RehearsalTarget, account: FakeAccount, catalog: Catalog, seed: UInt64,
                           faults: Double, holder: String, firstPlan: Plan? = nil) throws -> RehearsalRun {
        var simulator = Simulator(account: account, catalog: catalog, seed: seed, holder: holder)
        simulator.faultProbability = faults
        // A rehearsal lists every place a real run stops (its hazards), so it goes on past each.
        simulator.continuePastRefusals = true
        simulator.autoRetry = target.autoRetry
        func phase(_ mode: PlanMode, plan given: Plan? = nil) throws -> RunResult {
            let plan = try given ?? Self.plan(target, account: account, mode: mode)
            return try simulator.run(plan, region: target.region, infrastructureScope: target.infrastructureScope,
                                     lockBucket: target.lockBucket) { unit in
                try Self.plan(target, account: account, mode: mode).modules.first { $0.name == unit }
            }
        }
        var phases: [RunResult] = []
        let initial = try phase(.apply, plan: firstPlan)
        if initial.modules.contains(where: { !$0.operations.isEmpty }) { phases.append(initial) }
        try deployTutor(target, account: account)
        let seeded = try DataSeeder.seed(account, scope: target.scope, usage: target.usage, waves: target.graph.waves)
        let destroy = try phase(.destroy)
        let recreate = try phase(.apply)
        phases += [destroy, recreate]
        // One more apply: does the environment converge, or is something stuck?
        // The apply, when one is needed, runs the plan that asked: nothing has changed since.
        let again = try plan(target, account: account, mode: .apply)
        var converges = !again.hasChanges
        if !converges { converges = try phase(.apply, plan: again).succeeded }
        let loss = try DataSeeder.outcomes(seeded, account: account)
        let orphans = try simulator.outsideState(scope: target.scope)
        return RehearsalRun(seed: seed, scope: target.scope, phases: phases, dataLoss: loss,
                            orphans: orphans, downtimeMinutes: recreate.endMinute - destroy.startMinute,
                            totalMinutes: (phases.last?.endMinute ?? 0) - (phases.first?.startMinute ?? 0),
                            convergesOnRetry: converges)
    }

    /// Terraform's plan of `target` against what `account` holds now.
    public static func plan(_ target: RehearsalTarget, account: FakeAccount, mode: PlanMode) throws -> Plan {
        let prior = try account.priorState(scope: target.scope, modules: ModuleName.allCases.map(\.rawValue))
        return try Planner.plan(scope: target.scope, configuration: target.configuration, prior: prior, graph: target.graph,
                                mode: mode)
    }

    /// What CI's `tutor k8s` deploy creates: Tutor's volumes and its caddy load balancer,
    /// outside every Terraform state.
    static func deployTutor(_ target: RehearsalTarget, account: FakeAccount) throws {
        let existing = try account.resources(scope: target.scope).filter { $0.managedBy == .tutor }
        guard existing.isEmpty else { return }
        let vpc = try account.resources(type: "aws_vpc", scope: target.infrastructureScope).first?.id
        guard try !account.resources(type: "aws_eks_cluster", scope: target.infrastructureScope).isEmpty else { return }
        for resource in target.desired.resources where resource.managedBy == .tutor {
            var new = NewResource(resource, region: target.region, scope: target.scope, parentID: resource.type == "aws_elb" ? vpc : nil)
            new.name = resource.type == "aws_ebs_volume" ? nil : "\(target.scope)/\(resource.address)"
            _ = try account.create(resource: new)
        }
    }
}

extension Rehearsal {
    /// `--runs N`: one rehearsal per seed, each of every target in order, all starting from
    /// `start` (the prepared scratch account: the user's copy with quotas seeded). Each
    /// worker takes an in-memory copy once and rolls it back after every run instead of
    /// copying (or re-applying) per run. Runs depend only on their seed, so spreading them
    /// over `workers` threads gives the same results, in seed order, as running them one by one.
    ///
    /// Runs for which `detailed` says false come back `summarized()`: a report reads the
    /// details of the first run only, and keeping every run whole grows without bound.
    public static func runMany(_ targets: [RehearsalTarget], start: FakeAccount, catalog: Catalog, seeds: [UInt64],
                               faults: Double, holder: String, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                               detailed: @Sendable (Int) -> Bool = { _ in true },
                               progress: (@Sendable (Int) -> Void)? = nil) throws -> [[RehearsalRun]] {
        let results = RunSlots(count: seeds.count)
        // Every run starts from `start`, so the first target's first plan is the same for all
        // (later targets start from what earlier ones left, which differs by seed).
        let firstPlan = try targets.first.map { try plan($0, account: start, mode: .apply) }
        let threads = max(1, min(workers, seeds.count))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            do {
                // Rolled back after every run, so its event log would be thrown away unread.
                let scratch = try start.scratchCopy(keepingEvents: false)
                while let index = results.claim() {
                    let runs = try scratch.restoring {
                        try targets.enumerated().map { offset, target in
                            try run(target, account: scratch, catalog: catalog, seed: seeds[index], faults: faults, holder: holder,
                                    firstPlan: offset == 0 ? firstPlan : nil)
                        }
                    }
                    // Stored first: `progress?(...)` would skip evaluating its argument when nil.
                    let done = results.store(detailed(index) ? runs : runs.map { $0.summarized() }, at: index)
                    progress?(done)
                }
            } catch {
                results.fail(error)
            }
        }
        return try results.collected()
    }
}

/// The results of `runMany`, filled by several threads, each slot by exactly one.
private final class RunSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[RehearsalRun]?]
    private var done = 0
    private var claimed = 0
    private var error: Error?

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next run no worker has taken, or nil when all are taken or one failed. Handed out
    /// one by one rather than split up front: on a shared machine one worker can fall
    /// behind, and a fixed split left the other idle at the end.
    func claim() -> Int? {
        lock.withLock {
            guard error == nil, claimed < slots.count else { return nil }
            claimed += 1
            return claimed - 1
        }
    }

    /// Stores one run's results; returns how many are done.
    func store(_ runs: [RehearsalRun], at index: Int) -> Int {
        lock.withLock {
            slots[index] = runs
            done += 1
            return done
        }
    }

    func fail(_ error: Error) { lock.withLock { if self.error == nil { self.error = error } } }

    func collected() throws -> [[RehearsalRun]] {
        try lock.withLock {
            if let error { throw error }
            return slots.compactMap { $0 }
        }
    }
}
