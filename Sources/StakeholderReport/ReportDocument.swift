import Catalog
import Cost
import Foundation

/// Everything the stakeholder pack shows, computed once. Every renderer (HTML, Markdown, CSV,
/// JSON, the pull-request comment) reads only this value, so no two files can disagree.
public struct ReportDocument: Sendable {
    public var scenario: String
    /// The priced scenario: the component tables and the cost JSON come from it unchanged.
    public var cost: CostDocument
    /// `--compare BASE`, priced with the same catalog.
    public var baseline: CostDocument?
    public var catalogSources: [String]
    public var environments: [EnvironmentSummary]
    /// Monthly cost per service over every environment and the shared costs, largest first.
    public var services: [ServiceTotal]
    /// The five most expensive resources, over every environment and the shared costs.
    public var drivers: [CostDriver]
    public var projection: Projection
    public var savings: Savings
    public var comparison: Comparison?
    /// Simulated `terragrunt run --all apply` per scope on an empty account; empty when not computed.
    public var timeline: [ScopeTimeline]
    /// The destroy/recreate rehearsal of every scope; nil when not run.
    public var rehearsal: ReportRehearsal?
    /// The capacity plan per environment (or why there is none); nil when not computed.
    public var sizing: [EnvironmentSizing]?
    public var assumptions: [String]
    /// Sections that appear once their command exists, stated so readers know they are missing on purpose.
    public var pendingSections: [String]

    public var monthlyTotal: Money { cost.monthlyTotal }
    public var annualTotal: Money { cost.monthlyTotal * 12 }
}

public struct ServiceAmount: Sendable, Equatable {
    public var service: String
    public var monthly: Money
}

public struct EnvironmentSummary: Sendable, Equatable {
    public var name: String
    public var region: String
    public var monthly: Money
    public var annual: Money { monthly * 12 }
    /// Own services by name, then `Share of shared costs` when there is one: they add up to `monthly`.
    public var services: [ServiceAmount]
    /// `load.monthly_growth_percent`, 0 when the scenario leaves it out.
    public var growthPercent: Decimal
}

public struct ServiceTotal: Sendable, Equatable {
    public var service: String
    public var monthly: Money
}

public struct CostDriver: Sendable, Equatable {
    public var environment: String
    public var service: String
    public var address: String
    /// The largest component of the resource, which is usually what a reader can act on.
    public var mainComponent: String
    public var monthly: Money
}

/// Month 1 is today's monthly cost; month m is `monthly x (1 + g/100)^(m-1)`, rounded to the cent.
public struct Projection: Sendable, Equatable {
    public struct Series: Sendable, Equatable {
        public var environment: String
        public var growthPercent: Decimal
        public var months: [Money]
    }
    /// A capacity step: the month the configuration in use stops holding the load, and what
    /// the capacity planner moves it to.
    public struct Step: Sendable, Equatable {
        public var environment: String
        /// 1-based, as the chart counts months.
        public var month: Int
        public var from: String
        public var to: String
    }
    public var series: [Series]
    public var monthTotals: [Money]
    public var steps: [Step] = []
    public var twelveMonthTotal: Money { monthTotals.reduce(.zero, +) }
}

/// What reserved capacity would save on the steady resources, from the catalog's reserved rows.
public struct Savings: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public var environment: String
        public var address: String
        public var instanceType: String
        public var priceKey: String
        public var onDemandMonthly: Money
        /// Term (`1yr-no-upfront`, `3yr-no-upfront`) to the reserved monthly cost, where the catalog has the row.
        public var reservedMonthly: [String: Money]
        public func saving(_ term: String) -> Money? { reservedMonthly[term].map { onDemandMonthly - $0 } }
    }
    public struct Missing: Sendable, Equatable {
        public var environment: String
        public var address: String
        public var instanceType: String
        public var reason: String
    }
    public static let terms = ["1yr-no-upfront", "3yr-no-upfront"]
    public var lines: [Line]
    public var missing: [Missing]
    public func monthlySaving(_ term: String) -> Money { lines.compactMap { $0.saving(term) }.reduce(.zero, +) }
    /// No upfront payment: the lower rate applies from the first month, so it pays off in month 1.
    public var breakEvenMonth: Int { 1 }
}

public struct Comparison: Sendable, Equatable {
    public struct EnvironmentChange: Sendable, Equatable {
        public var name: String
        public var before: Money
        public var after: Money
        public var change: Money { after - before }
    }
    public struct ComponentChange: Sendable, Equatable {
        public var environment: String
        public var address: String
        public var component: String
        public var before: Money
        public var after: Money
        public var change: Money { after - before }
    }
    public var baseline: String
    public var environments: [EnvironmentChange]
    /// The largest changes by size, at most ten.
    public var largest: [ComponentChange]
    public var before: Money { environments.reduce(.zero) { $0 + $1.before } }
    public var after: Money { environments.reduce(.zero) { $0 + $1.after } }
}

public struct ScopeTimeline: Sendable, Equatable {
    public struct Unit: Sendable, Equatable {
        public var module: String
        public var wave: Int
        public var startMinute: Double
        public var endMinute: Double
        public var status: String
        public var resources: Int
    }
    /// Where a real apply stops that the dry run went past (`Refusal`).
    public struct Stop: Sendable, Equatable {
        public var module: String
        public var address: String
        /// "at terraform plan" or "at apply".
        public var when: String
        public var error: String
        public var fix: String?
    }
    public var scope: String
    public var units: [Unit]
    public var stops: [Stop] = []
    public var totalMinutes: Double { units.map(\.endMinute).max() ?? 0 }
}
