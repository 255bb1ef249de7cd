import Catalog
import Foundation
import Testing

/// Shared by the catalog tests: the real source, temporary folders, and copies of the source
/// that a test may break or extend without touching the checkout.
enum TestCatalog {
    static func source() throws -> CatalogSource {
        try CatalogSource.find(from: URL(fileURLWithPath: #filePath))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `<root>/Catalog` with the checkout's migrations, data and imports, but never its built file.
    static func copyOfSource(into root: URL) throws -> CatalogSource {
        let original = try source()
        let copy = root.appendingPathComponent("Catalog")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for folder in ["migrations", "data", "imports"] {
            let from = original.directory.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: from.path) else { continue }
            try FileManager.default.copyItem(at: from, to: copy.appendingPathComponent(folder))
        }
        return CatalogSource(directory: copy)
    }

    /// The real catalog, built into a temporary folder and read back.
    static func built() throws -> Catalog {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("catalog.sqlite")
        try CatalogBuilder.build(try source(), to: file)
        return try CatalogStore.read(file)
    }

    static let t3LargeOnDemand = PriceKey(service: "ec2", region: "us-east-1", productFamily: "compute",
                                          instanceType: "t3.large", operatingSystem: "linux")
}

struct CatalogBuilderTests {
    @Test func theRealSourceBuildsIntoEveryTable() throws {
        let directory = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("catalog.sqlite")
        let count = try CatalogBuilder.build(try TestCatalog.source(), to: file)
        let catalog = try CatalogStore.read(file)

        #expect(count == catalog.priceRowCount)
        #expect(catalog.priceRowCount > 0)
        for service in ["ec2", "rds", "docdb", "elasticache"] {
            #expect(!catalog.instanceTypeNames(service: service).isEmpty, "no \(service) instance types")
        }
        #expect(catalog.regions["us-east-1"]?.location == "US East (N. Virginia)")
        #expect(!catalog.allowances.isEmpty)
        #expect(!catalog.durations.isEmpty)
        #expect(!catalog.quotas.isEmpty)
        #expect(catalog.meta["currency"] == "USD")

        let t3 = try catalog.price(TestCatalog.t3LargeOnDemand)
        #expect(t3.usdPerUnit == "0.0832")
        #expect(t3.unit == "hour")
        #expect(!t3.source.isEmpty)
        // Every price row cites where it came from (the schema's CHECK, seen from the reader).
        #expect(catalog.prices.values.joined().allSatisfy { !$0.source.isEmpty })
    }

    @Test func aFileOfGarbageIsUnreadable() throws {
        let directory = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("garbage.sqlite")
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }).write(to: file)

        let error = #expect(throws: CatalogError.self) { try CatalogStore.read(file) }
        guard case .unreadable(let path, _) = error else {
            Issue.record("expected unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == file.path)
    }

    @Test func aBrokenDataFileFailsTheBuildAndKeepsTheOldCatalog() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        let target = root.appendingPathComponent("catalog.sqlite")
        try CatalogBuilder.build(source, to: target)
        let before = try Data(contentsOf: target)

        let broken = source.directory.appendingPathComponent("data").appendingPathComponent("zz-broken.sql")
        try "INSERT INTO prices (service) VALUES ('ec2'".write(to: broken, atomically: true, encoding: .utf8)

        let error = #expect(throws: CatalogError.self) { try CatalogBuilder.build(source, to: target) }
        guard case .sourceFailed(let file, let detail) = error else {
            Issue.record("expected sourceFailed, got \(String(describing: error))")
            return
        }
        #expect(file == "Catalog/data/zz-broken.sql")
        #expect(!detail.isEmpty)
        #expect(try Data(contentsOf: target) == before)
        // No half-built temporary file is left next to the target.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["Catalog", "catalog.sqlite"])
    }

    @Test func rebuildingOverAnExistingCatalogReplacesIt() throws {
        let directory = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("catalog.sqlite")
        try CatalogBuilder.build(try TestCatalog.source(), to: target)
        try CatalogBuilder.build(try TestCatalog.source(), to: target)
        // Replacing goes through rename(2): the catalog is there, and no temporary file is left.
        #expect(FileManager.default.fileExists(atPath: target.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["catalog.sqlite"])
    }

    @Test func openRebuildsADefaultCatalogOlderThanItsSource() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        try CatalogBuilder.build(source, to: source.defaultBuiltFile)
        // Age the built file instead of sleeping, so the newer source is unambiguous.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)],
                                              ofItemAtPath: source.defaultBuiltFile.path)
        let imports = source.directory.appendingPathComponent("imports")
        try FileManager.default.createDirectory(at: imports, withIntermediateDirectories: true)
        try """
        INSERT OR REPLACE INTO prices (service, region, product_family, instance_type, operating_system, term, unit,
            usd_per_unit, source, as_of)
        VALUES ('ec2', 'us-east-1', 'compute', 't3.large', 'linux', 'on-demand', 'hour', '0.5', 'test', '2026-11-25');
        """.write(to: imports.appendingPathComponent("zz-test.sql"), atomically: true, encoding: .utf8)

        let catalog = try CatalogStore.open(explicit: nil, environment: [:], workingDirectory: root)
        #expect(try catalog.price(TestCatalog.t3LargeOnDemand).usdPerUnit == "0.5")

        // A catalog the user named is theirs: it is not rebuilt even when the source is newer.
        let named = root.appendingPathComponent("named.sqlite")
        try CatalogBuilder.build(source, to: named)
        try FileManager.default.removeItem(at: imports.appendingPathComponent("zz-test.sql"))
        let kept = try CatalogStore.open(explicit: named.path, environment: [:], workingDirectory: root)
        #expect(try kept.price(TestCatalog.t3LargeOnDemand).usdPerUnit == "0.5")
    }
}
