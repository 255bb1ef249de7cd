import Catalog
import Cost
import Foundation

/// Reserved capacity for the resources that run all month at a fixed size (EC2 node groups and
/// the bastion, RDS, ElastiCache; DocumentDB is listed without a rate). Only the catalog's
/// reserved rows are used: a rate that is not in the catalog is reported missing, never guessed.
enum ReservedSavings {
    /// Price-key services whose compute is steady; EKS, load balancers and usage are not reservable.
    static let steadyServices = ["ec2", "rds", "elasticache", "docdb"]

    static func compute(_ cost: CostDocument, catalog: Catalog) -> Savings {
        var lines: [Savings.Line] = []
        var missing: [Savings.Missing] = []
        let groups = cost.environments.map { ($0.name, $0.services) } + [("shared", cost.shared.services)]
        for (environment, services) in groups {
            for resource in services.flatMap(\.resources) {
                for component in resource.components {
                    let key = component.priceKey
                    guard steadyServices.contains(key.service), key.productFamily == "compute", key.term == "on-demand",
                          let hours = component.quantity else { continue }
                    var reserved: [String: Money] = [:]
                    for term in Savings.terms {
                        var reservedKey = key
                        reservedKey.term = term
                        guard let row = catalog.tiers(reservedKey).first, let rate = Money(exactly: row.usdPerUnit) else { continue }
                        reserved[term] = (rate * hours).rounded()
                    }
                    if reserved.isEmpty {
                        missing.append(Savings.Missing(environment: environment, address: resource.address, instanceType: key.instanceType,
                                                       reason: reason(for: key)))
                    } else {
                        lines.append(Savings.Line(environment: environment, address: resource.address, instanceType: key.instanceType,
                                                  priceKey: key.description, onDemandMonthly: component.monthlyCost,
                                                  reservedMonthly: reserved))
                    }
                }
            }
        }
        return Savings(lines: lines, missing: missing)
    }

    static func reason(for key: PriceKey) -> String {
        if key.service == "docdb" { return "DocumentDB has no reserved instances; it stays on-demand" }
        return "the catalog has no '1yr-no-upfront' or '3yr-no-upfront' row for \(key.service) \(key.instanceType) in \(key.region)"
    }
}
