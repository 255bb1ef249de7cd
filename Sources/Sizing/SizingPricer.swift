import Catalog
import Foundation

/// Monthly cost of the sized parts, from the catalog's on-demand prices x hours a month,
/// rounded per component as the cost engine rounds them. Nil when the catalog has no price:
/// such a candidate is never proposed.
struct SizingPricer {
    let catalog: Catalog
    let region: String
    let hours: Decimal

    init(catalog: Catalog, region: String) {
        self.catalog = catalog
        self.region = region
        hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
    }

    var hoursDouble: Double { NSDecimalNumber(decimal: hours).doubleValue }

    func unitPrice(_ key: PriceKey) -> Money? {
        catalog.prices[key]?.first.flatMap { Money(exactly: $0.usdPerUnit) }
    }

    func hourly(_ key: PriceKey, count: Int) -> Money? {
        unitPrice(key).map { ($0 * (hours * Decimal(count))).rounded() }
    }

    /// Instances, their root volumes (gp2, as the node group's launch template) and CPU credits.
    func nodes(type: String, count: Int, diskGB: Int, credits: Double, creditFamily: String?) -> Money? {
        guard let compute = hourly(PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: type,
                                            operatingSystem: "linux"), count: count),
              let disk = unitPrice(PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: "gp2"))
        else { return nil }
        var total = compute + (disk * Decimal(diskGB * count)).rounded()
        if credits > 0, let family = creditFamily {
            guard let credit = unitPrice(PriceKey(service: "ec2", region: region, productFamily: "cpu_credits", usageType: family))
            else { return nil }
            total += (credit * Self.decimal(credits)).rounded()
        }
        return total
    }

    func mysql(type: String, deployment: String, storageGB: Int, storageType: String, credits: Double) -> Money? {
        guard let compute = hourly(PriceKey(service: "rds", region: region, productFamily: "compute", instanceType: type,
                                            engine: "mysql", deployment: deployment), count: 1),
              let storage = unitPrice(PriceKey(service: "rds", region: region, productFamily: "storage", engine: "mysql",
                                               deployment: deployment, usageType: storageType))
        else { return nil }
        var total = compute + (storage * Decimal(storageGB)).rounded()
        if credits > 0 {
            let family = type.split(separator: ".").prefix(2).joined(separator: ".")
            guard let credit = unitPrice(PriceKey(service: "rds", region: region, productFamily: "cpu_credits", usageType: family))
            else { return nil }
            // A Multi-AZ standby does not serve load, so only the primary buys credits.
            total += (credit * Self.decimal(credits)).rounded()
        }
        return total
    }

    func docdb(type: String, count: Int) -> Money? {
        hourly(PriceKey(service: "docdb", region: region, productFamily: "compute", instanceType: type, engine: "docdb"), count: count)
    }

    func redis(type: String, clusters: Int) -> Money? {
        hourly(PriceKey(service: "elasticache", region: region, productFamily: "compute", instanceType: type, engine: "redis"),
               count: clusters)
    }

    /// vCPU-hours with two decimals: what the bill shows and what keeps Decimal exact.
    static func decimal(_ value: Double) -> Decimal {
        Decimal((value * 100).rounded(.up) / 100)
    }
}
