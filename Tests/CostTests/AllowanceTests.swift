import Catalog
import Cost
import Foundation
import Scenario
import Testing

/// Free allowances, tiers, support calendars and the shared-cost split.
@Suite struct AllowanceTests {
    func price(_ yaml: String) throws -> CostDocument {
        try CostEngine.price(try ScenarioLoader.load(text: yaml, file: "inline.yaml"), catalog: try TestCatalog.load())
    }

    func components(_ document: CostDocument, _ environment: String, _ address: String) throws -> [PricedComponent] {
        let env = try #require(document.environments.first { $0.name == environment })
        return try #require(env.services.flatMap(\.resources).first { $0.address == address }).components
    }

    @Test func cloudfrontFreeTierIsSharedByTheAccount() throws {
        // 800 GB in prod and 800 GB in staging: 1,024 GB are free in all, so staging pays for 576 GB.
        let document = try price("""
            environments:
              prod: { modules: [cloudfront], usage: { cloudfront_gb_out: 800 } }
              staging: { modules: [cloudfront], usage: { cloudfront_gb_out: 800 } }
            """)
        let address = "module.cdn_environment_domain.aws_cloudfront_distribution.this[0]"
        let prod = try components(document, "prod", address)
        #expect(prod.filter { $0.name.contains("Data transfer") }.map(\.monthlyCost) == [.zero])
        let staging = try components(document, "staging", address).filter { $0.name.contains("Data transfer") }
        #expect(staging.map(\.quantity) == [224, 576])
        let firstTier = try TestCatalog.price(try TestCatalog.load(),
                                              PriceKey(service: "cloudfront", region: "global", productFamily: "data_transfer", usageType: "us"))
        #expect(staging[1].monthlyCost == Money(firstTier * 576).rounded())
    }

    @Test func cloudfrontTiersSplitAtTenTerabytes() throws {
        let document = try price("environments:\n  prod: { modules: [cloudfront], usage: { cloudfront_gb_out: 12000 } }\n")
        let lines = try components(document, "prod", "module.cdn_environment_domain.aws_cloudfront_distribution.this[0]")
            .filter { $0.name.contains("Data transfer") }
        #expect(lines.map(\.quantity) == [1024, 9216, 1760])
        #expect(lines.map(\.tierStart) == [0, 0, 10240])
    }

    /// On the catalog's date (2026-11-25) Kubernetes 1.33 has left standard support (2026-07-29)
    /// and 1.34 has not (2026-12-02).
    @Test(arguments: [("1.33", "extended"), ("1.34", "standard")])
    func eksSupportFollowsTheCalendar(_ version: String, _ expected: String) throws {
        #expect(try TestCatalog.load().asOf == "2026-11-25")
        let document = try price("environments:\n  prod: { modules: [vpc, kubernetes], kubernetes: { version: \"\(version)\" } }\n")
        let cluster = try components(document, "prod", "module.eks.aws_eks_cluster.this[0]")
        #expect(cluster[0].priceKey.usageType == expected)
    }

    @Test func peakUsersAllocationSplitsSharedCostsExactly() throws {
        let document = try price("""
            allocation: peak-users
            environments:
              a: { modules: [cloudfront], load: { peak_concurrent_users: 1 } }
              b: { modules: [cloudfront], load: { peak_concurrent_users: 1 } }
              c: { modules: [cloudfront], load: { peak_concurrent_users: 1 } }
            """)
        let shares = document.environments.map(\.sharedAllocation)
        #expect(shares.reduce(.zero, +) == document.shared.monthlyTotal)
        #expect(shares.allSatisfy { ($0 - shares[0]).amount.magnitude <= Decimal(string: "0.01")! })
    }
}
