import Account
import Blueprint
import Foundation
import Testing

@Suite struct FileTests {
    @Test func defaultPathIsPerScenario() {
        let url = FakeAccount.defaultPath(root: URL(fileURLWithPath: "/repo"), scenario: "default-prod")
        #expect(url.path == "/repo/.edxplan/accounts/default-prod.sqlite")
    }

    @Test func garbageBytesAreABadInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("garbage.sqlite")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }).write(to: file)
        let error = #expect(throws: AccountError.self) { try FakeAccount.open(at: file) }
        guard case .unreadable(let path, _) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(path == file.path)
        #expect(error?.exitCode == .badInput)
        #expect(error?.description.contains(file.path) == true)
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("catalog.sqlite")
        #expect(try sqlite3(file, "CREATE TABLE prices (id INTEGER);").status == 0)
        #expect(throws: AccountError.notAnAccount(path: file.path)) { try FakeAccount.open(at: file) }
        #expect(try sqlite3(file, "SELECT count(*) FROM sqlite_master WHERE name = 'resources';").output
            .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aNewerEdxplansAccountIsNotMigratedBackwards() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("newer.sqlite")
        _ = try FakeAccount.open(at: file)
        #expect(try sqlite3(file, "INSERT INTO grdb_migrations VALUES ('account-v99');").status == 0)
        #expect(throws: AccountError.newerSchema(path: file.path)) { try FakeAccount.open(at: file) }
    }

    /// An account made before account-v4 gets the certificate-by-domain index when next opened,
    /// and SQLite uses it for the lookup CloudFront's certificate data source makes (H13).
    @Test func anOlderAccountGainsTheCertificateIndex() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("older.sqlite")
        _ = try FakeAccount.open(at: file)
        let index = "resources_aws_acm_certificate_domain_name"
        #expect(try sqlite3(file, "DROP INDEX \(index); DELETE FROM grdb_migrations WHERE identifier = 'account-v4-certificate-lookup';").status == 0)
        let account = try FakeAccount.open(at: file)
        let plan = try sqlite3(file, "EXPLAIN QUERY PLAN SELECT id FROM resources WHERE type = 'aws_acm_certificate' "
                                     + "AND json_extract(attributes, '$.domain_name') = 'courses.yourschool.edu';").output
        #expect(plan.contains("USING INDEX \(index)"), "\(plan)")
        let made = try account.create(resource: NewResource(type: "aws_acm_certificate", region: "us-east-1", scope: "prod", module: "cloudfront",
                                                            address: "module.acm.aws_acm_certificate.this[0]",
                                                            attributes: ["domain_name": .string("courses.yourschool.edu")]))
        #expect(try account.resources(type: "aws_acm_certificate", attribute: "domain_name", equals: .string("courses.yourschool.edu"))
            .map(\.id) == [made.id])
    }

    @Test func reopenedFileKeepsEverything() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = FakeAccount.defaultPath(root: folder, scenario: "prod")
        let vpcID: String
        do {
            let account = try FakeAccount.open(at: file)
            try account.setMinute(30)
            try account.setScenario("prod")
            vpcID = try account.createAndRecord(resource: sampleVPC, stateKey: "prod/vpc",
                                                entry: stateEntry("aws_vpc.this", resourceID: "")).id
            try account.acquireLock(lockID: "b/prod/vpc", holder: "me@host pid 1", operation: "OperationTypeApply")
            try account.createSnapshot(id: "prod-final", sourceResourceID: "prod", kind: .final, data: ["engine": .string("mysql")])
            try account.setData(DataItem(resourceID: "prod", kind: .rows, quantity: 120_000, description: "edxapp tables"))
            try account.setQuota(code: "L-F678F1CE", name: "VPCs per Region", value: 5, scope: "region")
            try account.log(.create, scope: "prod", module: "vpc", address: "aws_vpc.this", resourceID: vpcID, message: "created")
        }
        #expect(try sqlite3(file, "PRAGMA journal_mode;").output.trimmingCharacters(in: .whitespacesAndNewlines) == "wal")
        let account = try FakeAccount.open(at: file)
        #expect(try account.resource(id: vpcID)?.attributes == sampleVPC.attributes)
        #expect(try account.state(stateKey: "prod/vpc")["aws_vpc.this"]?.resourceID == vpcID)
        #expect(try account.locks().map(\.holder) == ["me@host pid 1"])
        #expect(try account.snapshot(id: "prod-final")?.data == ["engine": .string("mysql")])
        #expect(try account.snapshot(id: "prod-final")?.createdAtMinute == 30)
        #expect(try account.dataItems(resourceID: "prod").map(\.quantity) == [120_000])
        #expect(try account.quota(code: "L-F678F1CE")?.value == 5)
        #expect(try account.events().map(\.message) == ["created"])
        #expect(try account.minute() == 30)
        #expect(try account.scenario() == "prod")
        // The counter survived too: the next ID is not a repeat of the first.
        #expect(try account.create(resource: sampleVPC).id != vpcID)
    }

    @Test func snapshotNamesCannotBeReused() throws {
        let account = try FakeAccount.inMemory()
        try account.createSnapshot(id: "prod-final", sourceResourceID: "prod", kind: .final)
        let error = #expect(throws: AccountError.self) {
            try account.createSnapshot(id: "prod-final", sourceResourceID: "prod", kind: .final)
        }
        #expect(error?.message.hasPrefix("DBSnapshotAlreadyExists") == true)
        #expect(try account.snapshots(of: "prod").count == 1)
        #expect(try account.deleteSnapshot(id: "prod-final"))
        #expect(try account.snapshots().isEmpty)
    }

    @Test func eventsKeepLoggingOrderAndLimitTakesTheLatest() throws {
        let account = try FakeAccount.inMemory()
        try account.setMinute(5)
        for index in 1...4 {
            // Minutes go backwards on purpose: order is by sequence, not by clock.
            try account.log(.note, scope: index % 2 == 0 ? "prod" : "staging", module: "vpc",
                            message: "event \(index)", minute: Double(10 - index))
        }
        try account.log(.fail, scope: "prod", module: "vpc", message: "event 5", errorCode: "DependencyViolation")
        #expect(try account.events().map(\.message) == ["event 1", "event 2", "event 3", "event 4", "event 5"])
        #expect(try account.events(scope: "prod").map(\.message) == ["event 2", "event 4", "event 5"])
        #expect(try account.events(limit: 2).map(\.message) == ["event 4", "event 5"])
        let last = try account.events(limit: 1).first
        #expect(last?.minute == 5 && last?.kind == .fail && last?.errorCode == "DependencyViolation")
    }

    @Test func summaryCountsAndResetEmpties() throws {
        let account = try FakeAccount.inMemory()
        let vpc = try account.createAndRecord(resource: sampleVPC, stateKey: "prod/vpc", entry: stateEntry("aws_vpc.this", resourceID: ""))
        _ = try account.create(resource: NewResource(type: "aws_elb", region: "us-east-1", scope: "prod", module: "kubernetes",
                                                     managedBy: .kubernetes, parentID: vpc.id, name: "k8s"))
        try account.taint(stateKey: "prod/vpc", address: "aws_vpc.this")
        try account.acquireLock(lockID: "b/prod/vpc", holder: "h", operation: "OperationTypeApply")
        try account.log(.note, scope: "prod", module: "vpc", message: "x")
        let summary = try account.summary()
        #expect(summary.resourcesByType == ["aws_vpc": 1, "aws_elb": 1])
        #expect(summary.resourcesByManagedBy == ["terraform": 1, "kubernetes": 1])
        #expect(summary.resourcesByScope == ["prod": 2] && summary.resources == 2)
        #expect(summary.stateEntries == 1 && summary.taintedEntries == 1 && summary.locks == 1 && summary.events == 1)

        try account.reset()
        let empty = try account.summary()
        #expect(empty.resources == 0 && empty.stateEntries == 0 && empty.locks == 0 && empty.events == 0)
        #expect(try account.quotas().isEmpty && account.dataItems().isEmpty)
        try account.log(.note, scope: "prod", module: "vpc", message: "after reset")
        #expect(try account.events().first?.seq == 1)
        let fresh = try FakeAccount.inMemory()
        #expect(try account.create(resource: sampleVPC).id == fresh.create(resource: sampleVPC).id)
    }
}
