import Catalog
import Cost
import Foundation
import Testing
@testable import PlanCost
import TerraformPlan

/// The cost engine on real plans: each figure worked out by hand from catalog rows.
@Suite struct PlanCosterTests {
    let catalog: Catalog

    init() throws { catalog = try PlanTestCatalog.load() }

    static func plan(_ name: String) throws -> TerraformPlan {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        return try PlanJSONReader.read(try Data(contentsOf: url), name: "\(name).json")
    }

    func price(_ service: String, _ family: String, type: String = "", engine: String = "", deployment: String = "",
               os: String = "", usage: String = "", region: String = "us-east-1") throws -> Decimal {
        let row = try catalog.price(PriceKey(service: service, region: region, productFamily: family, instanceType: type, engine: engine,
                                             deployment: deployment, operatingSystem: os, usageType: usage))
        return try #require(Money(exactly: row.usdPerUnit)).amount
    }

    func cents(_ value: Decimal) -> Money { Money(value).rounded() }

    /// Acceptance: a plan that replaces the node group (t3.large -> t3.xlarge, destroyed first)
    /// and deletes the database shows the monthly change and both hazards.
    @Test func nodeGroupReplacedAndDatabaseDeleted() throws {
        let document = try PlanCoster.price(try Self.plan("nodeGroupReplacedDatabaseDeleted"), file: "plan.json", catalog: catalog)
        let hours: Decimal = 730
        let gp2 = try price("ebs", "storage", usage: "gp2")
        let large = cents(try price("ec2", "compute", type: "t3.large", os: "linux") * hours * 2) + cents(gp2 * 40)
        let xlarge = cents(try price("ec2", "compute", type: "t3.xlarge", os: "linux") * hours * 2) + cents(gp2 * 40)
        let database = cents(try price("rds", "compute", type: "db.t3.small", engine: "mysql", deployment: "single-az") * hours)
            + cents(try price("rds", "storage", engine: "mysql", deployment: "single-az", usage: "gp2") * 20)
        // Kubernetes 1.34 and MySQL 8.4 are in standard support on the catalog's date: no extended-support lines.
        let cluster = cents(try price("eks", "control_plane", usage: "standard") * hours)

        let group = try #require(document.resources.first { $0.type == "aws_eks_node_group" })
        #expect(group.action == "replace")
        // Burstable t3 nodes may add CPU credits with usage; the plan has none, so only hours and disk.
        #expect(group.monthlyBefore == large && group.monthlyAfter == xlarge)
        #expect(group.changes == ["instance_types: [\"t3.large\"] -> [\"t3.xlarge\"]"])
        let db = try #require(document.resources.first { $0.type == "aws_db_instance" })
        #expect(db.action == "delete" && db.monthlyBefore == database && db.monthlyAfter == .zero && db.after == nil)
        #expect(document.monthlyBefore == large + database + cluster)
        #expect(document.monthlyAfter == xlarge + cluster)
        #expect(document.monthlyChange == xlarge - large - database)
        #expect(document.freeResources == 1)
        #expect(document.region == "us-east-1")

        #expect(document.hazards.map(\.id) == ["H1", "replace-downtime"])
        let loss = document.hazards[0]
        #expect(loss.severity == "data-loss" && loss.address == db.address && loss.title == "RDS destroy deletes every database for good")
        #expect(loss.evidence.contains("skip_final_snapshot = true") && loss.evidence.contains("deletion_protection = false"))
        let outage = document.hazards[1]
        #expect(outage.severity == "downtime" && outage.address == group.address)
        #expect(outage.evidence.contains("forced by instance_types"))
        #expect((outage.downtimeMinutes ?? 0) > 0)
    }

    @Test func createBeforeDestroyReplacementIsNoOutage() throws {
        var plan = try Self.plan("nodeGroupReplacedDatabaseDeleted")
        let index = try #require(plan.changes.firstIndex { $0.type == "aws_eks_node_group" })
        plan.changes[index].actions = ["create", "delete"]
        let document = try PlanCoster.price(plan, file: "plan.json", catalog: catalog)
        #expect(document.hazards.map(\.id) == ["H1"])
    }

    @Test func protectedDatabaseStopsTheApplyInsteadOfLosingData() throws {
        var plan = try Self.plan("nodeGroupReplacedDatabaseDeleted")
        let index = try #require(plan.changes.firstIndex { $0.type == "aws_db_instance" })
        var before = try #require(plan.changes[index].before?.members)
        before = before.map { $0.key == "deletion_protection" ? ($0.key, JSONValue.bool(true)) : $0 }
        plan.changes[index].before = .object(before)
        let hazards = try PlanCoster.price(plan, file: "plan.json", catalog: catalog).hazards
        #expect(hazards.map(\.id) == ["TS-H9", "replace-downtime"])
        #expect(hazards[0].awsError?.hasPrefix("InvalidParameterCombination: Cannot delete protected DB Instance") == true)
    }

    @Test func passwordsNeverLeaveThePlan() throws {
        let document = try PlanCoster.price(try Self.plan("nodeGroupReplacedDatabaseDeleted"), file: "plan.json", catalog: catalog)
        let everything = "\(document.resources) \(document.hazards) \(document.unpriced)"
        #expect(!everything.contains("planted-plan-password"))
    }

    @Test func whatCannotBePricedIsListedWithItsReason() throws {
        let document = try PlanCoster.price(try Self.plan("unpricedWithReasons"), file: "plan.json", catalog: catalog)
        let reasons = Dictionary(document.unpriced.map { ($0.address, $0.reason) }, uniquingKeysWith: { $0 + "; " + $1 })
        #expect(reasons["aws_rds_cluster.aurora"] == "the cost engine has no model for aws_rds_cluster")
        #expect(reasons["aws_db_instance.reports"] == "engine postgres: the catalog prices RDS for MySQL only")
        #expect(reasons["aws_eks_node_group.spot"]?.hasPrefix("Spot capacity") == true)
        #expect(reasons["aws_instance.worker"] == "known only after apply: instance_type")
        // KMS keys are priced in us-east-1 only: in eu-west-1 the engine says so.
        #expect(reasons["aws_kms_key.eks"]?.contains("no published price") == true)
        #expect(reasons["aws_iam_role.node"] == nil && reasons["helm_release.ingress"] == nil)
        #expect(document.freeResources == 2)
        let lb = try #require(document.resources.first { $0.address == "aws_lb.internal" })
        #expect(lb.monthlyAfter == cents(try price("elb", "load_balancer", usage: "network", region: "eu-west-1") * 730))
        // Capacity units are priced in us-east-1 only: listed, not guessed.
        #expect(reasons["aws_lb.internal"]?.hasPrefix("Network load balancer capacity units (NLCU): the catalog has no published price") == true)
        #expect(document.region == "eu-west-1")
    }

    @Test func regionComesFromTheProviderThenArnsThenTheFallback() throws {
        var plan = try Self.plan("nodeGroupReplacedDatabaseDeleted")
        #expect(PlanRegions.planRegion(plan, given: "eu-west-1") == "eu-west-1")
        plan.providerRegions = [:]
        #expect(PlanRegions.planRegion(plan, given: nil) == "us-east-1")
        plan.changes = plan.changes.filter { $0.before?["arn"] == nil }
        #expect(PlanRegions.planRegion(plan, given: nil) == nil)
        let document = try PlanCoster.price(plan, file: "plan.json", catalog: catalog)
        #expect(document.assumptions.first?.contains("names no AWS region") == true)
    }
}

/// The real catalog, built once from the repository's Catalog/ source.
enum PlanTestCatalog {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let shared: Result<Catalog, Error> = Result {
        let source = try CatalogSource.find(from: repository)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-plancost-tests-\(UUID().uuidString).sqlite")
        try CatalogBuilder.build(source, to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CatalogStore.read(file)
    }

    static func load() throws -> Catalog { try shared.get() }
}
