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
    func run(_ actions: [PlannedAction], mode: PlanMode = .apply, parallelism: Int = 10,
             failing: Set<String> = [], minutes: [String: Double] = [:]) -> (records: [OperationRecord], calls: [String]) {
        var calls: [String] = []
        let module = ModulePlan(name: "m", wave: 0, waitsFor: [], actions: actions)
        let records = ModuleScheduler(parallelism: parallelism).run(module, mode: mode, start: 0) { action, _ in
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
        #expect(run(deletes, mode: .destroy).calls == ["c", "b", "a"])
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
