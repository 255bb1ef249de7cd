import Account
import Blueprint
import Testing

/// Scratch copies for rehearsals: in memory, restored after each run, and each call inside
/// still all or nothing.
@Suite struct ScratchTests {
    @Test func restoringPutsTheCopyBackAndLeavesTheOriginalAlone() throws {
        let original = try FakeAccount.inMemory()
        let vpc = try original.create(resource: sampleVPC)
        let scratch = try original.scratchCopy()
        let first = try scratch.restoring {
            let made = try scratch.create(resource: subnet(in: vpc.id, index: 1))
            try scratch.delete(id: vpc.id)
            try scratch.setMinute(42)
            return made
        }
        #expect(try scratch.resources().map(\.id) == [vpc.id])
        #expect(try scratch.minute() == 0)
        // The same calls after a restore give the same IDs: the counter was restored too.
        let again = try scratch.restoring { try scratch.create(resource: subnet(in: vpc.id, index: 1)) }
        #expect(again.id == first.id)
        #expect(try original.resources().map(\.id) == [vpc.id])
    }

    @Test func aFailedCreateInsideARestoreDoesNotUseUpAnID() throws {
        let scratch = try FakeAccount.inMemory().scratchCopy()
        let plain = try FakeAccount.inMemory()
        func attempt(_ account: FakeAccount) throws -> [String] {
            var named = sampleVPC
            named.type = "aws_s3_bucket"
            named.attributes = ["bucket": .string("edxplan-prod")]
            _ = try account.create(resource: named)
            #expect(throws: AccountError.alreadyExists(id: "edxplan-prod")) { _ = try account.create(resource: named) }
            _ = try account.create(resource: sampleVPC)
            return try account.resources().map(\.id)
        }
        #expect(try scratch.restoring { try attempt(scratch) } == attempt(plain))
    }

    @Test func onlyAScratchCopyCanBeRestored() throws {
        let account = try FakeAccount.inMemory()
        #expect(throws: AccountError.self) { try account.restoring { } }
    }
}
