import Catalog
import CatalogUpdate
import Foundation
import GRDB
import Testing
import TestSupport

/// `catalog update` against offer files in AWS's format, read from a folder and served over
/// HTTP by a server on 127.0.0.1: the same catalog either way, and every failure leaves the
/// catalog exactly as it was.
@Suite struct CatalogUpdaterTests {
    static let mirror = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("CatalogUpdaterTests-mirror")
    static let request = CatalogUpdater.Request(services: ["AmazonDocDB", "AmazonEKS"], regions: ["us-east-1", "eu-west-1"])

    /// A scratch folder holding `base.sqlite`, built from the checkout's Catalog/ source.
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try CatalogBuilder.build(try CatalogSource.find(from: URL(fileURLWithPath: #filePath)),
                                 to: folder.appendingPathComponent("base.sqlite"))
        return folder
    }

    /// Every row of every table, as text: two catalogs are the same when these are equal.
    static func dump(_ file: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: file.path)
        defer { try? queue.close() }
        return try queue.read { db in
            try ["prices", "catalog_meta", "instance_types", "regions"].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { row in
                    table + ": " + row.columnNames.filter { $0 != "id" }.map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }
            }.sorted()
        }
    }

    @Test func aFolderAndTheServerGiveTheSameCatalog() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.sqlite")
        let fromFolder = folder.appendingPathComponent("from-folder.sqlite")
        let fromServer = folder.appendingPathComponent("from-server.sqlite")

        let local = try CatalogUpdater.run(Self.request, fetcher: DirectoryFetcher(root: Self.mirror), base: base, target: fromFolder)
        let server = try LoopbackServer(root: Self.mirror)
        defer { server.stop() }
        let remote = try CatalogUpdater.run(Self.request, fetcher: HTTPFetcher(base: server.url, folder: folder.appendingPathComponent("dl")),
                                            base: base, target: fromServer)

        #expect(local.wrote && remote.wrote)
        #expect(local.changes == remote.changes)
        #expect(try Self.dump(fromFolder) == Self.dump(fromServer))
        #expect(try Self.dump(fromFolder) != Self.dump(base))
        // The downloads were removed once read.
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("dl").path)) ?? []).isEmpty)
        #expect(remote.notes == ["AmazonEKS: AWS publishes no offer for eu-west-1"])
    }

    /// DocumentDB in a region the hand-written catalog does not price: instance, storage, I/O
    /// (AWS quotes it per request, the catalog per million) and backup, at the offer's prices.
    @Test func aDocumentDBOfferPricesEveryDocumentDBComponent() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("updated.sqlite")
        try CatalogUpdater.run(Self.request, fetcher: DirectoryFetcher(root: Self.mirror),
                               base: folder.appendingPathComponent("base.sqlite"), target: target)
        let catalog = try CatalogStore.read(target)
        func price(_ family: String, _ type: String = "") throws -> String {
            try catalog.price(PriceKey(service: "docdb", region: "eu-west-1", productFamily: family, instanceType: type,
                                       engine: "docdb")).usdPerUnit
        }
        #expect(try price("compute", "db.r5.large") == "0.305")
        #expect(try price("compute", "db.t3.medium") == "0.086")
        #expect(try price("storage") == "0.11")
        #expect(try price("io") == "0.22")
        #expect(try price("backup") == "0.023")
        let row = try catalog.price(PriceKey(service: "docdb", region: "eu-west-1", productFamily: "io", engine: "docdb"))
        #expect(row.unit == "1M requests")
        #expect(row.asOf == "2026-12-01")
        #expect(row.source.hasPrefix("AWS Price List offer file AmazonDocDB 2026-12-01T00:00:00Z (AmazonDocDB eu-west-1) SKU "))
        // AWS's offer bills extended support as $0.50 on top of the $0.10 cluster hour.
        let extended = try catalog.price(PriceKey(service: "eks", region: "us-east-1", productFamily: "control_plane",
                                                  usageType: "extended"))
        #expect(extended.usdPerUnit == "0.6")
        #expect(extended.source.contains("(cluster hour 0.1) plus AWS Price List offer file AmazonEKS"), "\(extended.source)")
        #expect(extended.source.hasSuffix("(extended-support surcharge 0.5)"), "\(extended.source)")
        #expect(catalog.asOf == "2026-12-01")
    }

    /// Every offer the cost engine prices from, in eu-west-1 and for the world: the mirror's
    /// files, in AWS's format, also hold the products each mapping must leave out (Windows CPU
    /// credits, PostgreSQL CPU credits, Aurora's Extended Support, S3 Standard-IA, an ALB trust store, CloudWatch Infrequent Access ingestion, an
    /// air-gapped backup vault, inter-region transfer, CloudFront to the origin, latency-based
    /// DNS queries).
    static let everything = CatalogUpdater.Request(
        services: PriceListImporter.supportedOffers.filter { $0 != "AmazonElastiCache" },
        regions: ["eu-west-1"])

    @Test func everyServiceOfTheCostEngineIsReadTheSameFromAFolderAndTheServer() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("base.sqlite")
        let fromFolder = folder.appendingPathComponent("from-folder.sqlite")
        let fromServer = folder.appendingPathComponent("from-server.sqlite")
        let local = try CatalogUpdater.run(Self.everything, fetcher: DirectoryFetcher(root: Self.mirror), base: base, target: fromFolder)
        let server = try LoopbackServer(root: Self.mirror)
        defer { server.stop() }
        let remote = try CatalogUpdater.run(Self.everything, fetcher: HTTPFetcher(base: server.url, folder: folder.appendingPathComponent("dl")),
                                            base: base, target: fromServer)
        #expect(local.changes == remote.changes)
        #expect(try Self.dump(fromFolder) == Self.dump(fromServer))
        #expect(remote.read.contains("AmazonCloudFront global: 5 rows, published 2026-12-01T00:00:00Z"), "\(remote.read)")
        #expect(remote.read.contains("AmazonRoute53 global: 4 rows, published 2026-12-01T00:00:00Z"), "\(remote.read)")

        let catalog = try CatalogStore.read(fromFolder)
        func price(_ service: String, _ family: String, _ usage: String = "", region: String = "eu-west-1",
                   type: String = "", os: String = "", tier: Double = 0) throws -> String {
            let tiers = catalog.tiers(PriceKey(service: service, region: region, productFamily: family, instanceType: type,
                                               operatingSystem: os, usageType: usage))
            let row = try #require(tiers.first { $0.tierStart == tier }, "\(service)/\(family) \(usage) \(region) tier \(tier)")
            #expect(row.source.contains("AWS Price List offer file"), "\(row.source)")
            return row.usdPerUnit
        }
        #expect(try price("ec2", "compute", type: "t3.large", os: "linux") == "0.0912")
        #expect(try price("ec2", "cpu_credits", "t3") == "0.05")
        #expect(try price("rds", "cpu_credits", "db.t3") == "0.075")
        // MySQL 5.7 and 8.0 have a SKU each at the same price: one row.
        let yearOne = catalog.tiers(PriceKey(service: "rds", region: "eu-west-1", productFamily: "extended_support",
                                             engine: "mysql", usageType: "year1-2"))
        #expect(yearOne.map(\.usdPerUnit) == ["0.1"])
        #expect(yearOne.first?.unit == "vCPU-hour")
        #expect(catalog.tiers(PriceKey(service: "rds", region: "eu-west-1", productFamily: "extended_support",
                                       engine: "mysql", usageType: "year3")).map(\.usdPerUnit) == ["0.2"])
        #expect(try price("vpc", "nat_gateway", "hours") == "0.048")
        #expect(try price("vpc", "nat_gateway", "data_processed") == "0.048")
        #expect(try price("vpc", "public_ipv4", "in-use") == "0.005")
        #expect(try price("vpc", "public_ipv4", "idle") == "0.005")
        #expect(try price("s3", "storage", "standard") == "0.023")
        #expect(try price("s3", "storage", "standard", tier: 51200) == "0.022")
        #expect(try price("s3", "storage", "standard", tier: 512000) == "0.021")
        #expect(try price("s3", "requests", "tier1") == "0.005")
        #expect(try price("s3", "requests", "tier2") == "0.0004")
        #expect(try price("elb", "load_balancer", "classic") == "0.028")
        #expect(try price("elb", "data_processed", "classic") == "0.008")
        #expect(try price("elb", "load_balancer", "application") == "0.0252")
        #expect(try price("elb", "lcu", "application") == "0.008")
        #expect(try price("elb", "load_balancer", "network") == "0.0252")
        #expect(try price("elb", "lcu", "network") == "0.006")
        #expect(try price("cloudwatch", "logs_ingest") == "0.57")
        #expect(try price("cloudwatch", "logs_storage") == "0.03")
        #expect(try price("secretsmanager", "secret") == "0.4")
        #expect(try price("secretsmanager", "requests") == "0.05")
        #expect(try price("backup", "storage", "s3-warm") == "0.05")
        #expect(try price("ecr", "storage") == "0.1")
        #expect(try price("data_transfer", "data_transfer", "internet-out") == "0.09")
        #expect(try price("data_transfer", "data_transfer", "internet-out", tier: 153600) == "0.05")
        #expect(try price("data_transfer", "data_transfer", "inter-az") == "0.01")
        #expect(try price("cloudfront", "data_transfer", "europe", region: "global") == "0.085")
        #expect(try price("cloudfront", "data_transfer", "europe", region: "global", tier: 10240) == "0.08")
        #expect(try price("cloudfront", "data_transfer", "japan", region: "global") == "0.114")
        #expect(try price("cloudfront", "requests", "https-europe", region: "global") == "0.012")
        #expect(try price("cloudfront", "requests", "http-europe", region: "global") == "0.009")
        #expect(try price("route53", "hosted_zone", region: "global") == "0.5")
        #expect(try price("route53", "hosted_zone", region: "global", tier: 25) == "0.1")
        #expect(try price("route53", "queries", "standard", region: "global") == "0.4")
        #expect(try price("route53", "queries", "standard", region: "global", tier: 1000) == "0.2")
        // Units as the catalog quotes them.
        let units = try catalog.price(PriceKey(service: "s3", region: "eu-west-1", productFamily: "requests", usageType: "tier1")).unit
        #expect(units == "1K requests")
        // One file per service, CloudFront's and Route 53's for the world; EKS has no eu-west-1 file here.
        let expected = Self.everything.services.filter { $0 != "AmazonEKS" }.map {
            PriceListImporter.globalOffers.contains($0) ? "\($0) global" : "\($0) eu-west-1"
        }
        #expect(local.read.map { String($0.prefix { $0 != ":" }) }.sorted() == expected.sorted())
        #expect(local.notes == ["AmazonEKS: AWS publishes no offer for eu-west-1"])
    }

    /// Each broken answer fails the update and leaves the target as it was: here an earlier
    /// update's file, byte for byte.
    @Test(arguments: ["404", "500", "truncated", "invalid JSON", "truncated JSON"])
    func aFailedDownloadChangesNothing(_ failure: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("catalog.sqlite")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("base.sqlite"), to: target)
        let before = try Data(contentsOf: target)
        let offer = "/offers/v1.0/aws/AmazonDocDB/20261201000000/eu-west-1/index.json"
        let original = try Data(contentsOf: Self.mirror.appendingPathComponent(String(offer.dropFirst())))
        let server = try LoopbackServer(root: Self.mirror) { path in
            guard path == offer else { return nil }
            switch failure {
            case "404": return .status(404)
            case "500": return .status(500)
            case "truncated": return .truncated(original.prefix(original.count / 2), claimed: original.count)
            default: return nil
            }
        }
        defer { server.stop() }
        // Broken JSON is served as a whole, well-formed HTTP reply.
        if failure.hasSuffix("JSON") {
            let broken = folder.appendingPathComponent("broken")
            try FileManager.default.copyItem(at: Self.mirror, to: broken)
            let text = failure == "invalid JSON"
                ? String(decoding: original, as: UTF8.self).replacingOccurrences(of: "\"productFamily\": \"Database Storage\"",
                                                                                 with: "\"productFamily\" \"Database Storage\"")
                : String(decoding: original.prefix(original.count - 40), as: UTF8.self)
            try text.write(to: broken.appendingPathComponent(String(offer.dropFirst())), atomically: true, encoding: .utf8)
            let brokenServer = try LoopbackServer(root: broken)
            defer { brokenServer.stop() }
            let error = #expect(throws: (any Error).self) {
                try CatalogUpdater.run(Self.request, fetcher: HTTPFetcher(base: brokenServer.url, folder: folder.appendingPathComponent("dl")),
                                       base: target, target: target)
            }
            let message = "\(error.map { "\($0)" } ?? "")"
            #expect(message.contains("\(brokenServer.url.absoluteString)\(offer):"), "names the file: \(message)")
            #expect(message.contains("invalid JSON"), "\(message)")
        } else {
            let error = #expect(throws: UpdateError.self) {
                try CatalogUpdater.run(Self.request, fetcher: HTTPFetcher(base: server.url, folder: folder.appendingPathComponent("dl")),
                                       base: target, target: target)
            }
            if failure == "truncated" {
                guard case .transfer = error else { Issue.record("expected a transfer error, got \(String(describing: error))"); return }
            } else {
                #expect(error == .http(url: server.url.absoluteString + offer, status: Int(failure) ?? 0))
            }
        }
        #expect(try Data(contentsOf: target) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file left: \(leftovers)")
    }

    /// A mirror serving an offer older than the one the catalog was updated from: the catalog's
    /// newer prices stay, the update says so, and nothing is written.
    @Test func anOfferOlderThanTheCatalogsIsNotApplied() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("catalog.sqlite")
        let eks = CatalogUpdater.Request(services: ["AmazonEKS"], regions: ["us-east-1"])
        try CatalogUpdater.run(eks, fetcher: DirectoryFetcher(root: Self.mirror), base: folder.appendingPathComponent("base.sqlite"),
                               target: target)
        let before = try Data(contentsOf: target)

        let older = folder.appendingPathComponent("older")
        try FileManager.default.copyItem(at: Self.mirror, to: older)
        let offer = older.appendingPathComponent("offers/v1.0/aws/AmazonEKS/20261201000000/us-east-1/index.json")
        try String(contentsOf: offer, encoding: .utf8)
            .replacingOccurrences(of: "\"publicationDate\": \"2026-12-01T00:00:00Z\"", with: "\"publicationDate\": \"2026-10-01T00:00:00Z\"")
            .replacingOccurrences(of: "0.1000000000", with: "0.2000000000")
            .write(to: offer, atomically: true, encoding: .utf8)
        let server = try LoopbackServer(root: older)
        defer { server.stop() }
        let report = try CatalogUpdater.run(eks, fetcher: HTTPFetcher(base: server.url, folder: folder.appendingPathComponent("dl")),
                                            base: target, target: target)
        #expect(!report.wrote)
        #expect(report.notes == ["AmazonEKS us-east-1: the offer published 2026-10-01T00:00:00Z is older than the one the catalog "
            + "has (2026-12-01T00:00:00Z); kept the catalog's prices"])
        #expect(try Data(contentsOf: target) == before)
    }

    /// A second update from a newer offer: changed prices are listed largest first, and a SKU
    /// the offer no longer has is removed.
    @Test func aNewerOfferChangesAndRemovesRows() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("catalog.sqlite")
        let eks = CatalogUpdater.Request(services: ["AmazonEKS"], regions: ["us-east-1"])
        let first = try CatalogUpdater.run(eks, fetcher: DirectoryFetcher(root: Self.mirror),
                                           base: folder.appendingPathComponent("base.sqlite"), target: target)
        // The hand-written rows had the same prices: nothing added or changed, two replaced in place.
        #expect(first.changes.added == 0 && first.changes.changed.isEmpty && first.changes.unchanged == 2)

        let newer = folder.appendingPathComponent("newer")
        try FileManager.default.copyItem(at: Self.mirror, to: newer)
        let offer = newer.appendingPathComponent("offers/v1.0/aws/AmazonEKS/20261201000000/us-east-1/index.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: offer)) as! [String: Any]
        json["publicationDate"] = "2027-01-01T00:00:00Z"
        var products = json["products"] as! [String: Any]
        products["EKSEXTENDED00001"] = nil
        json["products"] = products
        var terms = json["terms"] as! [String: [String: Any]]
        let standard = try JSONSerialization.data(withJSONObject: terms["OnDemand"]!["EKSSTANDARD00001"]!)
        terms["OnDemand"]!["EKSSTANDARD00001"] = try JSONSerialization.jsonObject(
            with: Data(String(decoding: standard, as: UTF8.self).replacingOccurrences(of: "0.1000000000", with: "0.1200000000").utf8))
        json["terms"] = terms
        try JSONSerialization.data(withJSONObject: json).write(to: offer)

        let second = try CatalogUpdater.run(eks, fetcher: DirectoryFetcher(root: newer), base: target, target: target)
        #expect(second.changes.removed == 1)
        #expect(second.changes.changed.map(\.key) == ["eks/control_plane us-east-1 standard on-demand"])
        #expect(second.changes.changed.first.map { ($0.old, $0.new) }! == ("0.1", "0.12"))
        let catalog = try CatalogStore.read(target)
        #expect(catalog.tiers(PriceKey(service: "eks", region: "us-east-1", productFamily: "control_plane", usageType: "extended")).isEmpty)
        #expect(catalog.asOf == "2027-01-01")
    }

    @Test func unknownServicesAndRegionsAreRefusedBeforeAnyDownload() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        for (request, expected) in [
            (CatalogUpdater.Request(services: ["AmazonEc2"]), "edxplan does not read prices from the offer 'AmazonEc2'"),
            (CatalogUpdater.Request(regions: ["mars-north-1"]), "the catalog has no region 'mars-north-1'"),
        ] {
            let error = #expect(throws: UpdateError.self) {
                try CatalogUpdater.run(request, fetcher: DirectoryFetcher(root: empty), base: folder.appendingPathComponent("base.sqlite"),
                                       target: folder.appendingPathComponent("out.sqlite"))
            }
            #expect(error?.message == expected)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.sqlite").path))
    }
}
