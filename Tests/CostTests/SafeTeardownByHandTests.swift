import Catalog
import Cost
import Foundation
import Scenario
import Testing

/// What the teardown settings of Scenarios/safe-teardown.yaml cost while prod runs, worked out
/// by hand from the catalog rows: the Secrets Manager secrets, AWS Backup for the bucket and
/// the snapshots of Tutor's volumes. Everything else must cost what it costs in default.yaml,
/// so the difference between the two totals is exactly these lines.
@Suite struct SafeTeardownByHandTests {
    let catalog: Catalog
    let safe: CostDocument
    let base: CostDocument

    init() throws {
        catalog = try TestCatalog.load()
        safe = try CostEngine.price(try TestCatalog.scenario("safe-teardown.yaml"), catalog: catalog)
        base = try CostEngine.price(try TestCatalog.scenario("default.yaml"), catalog: catalog)
    }

    func key(_ service: String, _ family: String, engine: String = "", usage: String = "") -> PriceKey {
        PriceKey(service: service, region: "us-east-1", productFamily: family, instanceType: "", engine: engine,
                 deployment: "", operatingSystem: "", usageType: usage)
    }

    func price(_ key: PriceKey) throws -> Decimal { try TestCatalog.price(catalog, key) }
    func cents(_ value: Decimal) -> Money { Money(value).rounded() }

    func resources(_ document: CostDocument) throws -> [PricedResource] {
        try #require(document.environments.first { $0.name == "prod" }).services.flatMap(\.resources)
    }

    /// (address, component name, expected monthly cost) of every line the settings add.
    func addedLines() throws -> [(String, String, Money)] {
        let secret = cents(try price(key("secretsmanager", "secret")))
        let secrets = ["admin_edx", "edx_secret_key", "jwt", "mysql_root", "mysql_openedx", "mongodb_admin"].map {
            ("aws_secretsmanager_secret.\($0)", "Secret", secret)
        }
        let snapshot = try price(key("ebs", "snapshot", usage: "standard"))
        let volumes = [("mongodb", 5), ("elasticsearch", 2), ("caddy", 1)].map { claim, gib in
            ("kubernetes_persistent_volume_claim.\(claim)", "Snapshot (standard tier, one full snapshot kept)",
             cents(snapshot * Decimal(gib)))
        }
        // One warm copy of the bucket's 50 GB (usage.s3_storage_gb of default.yaml).
        let vault = ("aws_backup_vault.openedx_prod_backups", "Backup storage (Amazon S3, warm)",
                     cents(try price(key("backup", "storage", usage: "s3-warm")) * 50))
        return secrets + volumes + [vault]
    }

    @Test func everyAddedLineMatchesTheHandCalculation() throws {
        let priced = try resources(safe)
        for (address, name, expected) in try addedLines() {
            let resource = try #require(priced.first { $0.address == address }, "no resource \(address)")
            let component = try #require(resource.components.first { $0.name == name }, "\(address): no \(name)")
            #expect(component.monthlyCost == expected, "\(address) \(name)")
            #expect(!component.source.isEmpty)
        }
        #expect(try addedLines().reduce(Money.zero) { $0 + $1.2 } == Money(exactly: "5.30"))
    }

    @Test func theTotalIsTheDefaultTotalPlusTheAddedLines() throws {
        let added = try addedLines().reduce(Money.zero) { $0 + $1.2 }
        #expect(base.monthlyTotal == Money(exactly: "887.09"))
        #expect(safe.monthlyTotal == base.monthlyTotal + added)
        #expect(safe.monthlyTotal == Money(exactly: "892.39"))
    }

    @Test func secretsAPICallsDependOnUsage() throws {
        let calls = try resources(safe).filter { $0.type == "aws_secretsmanager_secret" }
            .flatMap(\.components).filter { $0.name == "API requests" }
        #expect(calls.count == 6)
        for call in calls {
            #expect(call.quantity == nil)
            #expect(call.usageBased)
            #expect(call.unitPrice == Money(try price(key("secretsmanager", "requests"))))
        }
    }

    /// Final snapshots and kept automated backups cost nothing while the environment runs:
    /// the backup lines of the databases are the default's, quantity for quantity.
    @Test func whatIsKeptAfterADestroyIsNotARunningCost() throws {
        let backups = { (document: CostDocument) throws -> [PricedComponent] in
            try self.resources(document).filter { ["aws_db_instance", "aws_docdb_cluster", "aws_elasticache_replication_group"].contains($0.type) }
                .flatMap(\.components).filter { $0.priceKey.productFamily == "backup" }
        }
        let kept = try backups(safe)
        #expect(kept.map(\.quantity) == (try backups(base)).map(\.quantity))
        #expect(kept.map(\.monthlyCost) == (try backups(base)).map(\.monthlyCost))
        let rds = try #require(kept.first { $0.priceKey.service == "rds" })
        #expect(rds.note?.contains("not in the total") == true)
        #expect(safe.assumptions.contains { $0.hasPrefix("Final snapshots and automated backups kept after a destroy") })
        #expect(!base.assumptions.contains { $0.hasPrefix("Final snapshots") })
    }

    @Test func theAssumptionsSayWhatIsNotPriced() throws {
        let backup = try #require(safe.assumptions.first { $0.hasPrefix("AWS Backup for S3") })
        #expect(backup.contains("noncurrent versions"))
        #expect(safe.assumptions.contains { $0.contains("one EBS snapshot kept per volume") })
        #expect(safe.assumptions.count == base.assumptions.count + 4)
    }

    /// The list prices these lines come from; a changed row fails here first.
    @Test func theRowsAreAWSListPrices() throws {
        let expected: [(PriceKey, String)] = [
            (key("backup", "storage", usage: "s3-warm"), "0.05"),
            (key("secretsmanager", "secret"), "0.40"),
            (key("secretsmanager", "requests"), "0.05"),
            (key("ebs", "snapshot", usage: "standard"), "0.05"),
            (key("rds", "backup", engine: "mysql"), "0.095"),
            (key("docdb", "backup", engine: "docdb"), "0.021"),
            (key("elasticache", "backup", engine: "redis"), "0.085"),
        ]
        for (priceKey, list) in expected {
            #expect(try price(priceKey) == Decimal(string: list), "\(priceKey)")
            #expect(try catalog.price(priceKey).asOf == "2026-11-25", "\(priceKey)")
        }
    }
}
