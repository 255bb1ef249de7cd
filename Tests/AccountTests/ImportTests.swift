import Account
import Blueprint
import Foundation
import Testing

/// `FakeAccount.importState`: the rows it writes in bulk (values bound through SQLite's C
/// API, indexes made after the rows) are the rows the account reads back, and a refusal
/// leaves the account as it was.
@Suite struct ImportTests {
    static func object(_ index: Int, module: String = "vpc", attributes: [String: AttributeValue] = everyAttributeCase,
                       dependencies: [String] = []) -> ImportedObject {
        let address = "module.vpc.aws_subnet.private[\(index)]"
        let new = NewResource(type: "aws_subnet", region: "us-east-1", scope: "prod", module: module, address: address,
                              attributes: attributes, parentID: index == 0 ? nil : "subnet-0")
        let entry = StateEntry(address: address, type: "aws_subnet", module: module, resourceID: "", attributes: attributes,
                               tainted: index == 2, dependencies: dependencies)
        return ImportedObject(new: new, id: "subnet-\(index)", arn: "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-\(index)",
                              stateKey: FakeAccount.stateKey(scope: "prod", module: module), entry: entry)
    }

    func indexes(_ file: URL) throws -> String {
        try sqlite3(file, "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name;").output
    }

    @Test func rowsReadBackAsImported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("import.sqlite")
        let account = try FakeAccount.open(at: file)
        let before = try indexes(file)
        let objects = (0..<3).map { Self.object($0, dependencies: ["module.vpc.aws_vpc.this[\"a\"]", "module.vpc.aws_internet_gateway.this"]) }
        try account.importState(objects, replacing: ["prod/vpc"], notes: [])
        let resources = try account.resources()
        #expect(resources.map(\.id) == ["subnet-0", "subnet-1", "subnet-2"])
        #expect(resources.allSatisfy { $0.attributes == everyAttributeCase && $0.address?.hasPrefix("module.vpc.aws_subnet") == true })
        #expect(resources.map(\.parentID) == [nil, "subnet-0", "subnet-0"])
        #expect(resources.map(\.arn) == objects.map(\.resource.arn))
        let entries = try account.state(stateKey: "prod/vpc")
        #expect(entries.count == 3)
        #expect(entries.values.allSatisfy { $0.attributes == everyAttributeCase && $0.dependencies.count == 2 })
        #expect(entries["module.vpc.aws_subnet.private[2]"]?.tainted == true)
        #expect(entries["module.vpc.aws_subnet.private[2]"]?.resourceID == "subnet-2")
        // The indexes put aside while the rows went in are all back, as the migrations made them.
        #expect(try indexes(file) == before)
        #expect(try sqlite3(file, "PRAGMA integrity_check;").output.trimmingCharacters(in: .whitespacesAndNewlines) == "ok")
        #expect(try account.resources(type: "aws_subnet", attribute: "count", equals: .int(3)).count == 3)
    }

    @Test func aRefusedRowLeavesTheAccountAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("import.sqlite")
        let account = try FakeAccount.open(at: file)
        try account.importState([Self.object(7)], replacing: ["prod/vpc"], notes: [])
        let before = try indexes(file)
        // One unit's state naming one object twice: SQLite's UNIQUE (state_key, resource_id) refuses the second row.
        var twice = Self.object(1)
        twice.entry.address = "module.vpc.aws_subnet.again"
        #expect {
            try account.importState([Self.object(1), Self.object(2), twice], replacing: ["prod/vpc"], notes: [])
        } throws: { error in
            guard case AccountError.rejected(let detail) = error else { return false }
            return detail.contains("UNIQUE constraint failed: state_entries.state_key, state_entries.resource_id")
        }
        #expect(try account.resources().map(\.id) == ["subnet-7"])
        #expect(try account.state(stateKey: "prod/vpc").keys.sorted() == ["module.vpc.aws_subnet.private[7]"])
        #expect(try indexes(file) == before)
    }
}
