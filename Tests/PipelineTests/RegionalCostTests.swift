import Foundation
import Testing

/// `edxplan cost Scenarios/multi-environment.yaml --format json` with `aws_region` set to each of
/// the catalog's 13 regions: it exits 0, and the `unpriced` list is exactly the components the
/// shipped catalog has no published regional price for (docs/catalog.md, "What is not priced").
/// A price that goes missing, or a gap a new source fills, changes the list and fails the test.
@Suite struct RegionalCostTests {
    static let regions = ["us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "eu-west-1", "eu-west-2",
                          "eu-central-1", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"]

    static let database = "module.db.module.db_instance.aws_db_instance.this[0]"

    /// `environment address price-key` of every component that has no published source in most
    /// regions outside us-east-1; `REGION` stands for the scenario's region.
    static let gaps = [
        "shared aws_ecr_repository.openedx ecr/storage REGION on-demand",
        "prod aws_elb.ingress_nginx elb/data_processed REGION classic on-demand",
        "prod aws_elb.tutor_caddy elb/data_processed REGION classic on-demand",
        "prod \(database) rds/cpu_credits REGION db.t3 on-demand",
        "prod \(database) rds/extended_support REGION mysql year1-2 on-demand",
        "prod aws_docdb_cluster.default docdb/storage REGION docdb on-demand",
        "prod aws_docdb_cluster.default docdb/io REGION docdb on-demand",
        "prod aws_docdb_cluster.default docdb/backup REGION docdb on-demand",
        "prod aws_docdb_cluster_instance.default[0] docdb/compute REGION db.t3.medium docdb on-demand",
        "staging aws_elb.ingress_nginx elb/data_processed REGION classic on-demand",
        "staging aws_elb.tutor_caddy elb/data_processed REGION classic on-demand",
        "staging \(database) rds/extended_support REGION mysql year3 on-demand",
        "dev aws_elb.ingress_nginx elb/data_processed REGION classic on-demand",
        "dev aws_elb.tutor_caddy elb/data_processed REGION classic on-demand",
        "dev \(database) rds/cpu_credits REGION db.t3 on-demand",
        "dev \(database) rds/extended_support REGION mysql year1-2 on-demand",
    ]

    /// The gaps a published regional source fills (docs/catalog.md), by the start of the price key:
    /// in those regions the component is priced and leaves the list. Every one of them, in all 13,
    /// except DocumentDB in us-west-1, where AWS does not offer it.
    static let filled: [String: Set<String>] = [
        "elb/data_processed": Set(regions), "ecr/storage": Set(regions), "rds/": Set(regions),
        "docdb/": Set(regions).subtracting(["us-west-1"]),
    ]

    static func expected(in region: String) -> [String] {
        guard region != "us-east-1" else { return [] }
        return gaps.filter { gap in
            let key = gap.split(separator: " ", maxSplits: 2)[2]
            return !filled.contains { key.hasPrefix($0.key) && $0.value.contains(region) }
        }.map { $0.replacingOccurrences(of: "REGION", with: region) }.sorted()
    }

    @Test(arguments: regions)
    func multiEnvironmentCostListsExactlyTheUnpricedComponents(region: String) throws {
        let folder = try Support.scratch("regional-cost")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        let text = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/multi-environment.yaml"), encoding: .utf8)
        let moved = text.replacingOccurrences(of: "aws_region: us-east-1", with: "aws_region: \(region)")
        #expect(moved != text || region == "us-east-1")
        try moved.write(to: folder.appendingPathComponent("school.yaml"), atomically: true, encoding: .utf8)

        let result = try CLI.run(["cost", "school.yaml", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let unpriced = try #require(document["unpriced"] as? [[String: Any]])
        let found = unpriced.map { entry in
            ["environment", "address", "price_key"].map { entry[$0] as? String ?? "?" }.joined(separator: " ")
        }.sorted()
        #expect(found == Self.expected(in: region))
        // DocumentDB is not offered in us-west-1 at all; elsewhere its reason is the missing source.
        for entry in unpriced where (entry["price_key"] as? String ?? "").hasPrefix("docdb/") {
            let reason = entry["reason"] as? String ?? ""
            #expect(reason.contains(region == "us-west-1" ? "AWS does not offer Amazon DocumentDB in us-west-1" : "no published price"),
                    "\(reason)")
        }
    }

    /// The offer files of the update tests' mirror (AWS's format, eu-west-1: AmazonDocDB, AmazonEC2,
    /// AmazonRDS, AWSELB, AmazonECR...) given to `catalog update --from DIR` price every component the
    /// shipped catalog leaves out there: the same scenario then has nothing unpriced.
    @Test func anUpdateFromOfferFilesPricesTheRest() throws {
        let folder = try Support.scratch("regional-update")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: try Support.catalogPath()),
                                         to: folder.appendingPathComponent("catalog.sqlite"))
        let text = try String(contentsOf: Support.root.appendingPathComponent("Scenarios/multi-environment.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "aws_region: us-east-1", with: "aws_region: eu-west-1")
            .write(to: folder.appendingPathComponent("school.yaml"), atomically: true, encoding: .utf8)
        let mirror = Support.root.appendingPathComponent("Tests/CatalogUpdateTests/Fixtures/CatalogUpdaterTests-mirror")
        let catalog = ["--catalog", "catalog.sqlite"]
        let update = try CLI.run(["catalog", "update", "--from", mirror.path, "--region", "eu-west-1"]
            + ["AmazonDocDB", "AmazonEC2", "AmazonRDS", "AWSELB", "AmazonECR"].flatMap { ["--service", $0] } + catalog, in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        let result = try CLI.run(["cost", "school.yaml", "--format", "json"] + catalog, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((document["unpriced"] as? [Any])?.isEmpty == true, "\(document["unpriced"] ?? "none")")
    }
}
