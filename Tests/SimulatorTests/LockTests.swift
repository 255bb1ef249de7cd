import Account
import Planner
import Simulator
import Testing

/// Section 1.7: a unit whose state lock is held fails with Terraform's text; the run never
/// takes or releases what another holder has.
struct LockTests {
    @Test func heldLockFailsTheUnitAndIsLeftAlone() throws {
        let rig = try Rig.defaultProd()
        let lockID = FakeAccount.lockID(bucket: rig.lockBucket, stateKey: FakeAccount.stateKey(scope: "prod", module: "vpc"))
        try rig.account.acquireLock(lockID: lockID, holder: "someone@else pid 42", operation: "OperationTypeApply")

        let result = try rig.run()
        let vpc = try result.module("vpc")
        #expect(vpc.status == .failed)
        #expect(vpc.message?.contains("Error acquiring the state lock") == true)
        #expect(vpc.message?.contains("someone@else pid 42") == true)
        #expect(vpc.operations.isEmpty)
        // Everything else depends on vpc.
        #expect(result.modules.filter { $0.name != "vpc" }.allSatisfy { $0.status == .earlyExit })
        #expect(try rig.account.resources().isEmpty)

        // The other holder's lock is still there, and ours are all released.
        let locks = try rig.account.locks()
        #expect(locks.map(\.lockID) == [lockID])
        #expect(locks.first?.holder == "someone@else pid 42")
    }

    @Test func heldLockOnALeafUnitLetsTheRestApply() throws {
        let rig = try Rig.defaultProd()
        let lockID = FakeAccount.lockID(bucket: rig.lockBucket, stateKey: FakeAccount.stateKey(scope: "prod", module: "redis"))
        try rig.account.acquireLock(lockID: lockID, holder: "someone@else pid 42", operation: "OperationTypeApply")
        let result = try rig.run()
        #expect(try result.module("redis").status == .failed)
        #expect(try result.module("redis").message?.contains("Error acquiring the state lock") == true)
        #expect(try rig.account.state(stateKey: FakeAccount.stateKey(scope: "prod", module: "redis")).isEmpty)
        #expect(result.modules.filter { $0.name != "redis" }.allSatisfy { $0.status == .succeeded })
        #expect(try rig.account.locks().map(\.holder) == ["someone@else pid 42"])
    }
}
