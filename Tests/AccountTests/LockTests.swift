import Account
import Foundation
import Testing

@Suite struct LockTests {
    let lockID = FakeAccount.lockID(bucket: "prod-terraform-state", stateKey: "prod/vpc/terraform.tfstate")

    @Test func secondAcquireNamesTheHolder() throws {
        let account = try FakeAccount.inMemory()
        try account.acquireLock(lockID: lockID, holder: "ci@runner-1 pid 41", operation: "OperationTypeApply")
        let error = #expect(throws: AccountError.self) {
            try account.acquireLock(lockID: lockID, holder: "me@laptop pid 7", operation: "OperationTypePlan")
        }
        #expect(error?.exitCode == .findings)
        let text = error?.description ?? ""
        #expect(text.contains("Error acquiring the state lock"))
        for line in ["ID:", "Path:      \(lockID)", "Operation: OperationTypeApply", "Who:       ci@runner-1 pid 41", "Created:"] {
            #expect(text.contains(line), "missing \(line)")
        }
        #expect(text.contains("-lock=false"))

        #expect(throws: AccountError.lockMismatch(lockID: lockID, holder: "me@laptop pid 7", heldBy: "ci@runner-1 pid 41")) {
            try account.releaseLock(lockID: lockID, holder: "me@laptop pid 7")
        }
        try account.releaseLock(lockID: lockID, holder: "ci@runner-1 pid 41")
        #expect(try account.locks().isEmpty)
        try account.acquireLock(lockID: lockID, holder: "me@laptop pid 7", operation: "OperationTypePlan")
        #expect(try account.forceUnlock(lockID: lockID)?.holder == "me@laptop pid 7")
        #expect(try account.locks().isEmpty)
        try account.releaseLock(lockID: lockID, holder: "me@laptop pid 7")  // already gone: fine
    }

    @Test func aLockTakenByAnotherProcessIsSeen() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("account.sqlite")
        let account = try FakeAccount.open(at: file)
        let insert = """
            INSERT INTO locks (lock_id, holder, operation, created_at, info)
            VALUES ('\(lockID)', 'other@host pid 99', 'OperationTypeApply', datetime('now'), '')
            ON CONFLICT (lock_id) DO NOTHING; SELECT changes();
            """
        let first = try sqlite3(file, insert)
        #expect(first.status == 0)
        #expect(first.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        let error = #expect(throws: AccountError.self) {
            try account.acquireLock(lockID: lockID, holder: "me@laptop pid 7", operation: "OperationTypeApply")
        }
        #expect(error?.description.contains("Who:       other@host pid 99") == true)

        // The reverse: held here, the other process's conditional insert changes nothing.
        try account.forceUnlock(lockID: lockID)
        try account.acquireLock(lockID: lockID, holder: "me@laptop pid 7", operation: "OperationTypeApply")
        let second = try sqlite3(file, insert)
        #expect(second.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(try account.locks().map(\.holder) == ["me@laptop pid 7"])
    }
}

/// Terraform prints a lock's `Created:` in Go's default UTC format; ours must read the same.
@Suite struct LockTimeTests {
    @Test func createdReadsLikeGosDefaultTimeFormat() throws {
        let account = try FakeAccount.inMemory()
        let before = Date()
        try account.acquireLock(lockID: "b/prod/vpc", holder: "me", operation: "OperationTypeApply")
        let created = try #require(try account.locks().first?.createdAt)
        #expect(created.wholeMatch(of: /\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6} \+0000 UTC/) != nil, "\(created)")
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        // The minute, from an independent formatter (a test at hh:59:59.99 may see the next one).
        let minutes = [before, before.addingTimeInterval(1)].map(formatter.string(from:))
        #expect(minutes.contains(String(created.prefix(16))), "\(created) against \(minutes)")
    }
}
