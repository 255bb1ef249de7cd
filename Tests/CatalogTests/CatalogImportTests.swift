import Catalog
import Foundation
import Testing

struct CatalogImportTests {
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
    }

    /// A temporary copy of the source, built; the test gets the source and the catalog file.
    static func builtCopy(in root: URL) throws -> (CatalogSource, URL) {
        let source = try TestCatalog.copyOfSource(into: root)
        let file = root.appendingPathComponent("catalog.sqlite")
        try CatalogBuilder.build(source, to: file)
        return (source, file)
    }

    /// The source built into a new file: these tests are about what the import writes, so they
    /// stay clear of replacing an existing catalog.
    static func rebuilt(_ source: CatalogSource, in root: URL) throws -> Catalog {
        let file = root.appendingPathComponent("rebuilt-\(UUID().uuidString).sqlite")
        try CatalogBuilder.build(source, to: file)
        return try CatalogStore.read(file)
    }

    @Test func anImportedPriceReplacesTheHandWrittenOne() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (source, file) = try Self.builtCopy(in: root)
        let before = try CatalogStore.read(file)

        let result = try CatalogImport.run(.awsPriceList, file: try Self.fixture("CatalogImportTests-ec2-offer"),
                                           source: source, asOf: "2026-11-25")
        #expect(result.rows == 1)
        #expect(result.written.path == source.directory.path + "/imports/aws-price-list-CatalogImportTests-ec2-offer.sql")
        let text = try String(contentsOf: result.written, encoding: .utf8)
        #expect(text.hasPrefix("-- Imported by `edxplan catalog import aws-price-list` from CatalogImportTests-ec2-offer.json"))
        #expect(text.components(separatedBy: "INSERT OR REPLACE INTO prices").count == 2)

        let after = try Self.rebuilt(source, in: root)
        let price = try after.price(TestCatalog.t3LargeOnDemand)
        #expect(price.usdPerUnit == "0.0901")
        #expect(price.source == "AWS Price List offer file AmazonEC2 2026-11-24T00:00:00Z "
            + "(CatalogImportTests-ec2-offer.json) SKU IMPT3LARGELNX001")
        // Replaced, not added: the key still has one tier and the catalog the same row count.
        #expect(after.tiers(TestCatalog.t3LargeOnDemand).count == 1)
        #expect(after.priceRowCount == before.priceRowCount)
        var reserved = TestCatalog.t3LargeOnDemand
        reserved.term = "1yr-no-upfront"
        #expect(after.tiers(reserved) == before.tiers(reserved))
    }

    @Test func theSameInputAlwaysWritesTheSameFile() throws {
        let offer = try Self.fixture("PriceListImporterTests-ec2-offer")
        var texts: [Data] = []
        // Separate copies, so the comparison does not depend on overwriting a file.
        for _ in 0..<2 {
            let root = try TestCatalog.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: root) }
            let source = try TestCatalog.copyOfSource(into: root)
            let result = try CatalogImport.run(.awsPriceList, file: offer, source: source, asOf: "2026-11-25")
            #expect(result.rows == 3)
            texts.append(try Data(contentsOf: result.written))
        }
        #expect(texts.count == 2 && texts.first == texts.last)
    }

    @Test func importingAgainReplacesTheEarlierFile() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        let first = try CatalogImport.run(.awsPriceList, file: try Self.fixture("CatalogImportTests-ec2-offer"),
                                          source: source, asOf: "2026-11-24")
        _ = try CatalogImport.run(.awsPriceList, file: try Self.fixture("CatalogImportTests-ec2-offer"),
                                  source: source, asOf: "2026-11-25")
        #expect(try String(contentsOf: first.written, encoding: .utf8).contains(", as of 2026-11-25."))
    }

    @Test func quotesInTheFileNameAreEscaped() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        let renamed = root.appendingPathComponent("it's an offer.json")
        try FileManager.default.copyItem(at: try Self.fixture("CatalogImportTests-ec2-offer"), to: renamed)

        _ = try CatalogImport.run(.awsPriceList, file: renamed, source: source, asOf: "2026-11-25")
        let price = try Self.rebuilt(source, in: root).price(TestCatalog.t3LargeOnDemand)
        #expect(price.source.contains("(it's an offer.json)"))
    }

    @Test func importedInstanceTypesKeepTheBurstableFactsTheAPILacks() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (source, file) = try Self.builtCopy(in: root)
        let before = try CatalogStore.read(file).instanceType(service: "ec2", type: "t3.large")

        let result = try CatalogImport.run(.instanceTypes, file: try Self.fixture("CatalogImportTests-describe"),
                                           source: source, asOf: "2026-11-25")
        #expect(result.written.lastPathComponent == "instance-types-CatalogImportTests-describe.sql")
        let after = try Self.rebuilt(source, in: root).instanceType(service: "ec2", type: "t3.large")

        #expect(after.baselinePct == before.baselinePct)
        #expect(after.creditsPerHour == before.creditsPerHour)
        #expect(after.eksMaxPods == 35)
        #expect(after.source.hasPrefix("aws ec2 describe-instance-types (CatalogImportTests-describe.json); "
            + "baseline and credits kept from: "))
    }

    @Test func aMissingInputFileFails() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        let missing = root.appendingPathComponent("nowhere.json")
        let error = #expect(throws: CatalogError.self) {
            try CatalogImport.run(.awsPriceList, file: missing, source: source, asOf: "2026-11-25")
        }
        guard case .importFailed(let file, _) = error else {
            Issue.record("expected importFailed, got \(String(describing: error))")
            return
        }
        #expect(file == missing.path)
        // Nothing was written for it.
        let imports = source.directory.appendingPathComponent("imports").path
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: imports)) ?? []
        #expect(!listed.contains { $0.contains("nowhere") })
    }

    /// An offer file cut short in the middle of a product (a download that stopped): the error
    /// points at the end of the file, and no import file is written.
    @Test func aTruncatedOfferFileFailsWhereItEndsAndWritesNothing() throws {
        let root = try TestCatalog.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let source = try TestCatalog.copyOfSource(into: root)
        let whole = try String(contentsOf: try Self.fixture("CatalogImportTests-ec2-offer"), encoding: .utf8)
        let lines = whole.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = root.appendingPathComponent("cut.json")
        try lines.prefix(lines.count / 2).joined(separator: "\n").write(to: cut, atomically: true, encoding: .utf8)
        let error = #expect(throws: CatalogError.self) {
            try CatalogImport.run(.awsPriceList, file: cut, source: source, asOf: "2026-11-25")
        }
        guard case .invalidJSON(let location, let detail)? = error else {
            Issue.record("expected invalid JSON, got \(String(describing: error))")
            return
        }
        #expect(location.file == cut.path)
        #expect(location.line == lines.count / 2)
        #expect(detail.contains("ends"))
        let imports = (try? FileManager.default.contentsOfDirectory(atPath: source.directory.appendingPathComponent("imports").path)) ?? []
        #expect(!imports.contains { $0.contains("cut") })
    }
}
