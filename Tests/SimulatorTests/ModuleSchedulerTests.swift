import Planner
@testable import Simulator
import Testing

/// Terraform's graph walk inside one unit, with exact durations supplied by the test
/// (every action takes one minute unless a test says otherwise), so timings are arithmetic.
struct ModuleSchedulerTests {
    func action(_ address: String, _ action: Action = .create, dependsOn: [String] = []) -> PlannedAction {
        PlannedAction(address: address, type: "test_thing", module: "m", action: action, reason: "test", dependsOn: dependsOn)
    }

    /// Runs `actions` and returns the records and the order `execute` saw them in.
    func run(_ actions: [PlannedAction], parallelism: Int = 10,
             failing: Set<String> = [], minutes: [String: Double] = [:]) -> (records: [OperationRecord], calls: [String]) {
        var calls: [String] = []
        let module = ModulePlan(name: "m", wave: 0, waitsFor: [], actions: actions)
        let records = ModuleScheduler(parallelism: parallelism).run(module, start: 0) { action, _ in
            calls.append(action.address)
            let failure = failing.contains(action.address) ? AWSFailure(code: "Boom", message: "failed on purpose") : nil
            return ModuleScheduler.Execution(minutes: minutes[action.address] ?? 1, failure: failure)
        }
        return (records, calls)
    }

    func record(_ address: String, in records: [OperationRecord]) throws -> OperationRecord {
        try #require(records.first { $0.address == address })
    }

    // Terraform's default -parallelism=10: twelve independent one-minute actions need two rounds.
    @Test func parallelismTenRunsTwelveInTwoMinutes() {
        let actions = (1...12).map { action("r\($0)") }
        let records = run(actions).records
        #expect(records.count == 12)
        #expect(records.map(\.endMinute).max() == 2)
        #expect(records.filter { $0.startMinute == 0 }.count == 10)
    }

    @Test func parallelismOneRunsOneAtATime() {
        let records = run((1...12).map { action("r\($0)") }, parallelism: 1).records
        #expect(records.map(\.endMinute).max() == 12)
        #expect(Set(records.map(\.startMinute)) == Set((0..<12).map(Double.init)))
    }

    // a <- b <- c: b references a, c references b.
    var chain: [PlannedAction] {
        [action("c", dependsOn: ["b"]), action("a"), action("b", dependsOn: ["a"])]
    }

    @Test func applyRunsAChainInDependencyOrder() throws {
        let (records, calls) = run(chain)
        #expect(calls == ["a", "b", "c"])
        #expect(try record("c", in: records).startMinute == 2)
    }

    // Destroy is the exact inverse: what references something is deleted before it.
    @Test func destroyDeletesAChainInReverse() {
        let deletes = chain.map { var d = $0; d.action = .delete; return d }
        #expect(run(deletes).calls == ["c", "b", "a"])
    }

    // No rollback: a failure skips what depends on it, transitively; the rest still runs.
    @Test func failureSkipsDependentsButNotIndependentActions() throws {
        let actions = chain + [action("independent")]
        let (records, calls) = run(actions, failing: ["a"])
        #expect(!calls.contains("b") && !calls.contains("c"), "skipped actions never reach the account")
        #expect(try record("a", in: records).status == .failed)
        for address in ["b", "c"] {
            let skipped = try record(address, in: records)
            #expect(skipped.status == .skipped)
            #expect(skipped.note == "upstream dependencies failed")
        }
        #expect(try record("independent", in: records).status == .succeeded)
    }

    // gatedBy names the dependency that finished last, what the critical path walks back along.
    @Test func gatedByIsTheLastDependencyToFinish() throws {
        let actions = [action("slow"), action("fast"), action("both", dependsOn: ["fast", "slow"]), action("free")]
        let records = run(actions, minutes: ["slow": 5, "fast": 1]).records
        let both = try record("both", in: records)
        #expect(both.gatedBy == "slow")
        #expect(both.startMinute == 5)
        #expect(try record("free", in: records).gatedBy == nil)
    }
}

/// The numbered walk against the walk as first written, on random modules: same calls in the
/// same order at the same minutes, same records, for creates and deletes, failures, ties and
/// every parallelism.
struct ModuleSchedulerOracleTests {
    @Test(arguments: 0..<400)
    func theNumberedWalkIsTheReferenceWalk(seed: Int) {
        var random = SeededRandom(seed: UInt64(seed) &+ 1)
        func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
        let count = 1 + pick(16)
        let names = (0..<count).map { "r\(pick(40))_\($0)" }.shuffled(using: &random)
        let deleting = pick(2) == 0
        let actions = names.map { name in
            PlannedAction(address: name, type: "t", module: "m",
                          action: deleting ? .delete : [.create, .update, .replace, .noop][pick(4)], reason: "test",
                          dependsOn: (0..<pick(4)).map { _ in pick(5) == 0 ? "elsewhere" : names[pick(count)] })
        }
        let failing = Set(names.filter { _ in pick(5) == 0 })
        // Whole and half minutes, so operations often end together and ties decide.
        let minutes = Dictionary(uniqueKeysWithValues: names.map { ($0, Double(pick(4)) / 2) })
        let module = ModulePlan(name: "m", wave: 0, waitsFor: [], actions: actions)
        let parallelism = 1 + pick(4)
        func walk(_ run: ((PlannedAction, Double) -> ModuleScheduler.Execution) -> [OperationRecord]) -> ([String], [OperationRecord]) {
            var calls: [String] = []
            let records = run { action, minute in
                calls.append("\(action.address)@\(minute)")
                return ModuleScheduler.Execution(minutes: minutes[action.address] ?? 1,
                                                 failure: failing.contains(action.address) ? AWSFailure(code: "Boom", message: "no") : nil)
            }
            return (calls, records)
        }
        let mode: PlanMode = deleting ? .destroy : .apply
        let numbered = walk { ModuleScheduler(parallelism: parallelism).run(module, start: 3, execute: $0) }
        let reference = walk { ReferenceScheduler(parallelism: parallelism).run(module, mode: mode, start: 3, execute: $0) }
        #expect(numbered.0 == reference.0)
        #expect(numbered.1 == reference.1)
    }
}
