import Blueprint
import Catalog
import Foundation
import Scenario

/// One resource priced by the cost engine's own rules, for callers that compare many
/// variants of one resource (the capacity planner's node types, classes and counts). A
/// resource's price here is the sum of the components `CostEngine.price` gives it, so a
/// ranking by these prices is a ranking by the whole bill.
public struct ResourcePricer: Sendable {
    let catalog: Catalog
    let region: String
    let hours: Decimal

    public init(catalog: Catalog, region: String) {
        self.catalog = catalog
        self.region = region
        hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
    }

    /// The monthly cost of `resource` with `usage`; throws when the catalog lacks a price.
    public func monthly(_ resource: Resource, usage: Usage) throws -> Money {
        var pricer = Pricer(catalog: catalog, region: region, usage: usage, hours: hours, pools: AllowancePools())
        let context = PricingContext(asOf: catalog.asOf, natGateways: 1, mainBucket: nil, mainBucketVault: nil)
        return try pricer.components(of: resource, context: context).reduce(Money.zero) { $0 + $1.monthlyCost }
    }
}
