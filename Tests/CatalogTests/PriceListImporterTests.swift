@testable import Catalog
import Diagnostics
import Foundation
import Testing

struct PriceListImporterTests {
    static let regions = ["US East (N. Virginia)": "us-east-1", "EU (Ireland)": "eu-west-1"]

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try Data(contentsOf: url)
    }

    @Test func ec2OfferKeepsLinuxComputeStandardNoUpfrontAndGp3() throws {
        let conversion = try PriceListImporter.convert(
            from: try Self.fixture("PriceListImporterTests-ec2-offer"), file: "ec2-offer.json",
            regionsByLocation: Self.regions, asOf: "2026-11-25")
        let source = "AWS Price List offer file AmazonEC2 2026-11-20T00:00:00Z (ec2-offer.json) SKU "
        let compute = PriceKey(service: "ec2", region: "us-east-1", productFamily: "compute", instanceType: "t3.large",
                               operatingSystem: "linux")
        var reserved = compute
        reserved.term = "1yr-no-upfront"
        // Sorted by key: ebs before ec2, and the 1yr term before on-demand. The Partial Upfront
        // term (an upfront fee plus a lower hourly rate) and the Windows product are absent.
        #expect(conversion.rows == [
            PriceRow(key: PriceKey(service: "ebs", region: "us-east-1", productFamily: "storage", usageType: "gp3"),
                     unit: "GB-month", usdPerUnit: "0.08",
                     description: "$0.08 per GB-month of General Purpose (gp3) provisioned storage - US East (Northern Virginia)",
                     source: source + "CCCGP3STORAGE003", asOf: "2026-11-25"),
            PriceRow(key: reserved, unit: "hour", usdPerUnit: "0.052",
                     description: "Linux/UNIX (Amazon VPC), t3.large reserved instance applied",
                     source: source + "AAAT3LARGELNX001", asOf: "2026-11-25"),
            PriceRow(key: compute, unit: "hour", usdPerUnit: "0.0832",
                     description: "$0.0832 per On Demand Linux t3.large Instance Hour",
                     source: source + "AAAT3LARGELNX001", asOf: "2026-11-25"),
        ])
        #expect(conversion.skippedProducts == 1)
    }

    @Test func rdsOfferKeepsMySQLDeploymentsFoundByLocationOrRegionCode() throws {
        let rows = try PriceListImporter.rows(
            from: try Self.fixture("PriceListImporterTests-rds-offer"), file: "rds-offer.json",
            regionsByLocation: Self.regions, asOf: "2026-11-25")
        let source = "AWS Price List offer file AmazonRDS 2026-11-18T00:00:00Z (rds-offer.json) SKU "
        func key(_ deployment: String, _ term: String = "on-demand") -> PriceKey {
            PriceKey(service: "rds", region: "us-east-1", productFamily: "compute", instanceType: "db.t3.medium",
                     engine: "mysql", deployment: deployment, term: term)
        }
        // The single-AZ product has only `location`; the multi-AZ one also has `regionCode`.
        #expect(rows.map(\.key) == [key("multi-az"), key("single-az", "3yr-no-upfront"), key("single-az")])
        #expect(rows.map(\.usdPerUnit) == ["0.136", "0.032", "0.068"])
        #expect(rows.allSatisfy { $0.unit == "hour" && $0.tierStart == 0 && $0.asOf == "2026-11-25" })
        #expect(rows.map(\.source) == [source + "RDSMYSQLMAZ00002", source + "RDSMYSQLSAZ00001", source + "RDSMYSQLSAZ00001"])
    }

    @Test func aLocationTheRegionTableDoesNotKnowIsSkipped() throws {
        let conversion = try PriceListImporter.convert(
            from: try Self.fixture("PriceListImporterTests-rds-offer"), file: "rds-offer.json",
            regionsByLocation: [:], asOf: "2026-11-25")
        // Only the multi-AZ product still resolves, through its regionCode.
        #expect(conversion.rows.map(\.deployment) == ["multi-az"])
        #expect(conversion.skippedProducts == 2)
    }

    @Test func anOfferWithoutTermsFails() {
        let error = #expect(throws: CatalogError.self) {
            try PriceListImporter.rows(from: Data("{\"offerCode\": \"AmazonEC2\", \"products\": {}}".utf8), file: "bad.json",
                                       regionsByLocation: Self.regions, asOf: "2026-11-25")
        }
        #expect(error == .offerRefused(SourceLocation(file: "bad.json", line: 1, column: 1),
                                       "not an AWS Price List offer file: it has no `products` or no `terms`"))
    }

    /// Bad JSON is reported where it is, as file:line:column, in words without Swift's type names.
    @Test(arguments: [
        ("{\"offerCode\": \"AmazonEC2\", \"products\": {", 1, 41, "the file ends before the JSON document does (is it complete?)"),
        ("[1, 2, 3]", 1, 1, "expected '{' (an object)"),
        ("{\"offerCode\": \"AmazonEC2\",\n  \"products\" {}}", 2, 14, "expected ':' after the key \"products\""),
        ("{\"products\": {}, \"terms\": {\"OnDemand\": {\"X\": [1,]}}}", 1, 49, "expected a value"),
        ("{\"products\": {}}\n\n  x", 3, 3, "unexpected text after the end of the JSON document"),
    ])
    func badJSONIsReportedWhereItIs(json: String, line: Int, column: Int, detail: String) {
        let error = #expect(throws: CatalogError.self) {
            try PriceListImporter.rows(from: Data(json.utf8), file: "bad.json", regionsByLocation: Self.regions, asOf: "2026-11-25")
        }
        #expect(error == .invalidJSON(SourceLocation(file: "bad.json", line: line, column: column), detail))
        #expect(error?.description.hasPrefix("bad.json:\(line):\(column): error: invalid JSON: ") == true)
    }

    @Test func pricesKeepAWSDigitsWithoutTrailingZeros() {
        #expect(PriceListImporter.trimmedDecimal("0.0832000000") == "0.0832")
        #expect(PriceListImporter.trimmedDecimal("0.0000000000") == "0")
        #expect(PriceListImporter.trimmedDecimal("100.0000000000") == "100")
        #expect(PriceListImporter.trimmedDecimal("218") == "218")
        #expect(PriceListImporter.trimmedDecimal("1.2.3") == nil)
        #expect(PriceListImporter.trimmedDecimal("1e3") == nil)
        #expect(PriceListImporter.trimmedDecimal("-0.5") == nil)
    }

    @Test func onlyStandardNoUpfrontOneOrThreeYearReservationsHaveATerm() {
        func name(_ length: String, _ option: String, _ offering: String) -> String? {
            PriceListImporter.reservedTermName(
                ["LeaseContractLength": length, "PurchaseOption": option, "OfferingClass": offering])
        }
        #expect(name("1yr", "No Upfront", "standard") == "1yr-no-upfront")
        #expect(name("3yr", "No Upfront", "standard") == "3yr-no-upfront")
        #expect(name("1yr", "Partial Upfront", "standard") == nil)
        #expect(name("1yr", "All Upfront", "standard") == nil)
        #expect(name("1yr", "No Upfront", "convertible") == nil)
    }
}
