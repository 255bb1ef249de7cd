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
    /// The hours of the month every hourly price is multiplied by (the catalog's `hours_per_month`).
    public var hoursPerMonth: Decimal { hours }

    public init(catalog: Catalog, region: String) {
        self.catalog = catalog
        self.region = region
        hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
    }

    /// Every component of `resource` with `usage`, as the cost engine prices it: those the
    /// catalog has no price for in the region carry `unpricedReason`; an empty list means the
    /// engine bills nothing for the type (or does not model it). For resources that exist
    /// outside a scenario: the before and after objects of a Terraform plan.
    public func components(_ resource: Resource, usage: Usage) throws -> [PricedComponent] {
        var pricer = Pricer(catalog: catalog, region: region, usage: usage, hours: hours, pools: AllowancePools())
        let context = PricingContext(asOf: catalog.asOf, natGateways: 1, mainBucket: nil, mainBucketVault: nil)
        return try pricer.components(of: resource, context: context)
    }

    /// The monthly cost of `resource` with `usage`; throws when the catalog lacks a price.
    public func monthly(_ resource: Resource, usage: Usage) throws -> Money {
        let components = try components(resource, usage: usage)
        // A component with no price in this region is never counted as free: comparing options needs every price.
        if let missing = components.first(where: { $0.unpricedReason != nil }) {
            throw CatalogError.missingPrice(missing.priceKey.description)
        }
        return components.reduce(Money.zero) { $0 + $1.monthlyCost }
    }
}
