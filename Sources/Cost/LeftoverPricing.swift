import Blueprint
import Catalog
import Foundation
import Scenario

/// What the objects a destroy leaves outside Terraform state go on costing each month until
/// someone deletes them: a Classic load balancer the cluster made and could not take back, a
/// volume Tutor made, a final snapshot. Priced with the same rules as a running environment,
/// with no traffic (nothing uses them any more) and no free allowances.
extension CostEngine {
    /// The monthly cost of one leftover object of `type` with `attributes` in `region`; nil
    /// when the type has nothing priced (a security group, a DNS record).
    public static func leftoverMonthly(type: String, address: String, attributes: [String: AttributeValue], region: String,
                                       catalog: Catalog) throws -> Money? {
        let hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
        var pricer = Pricer(catalog: catalog, region: region, usage: Usage(), hours: hours, pools: AllowancePools())
        let context = PricingContext(asOf: catalog.asOf, natGateways: 1, mainBucket: nil, mainBucketVault: nil)
        let resource = Resource(address: address, type: type, module: "leftover", managedBy: .manual, attributes: attributes)
        let components = try pricer.components(of: resource, context: context)
        guard !components.isEmpty else { return nil }
        return components.reduce(Money.zero) { $0 + $1.monthlyCost }
    }
}
