import Catalog
import Cost
import Foundation
import Scenario

/// Builds the one `ReportDocument` from the priced scenario and what else the pack needs.
public enum ReportBuilder {
    public static func build(scenario: Scenario, catalog: Catalog, cost: CostDocument, baseline: CostDocument? = nil,
                             timeline: [ScopeTimeline] = [], rehearsal: ReportRehearsal? = nil,
                             sizing: [EnvironmentSizing]? = nil) -> ReportDocument {
        let growth = Dictionary(scenario.environments.map { ($0.name, $0.load.monthlyGrowthPercent ?? 0) },
                                uniquingKeysWith: { first, _ in first })
        let environments = cost.environments.map { environment in
            var services = environment.services.map { ServiceAmount(service: $0.service, monthly: $0.monthlyTotal) }
            if environment.sharedAllocation != .zero {
                services.append(ServiceAmount(service: sharedShare, monthly: environment.sharedAllocation))
            }
            return EnvironmentSummary(name: environment.name, region: environment.region, monthly: environment.monthlyTotal,
                                      services: services, growthPercent: growth[environment.name] ?? 0)
        }
        var pending: [String] = []
        if rehearsal == nil { pending.append("No rehearsal was run for this pack, so it shows no hazards, data loss or downtime.") }
        if sizing == nil { pending.append("No capacity plan was computed for this pack.") }
        if timeline.isEmpty { pending.append("The apply timeline appears when the plan can be simulated.") }
        return ReportDocument(
            scenario: cost.scenario, cost: cost, baseline: baseline, catalogSources: cost.sources,
            environments: environments, services: serviceTotals(cost), drivers: drivers(cost),
            projection: ProjectionBuilder.project(scenario, catalog: catalog, cost: cost), savings: ReservedSavings.compute(cost, catalog: catalog),
            comparison: baseline.map { compare(base: $0, new: cost) }, timeline: timeline,
            rehearsal: rehearsal, sizing: sizing,
            assumptions: cost.assumptions + extraAssumptions + (rehearsal == nil ? [] : [rehearsalAssumption])
                + (sizing == nil ? [] : [sizingAssumption]),
            pendingSections: pending)
    }

    /// The name of the stacked segment that holds an environment's share of the shared costs.
    public static let sharedShare = "Share of shared costs"

    static let extraAssumptions = [
        "The 12-month projection prices every month with the cost engine: usage figures, the load and the CPU credits it implies grow by each environment's load.monthly_growth_percent (0 when absent), compounded; fixed costs stay fixed; capacity steps up in the month the capacity planner says the configuration in use no longer holds the load. Month 1 is today's cost.",
        "Reserved pricing is Standard, No Upfront, from the catalog's '1yr-no-upfront' and '3yr-no-upfront' rows: the lower rate applies from month 1, so it breaks even in month 1, but the whole term is owed even if the resource is removed. All Upfront and Partial Upfront are not modelled (the catalog has no such rows).",
        "The apply timeline is a dry run of `terragrunt run --all apply` against an empty in-memory fake account (seed 1), each environment in its own account; minutes are simulated from the catalog's typical durations.",
    ]

    static let rehearsalAssumption = "The rehearsal is `edxplan rehearse` (seed 1, no faults) on an empty in-memory fake account seeded with the catalog's default quotas: apply, put a term's worth of data in the stores, destroy, apply again. Each environment has its own account; with the shared-stack layout the stack and then every environment share one."
    static let sizingAssumption = "The capacity plan is `edxplan size` for each environment with load.peak_concurrent_users and the kubernetes module (for a shared stack, the stack with every environment's load), with the default sizing assumptions; its figures are whole monthly bills at on-demand prices, as `edxplan cost` prices the recommendation (for a shared stack, the whole scenario's)."

    static func serviceTotals(_ cost: CostDocument) -> [ServiceTotal] {
        var totals: [String: Money] = [:]
        for service in cost.environments.flatMap(\.services) + cost.shared.services { totals[service.service, default: .zero] += service.monthlyTotal }
        if !cost.shared.isItemized { totals[sharedShare, default: .zero] += cost.shared.monthlyTotal }
        return totals.map { ServiceTotal(service: $0.key, monthly: $0.value) }
            .sorted { ($1.monthly, $0.service) < ($0.monthly, $1.service) }
    }

    static func drivers(_ cost: CostDocument) -> [CostDriver] {
        let groups = cost.environments.map { ($0.name, $0.services) } + [("shared", cost.shared.services)]
        let all = groups.flatMap { environment, services in
            services.flatMap { service in
                service.resources.map { resource in
                    CostDriver(environment: environment, service: service.service, address: resource.address,
                               mainComponent: resource.components.max { ($0.monthlyCost, $1.name) < ($1.monthlyCost, $0.name) }?.name ?? "",
                               monthly: resource.monthlyTotal)
                }
            }
        }
        return Array(all.sorted { ($1.monthly, $0.environment, $0.address) < ($0.monthly, $1.environment, $1.address) }.prefix(5))
    }

    static func compare(base: CostDocument, new: CostDocument) -> Comparison {
        let names = new.environments.map(\.name) + base.environments.map(\.name).filter { name in !new.environments.contains { $0.name == name } }
        let environments = names.map { name in
            Comparison.EnvironmentChange(name: name, before: base.environments.first { $0.name == name }?.monthlyTotal ?? .zero,
                                         after: new.environments.first { $0.name == name }?.monthlyTotal ?? .zero)
        }
        let changes = componentChanges(before: components(base), after: components(new)).filter { $0.change != .zero }
        let largest = changes.sorted {
            (Money($1.change.amount.magnitude), $0.environment, $0.address, $0.component)
                < (Money($0.change.amount.magnitude), $1.environment, $1.address, $1.component)
        }
        return Comparison(baseline: base.scenario, environments: environments, largest: Array(largest.prefix(10)))
    }

    struct ComponentKey: Hashable { var environment, address, component: String }

    /// Components matched by name; a component of a resource that stays but changes its label
    /// (a version relabel: `EKS cluster (extended support, Kubernetes 1.22)` to `(standard
    /// support, Kubernetes 1.34)`) is one change with its net amount, as Infracost matches a
    /// renamed component on the part of its name before ` (`.
    static func componentChanges(before: [ComponentKey: Money], after: [ComponentKey: Money]) -> [Comparison.ComponentChange] {
        var changes: [Comparison.ComponentChange] = []
        for key in Set(before.keys).intersection(after.keys) {
            changes.append(.init(environment: key.environment, address: key.address, component: key.component,
                                 before: before[key] ?? .zero, after: after[key] ?? .zero))
        }
        var added = after.keys.filter { before[$0] == nil }.sorted { ($0.environment, $0.address, $0.component) < ($1.environment, $1.address, $1.component) }
        let removed = before.keys.filter { after[$0] == nil }.sorted { ($0.environment, $0.address, $0.component) < ($1.environment, $1.address, $1.component) }
        func base(_ name: String) -> Substring { name.range(of: " (").map { name[..<$0.lowerBound] } ?? Substring(name) }
        for old in removed {
            if let index = added.firstIndex(where: { $0.environment == old.environment && $0.address == old.address
                && base($0.component) == base(old.component) }) {
                let new = added.remove(at: index)
                changes.append(.init(environment: old.environment, address: old.address, component: "\(old.component) → \(new.component)",
                                     before: before[old] ?? .zero, after: after[new] ?? .zero))
            } else {
                changes.append(.init(environment: old.environment, address: old.address, component: old.component,
                                     before: before[old] ?? .zero, after: .zero))
            }
        }
        for new in added {
            changes.append(.init(environment: new.environment, address: new.address, component: new.component,
                                 before: .zero, after: after[new] ?? .zero))
        }
        return changes
    }

    static func components(_ cost: CostDocument) -> [ComponentKey: Money] {
        var out: [ComponentKey: Money] = [:]
        let groups = cost.environments.map { ($0.name, $0.services) } + [("shared", cost.shared.services)]
        for (environment, services) in groups {
            for resource in services.flatMap(\.resources) {
                for component in resource.components {
                    out[ComponentKey(environment: environment, address: resource.address, component: component.name), default: .zero] += component.monthlyCost
                }
            }
        }
        return out
    }
}
