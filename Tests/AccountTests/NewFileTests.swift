import Account
import Blueprint
import Foundation
import Testing

/// `FakeAccount.build`: a new account file is made whole, beside its name, or not at all.
@Suite struct NewFileTests {
    static func vpc() -> NewResource {
        NewResource(type: "aws_vpc", region: "us-east-1", scope: "prod", module: "vpc", address: "aws_vpc.this",
                    attributes: ["cidr_block": .string("10.0.0.0/16")], managedBy: .terraform)
    }

    func pragma(_ file: URL, _ name: String) throws -> String {
        try sqlite3(file, "PRAGMA \(name);").output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aBuiltAccountIsAnOrdinaryAccountFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("accounts/new.sqlite")
        try FakeAccount.build(at: file) { account in _ = try account.create(resource: Self.vpc()) }
        #expect(!FileManager.default.fileExists(atPath: file.path + ".partial"))
        // What `open` makes a new account: WAL, 1 KiB pages.
        #expect(try pragma(file, "journal_mode") == "wal")
        #expect(try pragma(file, "page_size") == "1024")
        #expect(try pragma(file, "integrity_check") == "ok")
        #expect(try FakeAccount.openExisting(at: file).resources().map(\.address) == ["aws_vpc.this"])
        // The tables' CHECK constraints hold for every later connection.
        let refused = try sqlite3(file, "INSERT INTO state_entries (state_key, address, type, module, resource_id) VALUES ('no-slash', 'a', 't', 'm', 'r');")
        #expect(refused.status != 0 && refused.output.contains("CHECK constraint failed"), "\(refused.output)")
    }

    @Test func aFailureLeavesNoAccountAndNoPartialFile() throws {
        struct Stop: Error {}
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.sqlite")
        #expect(throws: Stop.self) {
            try FakeAccount.build(at: file) { account in
                _ = try account.create(resource: Self.vpc())
                throw Stop()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aLeftoverIsReplacedAndAnExistingAccountIsNotBuiltOver() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("new.sqlite")
        // What a killed build leaves: the next one starts afresh.
        try Data("half a database".utf8).write(to: URL(fileURLWithPath: file.path + ".partial"))
        try FakeAccount.build(at: file) { account in _ = try account.create(resource: Self.vpc()) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["new.sqlite"])
        let before = try Data(contentsOf: file)
        #expect(throws: AccountError.self) { try FakeAccount.build(at: file) { _ in } }
        #expect(try Data(contentsOf: file) == before)
    }
}
