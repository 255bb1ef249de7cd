import Blueprint
import Catalog
import Diagnostics
import Foundation
import Scenario

/// CPU credits as AWS bills them: only in unlimited mode, only the vCPU-hours above the
/// baseline the credits earn, and never more than the instances can burn in a month
/// (every vCPU busy all month, less the earned baseline). EC2 T3/T3a/T4g and RDS
/// db.t3/db.t4g launch unlimited (sizing.md §4.5, §4.1); T2 nodes and db.t2 are standard
/// mode and are throttled instead of billed.
extension Pricer {
    /// The node group's surplus credits, from usage (stated, or estimated from the load).
    func nodeCredits(type: String, nodes: Decimal) throws -> PricedComponent? {
        let family = String(type.prefix { $0 != "." })
        guard ["t3", "t3a", "t4g"].contains(family) else { return nil }
        let limit = burnable(service: "ec2", type: type, count: nodes)
        return try credits("CPU credits (unlimited mode)", key("ec2", "cpu_credits", usageType: family),
                           wanted: usage.cpuCreditVCPUHours, limit: limit)
    }

    /// The primary's surplus credits; a Multi-AZ standby serves no load and buys none.
    func rdsCredits(type: String) throws -> PricedComponent? {
        guard type.hasPrefix("db.t3.") || type.hasPrefix("db.t4g.") else { return nil }
        let family = type.split(separator: ".").prefix(2).joined(separator: ".")
        return try credits("CPU credits (unlimited mode)", key("rds", "cpu_credits", usageType: family),
                           wanted: usage.rdsCPUCreditVCPUHours, limit: burnable(service: "rds", type: type, count: 1))
    }

    /// vCPU-hours above the baseline that `count` instances can run in a month; nil when the
    /// catalog does not know the type.
    func burnable(service: String, type: String, count: Decimal) -> Decimal? {
        guard let instance = catalog.instanceTypes[service]?[type], let baseline = instance.baselinePct else { return nil }
        let share = Decimal(string: FixedFormat.string(1 - baseline / 100, digits: 4)) ?? 0
        return count * Decimal(instance.vcpu) * hours * share
    }

    private func credits(_ name: String, _ key: PriceKey, wanted: Decimal?, limit: Decimal?) throws -> PricedComponent {
        guard let wanted, let limit, wanted > limit else { return try usage(name, key, quantity: wanted) }
        return try usage(name, key, quantity: limit,
                         note: "\(wanted) vCPU-hours asked for; at most \(limit) can be burned above the baseline in a month")
    }
}

/// Usage a scenario does not state but its load implies (CPU credits above the baseline).
/// The capacity planner supplies it, so `cost`, `diff`, `size` and `report` price the same
/// credits for the same configuration and load.
public protocol UsageEstimator: Sendable {
    /// The environment's usage, with what it leaves out filled in where its load says.
    func usage(of environment: Environment, catalog: Catalog) -> Usage
    /// The shared stack's usage (layout: shared-stack), its cluster and database carrying
    /// every environment's load.
    func sharedStackUsage(_ scenario: Scenario, catalog: Catalog) -> Usage?
}

extension UsageEstimator {
    public func sharedStackUsage(_ scenario: Scenario, catalog: Catalog) -> Usage? { scenario.shared?.usage }
}
