import Account
import Blueprint
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// A kill at any write of `apply` leaves an account that converges: after `account unlock`
/// and a second apply, the plan says No changes and the account holds what an uninterrupted
/// apply holds. The kill is fault injection (`FakeAccount.crash(afterWrites:)`): the first N
/// writes commit, no later one does, as after `kill -9` between two transactions.
@Suite struct CrashPointTests {
    /// What an account holds, named without the IDs a second run draws anew.
    static func holdings(_ account: FakeAccount) throws -> [String] {
        try account.resources(scope: "prod").map { object in
            "\(object.type) \(object.module) \(object.address ?? "-") \(object.managedBy.rawValue) \(object.status.rawValue)"
        }.sorted()
    }

    static func stateAddresses(_ account: FakeAccount) throws -> [String] {
        try account.stateEntries(scope: "prod").flatMap { module, entries in entries.keys.map { "\(module) \($0)" } }.sorted()
    }

    @Test func everyKillOfTheDefaultApplyConverges() throws {
        let scenario = try SimulatorFixtures.scenario(file: "default.yaml")
        let uninterrupted = try Rig(scenario)
        _ = try uninterrupted.run()
        let expected = try Self.holdings(uninterrupted.account)
        let expectedState = try Self.stateAddresses(uninterrupted.account)
        #expect(expected.contains { $0.hasPrefix("aws_elb kubernetes_ingress_clb - kubernetes") })

        var diverged: [String] = []
        var writes = 0
        var completed = false
        while !completed {
            let rig = try Rig(scenario)
            rig.account.crash(afterWrites: writes)
            do {
                let result = try rig.run()
                // Every write went through: the kill came after the run's last one.
                completed = !result.modules.flatMap(\.operations).contains { $0.failure?.code == "AccountError" }
            } catch AccountError.crashed {}
            // The process is gone; the next one finds the file as the kill left it.
            rig.account.crash(afterWrites: .max)
            for lock in try rig.account.locks() { try rig.account.forceUnlock(lockID: lock.lockID) }
            _ = try rig.run()
            let plan = try rig.plan()
            let holdings = try Self.holdings(rig.account)
            let state = try Self.stateAddresses(rig.account)
            if plan.hasChanges || holdings != expected || state != expectedState {
                let changed = plan.modules.flatMap(\.actions).filter { $0.action != .noop }.map { "\($0.action) \($0.address)" }
                diverged.append("killed after \(writes) writes: plan \(changed), extra \(holdings.filter { !expected.contains($0) }), "
                    + "missing \(expected.filter { !holdings.contains($0) })")
            }
            writes += 1
            try #require(writes < 2_000, "the apply never completed under the crash point")
        }
        #expect(writes > 50, "the default apply makes more writes than that")
        #expect(diverged.isEmpty, "\(diverged.count) of \(writes) kill points do not converge:\n\(diverged.prefix(10).joined(separator: "\n"))")
    }
}
