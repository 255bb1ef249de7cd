import Catalog
@testable import Cost
import Foundation
import Savings
import Scenario
import Sizing
@testable import StakeholderReport

/// The real catalog built once from Catalog/ into a temporary file, and the shipped scenarios.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalogResult: Result<Catalog, Error> = Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-report-tests-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try CatalogBuilder.build(try CatalogSource.find(from: URL(fileURLWithPath: #filePath)), to: file)
        return try CatalogStore.read(file)
    }

    static func catalog() throws -> Catalog { try catalogResult.get() }

    static func scenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: root.appendingPathComponent("Scenarios/\(name)").path)
    }

    /// The pack of a shipped scenario, as `edxplan report` builds it.
    static func report(_ name: String, compare base: String? = nil) throws -> ReportDocument {
        let catalog = try catalog()
        let scenario = try scenario(name)
        // As `edxplan report` prices (Pipeline's Pricing): CPU credits the load implies included.
        let baseline = try base.map { try CostEngine.price(try Self.scenario($0), catalog: catalog, estimator: LoadUsage()) }
        var cost = try CostEngine.price(scenario, catalog: catalog, estimator: LoadUsage())
        cost.savings = SavingsFinder.find(scenario, catalog: catalog, cost: cost)
        return ReportBuilder.build(scenario: scenario, catalog: catalog, cost: cost,
                                   baseline: baseline, timeline: try ApplyTimeline.simulate(scenario, catalog: catalog),
                                   rehearsal: try ReportRehearsal.simulate(scenario, catalog: catalog),
                                   sizing: try EnvironmentSizing.size(scenario, catalog: catalog))
    }
}

/// A small document built by hand, so the renderer goldens do not move with the catalog:
/// prod 100.00 (EC2 nodes 60.74 with a reserved rate, RDS 24.82 without one, S3 14.44) plus
/// a 0.50 share; staging 35.00 plus 0.50; a baseline 20.00 cheaper in prod.
enum SampleReport {
    static let source = "https://aws.amazon.com/ec2/pricing/"

    static func key(_ service: String, _ type: String, term: String = "on-demand") -> PriceKey {
        PriceKey(service: service, region: "us-east-1", productFamily: "compute", instanceType: type,
                 engine: service == "rds" ? "mysql" : "", deployment: service == "rds" ? "single-az" : "",
                 operatingSystem: service == "ec2" ? "linux" : "", term: term)
    }

    static func resource(_ address: String, _ type: String, _ component: String, quantity: Decimal?, price: String, cost: String,
                         key: PriceKey) -> PricedResource {
        PricedResource(address: address, type: type, module: "m", managedBy: "terraform", components: [
            PricedComponent(name: component, unit: "hour", quantity: quantity, unitPrice: Money(exactly: price) ?? .zero,
                            monthlyCost: Money(exactly: cost) ?? .zero, usageBased: false, priceKey: key, tierStart: 0,
                            source: source, note: nil),
        ])
    }

    static func cost(prodNodes: String = "60.74", name: String = "sample") -> CostDocument {
        let prod = EnvironmentCost(name: "prod", region: "us-east-1", services: [
            ServiceCost(service: "EC2", resources: [resource("module.eks.aws_eks_node_group.this[0]", "aws_eks_node_group",
                                                             "Instance usage (t3.large) x 1", quantity: 730, price: "0.0832",
                                                             cost: prodNodes, key: key("ec2", "t3.large"))]),
            ServiceCost(service: "RDS", resources: [resource("module.db.aws_db_instance.this[0]", "aws_db_instance",
                                                             "Database instance (db.t2.small)", quantity: 730, price: "0.034",
                                                             cost: "24.82", key: key("rds", "db.t2.small"))]),
            ServiceCost(service: "S3", resources: [resource("aws_s3_bucket.storage", "aws_s3_bucket", "Storage | \"standard\"",
                                                            quantity: nil, price: "0.023", cost: "14.44",
                                                            key: PriceKey(service: "s3", region: "us-east-1", productFamily: "storage"))]),
        ], sharedAllocation: Money(exactly: "0.50") ?? .zero, freeResources: 2)
        let staging = EnvironmentCost(name: "staging", region: "us-east-1", services: [
            ServiceCost(service: "EC2", resources: [resource("module.eks.aws_eks_node_group.this[0]", "aws_eks_node_group",
                                                             "Instance usage (t3.medium) x 1", quantity: 730, price: "0.0479",
                                                             cost: "35.00", key: key("ec2", "t3.medium"))]),
        ], sharedAllocation: Money(exactly: "0.50") ?? .zero, freeResources: 1)
        let zone = resource("aws_route53_zone.root", "aws_route53_zone", "Hosted zone", quantity: 1, price: "0.50", cost: "1.00",
                            key: PriceKey(service: "route53", region: "global", productFamily: "hosted_zone"))
        let shared = SharedCost(services: [ServiceCost(service: "Route 53", resources: [zone])], allocationRule: "split evenly",
                                allocations: [("prod", Money(exactly: "0.50") ?? .zero), ("staging", Money(exactly: "0.50") ?? .zero)])
        return CostDocument(scenario: name, catalogAsOf: "2026-11-25", hoursPerMonth: 730, environments: [prod, staging],
                            shared: shared, assumptions: ["A month is 730 hours."])
    }

    static let catalog = Catalog(prices: [
        PriceRow(key: key("ec2", "t3.large", term: "1yr-no-upfront"), unit: "hour", usdPerUnit: "0.0522", source: source, asOf: "2026-11-25"),
        PriceRow(key: key("ec2", "t3.large", term: "3yr-no-upfront"), unit: "hour", usdPerUnit: "0.036", source: source, asOf: "2026-11-25"),
    ], instanceTypes: [], meta: ["as_of": "2026-11-25"])

    static let timeline = [ScopeTimeline(scope: "prod", units: [
        .init(module: "vpc", wave: 0, startMinute: 0, endMinute: 3.25, status: "succeeded", resources: 20),
        .init(module: "kubernetes", wave: 1, startMinute: 3.25, endMinute: 15.5, status: "succeeded", resources: 30),
        .init(module: "mysql", wave: 1, startMinute: 3.25, endMinute: 9, status: "succeeded", resources: 5),
    ])]

    static func document(compare: Bool = false) throws -> ReportDocument {
        let scenario = try ScenarioLoader.load(text: """
            name: sample
            platform: { name: s, root_domain: s.edu, aws_region: us-east-1, account_id: "123456789012" }
            environments:
              prod: { load: { monthly_growth_percent: 5 } }
              staging: {}
            """, file: "sample.yaml")
        return ReportBuilder.build(scenario: scenario, catalog: catalog, cost: cost(),
                                   baseline: compare ? cost(prodNodes: "40.74", name: "base") : nil, timeline: timeline)
    }
}
