import Catalog
import Cost
import Foundation

/// Reserved instances for what runs all month at a fixed size (node groups, bastion, RDS,
/// ElastiCache), from the catalog's reserved rows only: a type without a row is left out,
/// never given a guessed discount. Savings Plans have no rates in the catalog and are not
/// offered. The break-even is the share of the term the instances must run for the
/// commitment to cost less than on-demand hours.
enum ReservedCapacity {
    static let terms = [("1yr-no-upfront", "1 year", 12), ("3yr-no-upfront", "3 years", 36)]

    static func savings(_ cost: CostDocument, catalog: Catalog) -> [Saving] {
        var found: [Saving] = []
        let groups = cost.environments.map { ($0.name, $0.services) } + [("shared", cost.shared.services)]
        for (environment, services) in groups {
            for (term, label, months) in terms {
                var onDemand = Money.zero, reserved = Money.zero
                var lines: [String] = []
                for resource in services.flatMap(\.resources) {
                    for component in resource.components {
                        var key = component.priceKey
                        guard ["ec2", "rds", "elasticache"].contains(key.service), key.productFamily == "compute",
                              key.term == "on-demand", let hours = component.quantity else { continue }
                        key.term = term
                        guard let row = catalog.tiers(key).first, let rate = Money(exactly: row.usdPerUnit) else { continue }
                        let price = (rate * hours).rounded()
                        guard price < component.monthlyCost else { continue }
                        onDemand += component.monthlyCost
                        reserved += price
                        lines.append("\(key.instanceType) (\(resource.address)): \(component.monthlyCost.formatted) to \(price.formatted) a month")
                    }
                }
                guard reserved < onDemand else { continue }
                let share = NSDecimalNumber(decimal: reserved.amount / onDemand.amount).doubleValue
                found.append(Saving(
                    kind: .reserved, environment: environment,
                    title: "Reserved instances, \(label), no upfront, for \(lines.count) steady instance(s)",
                    monthly: onDemand - reserved,
                    planChange: "no Terraform change: a billing commitment",
                    risk: String(format: "commits to %@ a month for %d months whatever runs; break-even: the instances must run "
                                 + "%.0f%% of the term (%.1f of %d months) to cost less than on-demand", reserved.formatted, months,
                                 share * 100, share * Double(months), months),
                    steps: lines))
            }
        }
        return found
    }
}
