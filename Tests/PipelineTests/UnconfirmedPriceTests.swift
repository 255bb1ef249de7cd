import Foundation
import GRDB
import Testing

/// A price from a catalog row not confirmed against a checked source (its source says
/// UNCONFIRMED) is marked wherever the component is shown: `†` after its name in the table and in
/// Markdown, with the legend under them, and `"confirmed": false` in JSON; CSV carries the row's
/// source. Confirmed prices carry no mark. The shipped catalog has no such row left, so the test's
/// copy of it marks one: AWS Backup for S3's warm storage, which was the last.
@Suite struct UnconfirmedPriceTests {
    static let component = "Backup storage (Amazon S3, warm)"

    /// safe-teardown.yaml backs the bucket up with AWS Backup, priced from that row.
    static func folder(markingBackupUnconfirmed: Bool = true) throws -> (URL, String) {
        let folder = try Support.scratch("unconfirmed")
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        if markingBackupUnconfirmed {
            let catalog = folder.appendingPathComponent("Catalog/catalog.sqlite")
            try DatabaseQueue(path: catalog.path).write { db in
                try db.execute(sql: "UPDATE prices SET source = 'UNCONFIRMED (test): ' || source WHERE service = 'backup' AND usage_type = 's3-warm'")
                #expect(db.changesCount == 1)
            }
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: catalog.path)
        }
        return (folder, "Scenarios/safe-teardown.yaml")
    }

    /// Every price the shipped catalog holds is confirmed against a source.
    @Test func theShippedCatalogHasNoUnconfirmedRow() throws {
        let (folder, file) = try Self.folder(markingBackupUnconfirmed: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = try DatabaseQueue(path: folder.appendingPathComponent("Catalog/catalog.sqlite").path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM prices WHERE source LIKE '%UNCONFIRMED%'")
        }
        #expect(count == 0)
        let json = try CLI.run(["cost", file, "--format", "json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(!json.stdout.contains("\"confirmed\""))
    }

    @Test func everyFormatMarksTheUnconfirmedPrice() throws {
        let (folder, file) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Without COLUMNS the table is not fitted to a terminal: names stay whole.
        let table = try CLI.run(["cost", file], in: folder, environment: ["COLUMNS": nil])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("\(Self.component) * †"))
        #expect(table.stdout.contains("† price not confirmed against a checked source"))
        let markdown = try CLI.run(["cost", file, "--format", "markdown"], in: folder)
        #expect(markdown.stdout.contains("\(Self.component) \\* † |"))
        #expect(markdown.stdout.contains("† price not confirmed against a checked source"))
        let json = try CLI.run(["cost", file, "--format", "json"], in: folder)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let components = ((document["environments"] as? [[String: Any]]) ?? [])
            .flatMap { ($0["services"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["resources"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["components"] as? [[String: Any]]) ?? [] }
        let unconfirmed = components.filter { $0["confirmed"] as? Bool == false }
        #expect(unconfirmed.map { $0["price_key"] as? String ?? "" } == ["backup/storage us-east-1 s3-warm on-demand"])
        let csv = try CLI.run(["cost", file, "--format", "csv"], in: folder)
        #expect(csv.stdout.split(separator: "\n").contains { $0.contains(Self.component) && $0.contains("UNCONFIRMED") })
    }

    /// The default scenario's prices are all confirmed: no mark, no legend, no `confirmed` key. So are
    /// T4g nodes' CPU credits, priced from AWS's statement that the rate is the same in every region.
    @Test func confirmedPricesCarryNoMark() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            extends: Scenarios/default.yaml
            environments:
              prod:
                kubernetes:
                  node_groups: [{ name: default, instance_type: t4g.large, min: 1, max: 2, desired: 1, disk_gb: 20 }]
                usage: { cpu_credit_vcpu_hours: 100 }

            """.write(to: folder.appendingPathComponent("graviton.yaml"), atomically: true, encoding: .utf8)
        for file in ["Scenarios/default.yaml", "graviton.yaml"] {
            let table = try CLI.run(["cost", file], in: folder, environment: ["COLUMNS": nil])
            #expect(table.status == 0, "\(file): \(table.stderr)")
            #expect(!table.stdout.contains("†"), "\(file)")
            let json = try CLI.run(["cost", file, "--format", "json"], in: folder)
            #expect(!json.stdout.contains("\"confirmed\""), "\(file)")
        }
        let graviton = try CLI.run(["cost", "graviton.yaml", "--format", "csv"], in: folder)
        #expect(graviton.stdout.contains("ec2/cpu_credits us-east-1 t4g"), "the t4g credits are priced")
    }
}
