import Account
import Simulator
import Testing

/// `--seed` decides durations only: the same seed replays exactly, another seed moves the
/// clock but not what happens.
struct DeterminismTests {
    func applied(seed: UInt64) throws -> (result: RunResult, ids: [String]) {
        let rig = try Rig.defaultProd()
        let result = try rig.run(seed: seed)
        return (result, try rig.account.resources().map(\.id))
    }

    @Test func sameSeedSameRunAndSameIDs() throws {
        let first = try applied(seed: 7)
        let second = try applied(seed: 7)
        #expect(first.result == second.result)
        #expect(first.ids == second.ids)
    }

    @Test func anotherSeedChangesDurationsNotOutcomes() throws {
        let one = try applied(seed: 1)
        let other = try applied(seed: 2)
        #expect(one.result.totalMinutes != other.result.totalMinutes)
        #expect(one.result.statuses == other.result.statuses)
        #expect(one.result.succeeded && other.result.succeeded)
        func outcomes(_ run: RunResult) -> [String: OperationStatus] {
            Dictionary(uniqueKeysWithValues: run.modules.flatMap(\.operations).map { ("\($0.module) \($0.address)", $0.status) })
        }
        #expect(outcomes(one.result) == outcomes(other.result))
        // IDs come from the account's creation counter, so they may follow the new order;
        // how many objects exist does not.
        #expect(one.ids.count == other.ids.count)
    }
}
