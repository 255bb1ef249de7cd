import Catalog
import Cost
import Foundation
import Scenario
import Testing

/// A memo shared by pricings of variants of one scenario gives each the document pricing it
/// alone gives: a changed attribute, a changed usage, or allowances already used up earlier
/// are never answered from another variant's prices.
@Suite struct PricingMemoTests {
    static let base = """
        environments:
          prod:
            modules: [vpc, kubernetes, kubernetes_ingress_clb, mysql, redis, s3_openedx_storage, cloudfront]
            kubernetes: { node_groups: [{ name: default, instance_type: t3.large, desired: 2, max: 3 }] }
            mysql: { instance_class: db.t3.small }
            usage: { cloudfront_gb_out: 800, nat_gb_processed: 100 }
          staging:
            modules: [vpc, kubernetes, cloudfront]
            usage: { cloudfront_gb_out: 800 }
        """

    /// The base and variants of it, each a change one saving or the capacity planner makes.
    static let variants: [(String, String)] = [
        ("instance_type: t3.large", "instance_type: m5.large"),
        ("desired: 2", "desired: 3"),
        ("max: 3 }", "max: 3, disk_type: gp3 }"),
        ("instance_class: db.t3.small", "instance_class: db.t3.medium"),
        ("nat_gb_processed: 100", "nat_gb_processed: 250"),
        // Prod uses less of the account's free CloudFront terabyte: staging pays for less.
        ("usage: { cloudfront_gb_out: 800, nat", "usage: { cloudfront_gb_out: 300, nat"),
    ]

    func scenario(_ text: String) throws -> Scenario { try ScenarioLoader.load(text: text, file: "inline.yaml") }

    @Test func everyVariantIsPricedAsIfAlone() throws {
        let catalog = try TestCatalog.load()
        let memo = PricingMemo()
        let base = try scenario(Self.base)
        let baseAlone = try CostEngine.price(base, catalog: catalog)
        #expect(try CostEngine.price(base, catalog: catalog, memo: memo) == baseAlone)
        for (old, new) in Self.variants {
            let variant = try scenario(Self.base.replacingOccurrences(of: old, with: new))
            let alone = try CostEngine.price(variant, catalog: catalog)
            #expect(alone.monthlyTotal != baseAlone.monthlyTotal, "\(new) changes the bill")
            let remembered = try CostEngine.price(variant, catalog: catalog, memo: memo)
            #expect(remembered == alone, "\(new)")
        }
        // And the base again, after every variant went through the memo.
        let again = try CostEngine.price(base, catalog: catalog, memo: memo)
        #expect(again == baseAlone)
    }
}
