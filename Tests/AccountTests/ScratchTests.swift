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

    /// A copy rolled back after every run logs nothing; everything else it does the same.
    @Test func aCopyWithoutEventsLogsNothingAndElseBehavesTheSame() throws {
        let original = try FakeAccount.inMemory()
        try original.log(.note, scope: "prod", module: "vpc", message: "before the copy")
        let quiet = try original.scratchCopy(keepingEvents: false)
        let kept = try original.scratchCopy()
        #expect(!quiet.keepsEvents && kept.keepsEvents && original.keepsEvents)
        for account in [quiet, kept] {
            let event = EventDraft(.create, scope: "prod", module: "vpc", address: "aws_vpc.this", message: "Creation complete after 2s")
            _ = try account.createAndRecord(resource: sampleVPC, stateKey: "prod/vpc", entry: stateEntry("aws_vpc.this", resourceID: ""),
                                            event: event)
            try account.log(.note, scope: "prod", module: "vpc", message: "after")
        }
        #expect(try quiet.events().map(\.message) == ["before the copy"])
        #expect(try kept.events().map(\.message) == ["before the copy", "Creation complete after 2s", "after"])
        #expect(try quiet.resources().map(\.id) == kept.resources().map(\.id))
        #expect(try quiet.state(stateKey: "prod/vpc") == kept.state(stateKey: "prod/vpc"))
    }
}
