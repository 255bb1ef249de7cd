import Blueprint
import Catalog
import Foundation
import Scenario

/// What pricing one resource needs: the catalog, the region, the usage assumptions, the
/// account-wide allowances still left, and the rules for turning a price row into a
/// component. Quantities are exact decimals; each component is rounded to the cent once.
struct Pricer {
    let catalog: Catalog
    let region: String
    let usage: Usage
    let hours: Decimal
    var pools: AllowancePools

    func key(_ service: String, _ family: String, instanceType: String = "", engine: String = "", deployment: String = "",
             os: String = "", usageType: String = "", global: Bool = false) -> PriceKey {
        PriceKey(service: service, region: global ? "global" : region, productFamily: family, instanceType: instanceType,
                 engine: engine, deployment: deployment, operatingSystem: os, usageType: usageType)
    }

    /// A component billed per hour for the whole month (times `count`).
    func hourly(_ name: String, _ key: PriceKey, count: Decimal = 1) throws -> PricedComponent {
        try component(name, key, quantity: hours * count, usageBased: false)
    }

    /// A component whose quantity is fixed by the configuration (GB provisioned, zones, ...).
    func fixed(_ name: String, _ key: PriceKey, quantity: Decimal) throws -> PricedComponent {
        try component(name, key, quantity: quantity, usageBased: false)
    }

    /// A component priced from a usage assumption; nil usage means "depends on usage".
    func usage(_ name: String, _ key: PriceKey, quantity: Decimal?, note: String? = nil) throws -> PricedComponent {
        var priced = try component(name, key, quantity: quantity, usageBased: true)
        priced.note = note
        return priced
    }

    func component(_ name: String, _ key: PriceKey, quantity: Decimal?, usageBased: Bool, tier: PriceRow? = nil) throws
        -> PricedComponent {
        guard let row = tier ?? catalog.tiers(key).first else { return unpriced(name, key, quantity: quantity, usageBased: usageBased) }
        guard let price = Money(exactly: row.usdPerUnit) else {
            throw CatalogError.unreadable(path: "prices row \(key)", detail: "usd_per_unit '\(row.usdPerUnit)' is not a decimal")
        }
        let cost = quantity.map { (price * $0).rounded() } ?? .zero
        return PricedComponent(name: name, unit: row.unit, quantity: quantity, unitPrice: price, monthlyCost: cost,
                               usageBased: usageBased, priceKey: key, tierStart: row.tierStart, source: row.source, note: nil)
    }

    /// A component the catalog has no price for in this region: never guessed, left out of the
    /// totals, and said why (AWS does not offer the service here, or no published source).
    func unpriced(_ name: String, _ key: PriceKey, quantity: Decimal?, usageBased: Bool) -> PricedComponent {
        let reason: String
        if let absent = catalog.unavailability(service: key.service, region: region) {
            reason = "AWS does not offer \(ServiceNames.label(key.service)) in \(region) (\(absent.error)); source: \(absent.source)"
        } else {
            reason = "the catalog has no published price for \(key.description) (as of \(catalog.asOf)); "
                + "the total leaves it out"
        }
        return PricedComponent(name: name, unit: "", quantity: quantity, unitPrice: .zero, monthlyCost: .zero,
                               usageBased: usageBased, priceKey: key, tierStart: 0, source: "", note: nil,
                               unpricedReason: reason)
    }

    /// Splits `quantity` over the tiers of `key` (AWS's volume tiers), after taking what is
    /// left of an account-wide free allowance. One component per tier used.
    mutating func tiered(_ name: String, _ key: PriceKey, quantity: Decimal?, tierLabel: (PriceRow, PriceRow?) -> String,
                         allowance: FreeAllowance? = nil, pool: String? = nil) throws -> [PricedComponent] {
        let tiers = catalog.tiers(key)
        guard let first = tiers.first else { return [unpriced(name, key, quantity: quantity, usageBased: true)] }
        guard let total = quantity else {
            return [try component(name, key, quantity: nil, usageBased: true, tier: first)]
        }
        var components: [PricedComponent] = []
        var billable = total
        if let allowance, let pool {
            let free = min(billable, pools.take(pool, upTo: billable, limit: Decimal(allowance.quantity)))
            if free > 0 {
                var freeLine = try component("\(name) (always-free allowance)", key, quantity: free, usageBased: true, tier: first)
                freeLine.unitPrice = .zero
                freeLine.monthlyCost = .zero
                freeLine.source = allowance.source
                freeLine.note = allowance.description
                components.append(freeLine)
                billable -= free
            }
        }
        // Tiers are cumulative over the billed quantity, so the free part counts toward the first tier.
        var consumed = total - billable
        for (index, tier) in tiers.enumerated() where billable > 0 {
            let next = index + 1 < tiers.count ? tiers[index + 1] : nil
            let end = next.map { Decimal($0.tierStart) }
            let room = end.map { max(0, $0 - consumed) } ?? billable
            let take = min(room, billable)
            guard take > 0 else { continue }
            components.append(try component("\(name) (\(tierLabel(tier, next)))", key, quantity: take, usageBased: true, tier: tier))
            billable -= take
            consumed += take
        }
        return components
    }
}

/// Account-wide monthly allowances (CloudFront's 1 TB and 10M requests, 100 GB of data out)
/// are shared by every environment in the account; they are used up in pricing order.
struct AllowancePools: Hashable {
    private var used: [String: Decimal] = [:]

    mutating func take(_ pool: String, upTo wanted: Decimal, limit: Decimal) -> Decimal {
        let left = max(0, limit - used[pool, default: 0])
        let taken = min(left, wanted)
        used[pool, default: 0] += taken
        return taken
    }

    /// Counts the account's hosted zones so the 26th and later are priced at their tier.
    mutating func nextZoneIndex() -> Decimal {
        let index = used["route53-zones", default: 0]
        used["route53-zones", default: 0] += 1
        return index
    }
}
