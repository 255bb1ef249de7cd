import Catalog
import Diagnostics
import Foundation
import Scenario
import Sizing

/// One environment's capacity plan as the pack shows it, or why it has none.
public struct EnvironmentSizing: Sendable, Equatable {
    public struct Option: Sendable, Equatable {
        public var configuration: String
        public var monthly: Money
    }
    public struct Plan: Sendable, Equatable {
        public var learners: Int
        public var peakUsers: Int
        public var current: String
        public var currentMonthly: Money?
        public var fits: Bool
        /// The worst violated constraint, or for a fitting configuration the tightest one (`Check.text`).
        public var binding: String
        public var bindingName: String
        /// Every violated constraint, worst first.
        public var violations: [String]
        public var recommendation: Option
        public var recommendationBinding: String
        public var monthlyCostDelta: Money?
        public var downtimeMinutes: Double
        /// The search's best configurations, cheapest first; the first is the recommendation.
        public var alternatives: [Option]
    }
    public var environment: String
    public var plan: Plan?
    /// Why there is no plan: no load profile, no Kubernetes, or the sizer's error.
    public var missing: String?

    /// `edxplan size` for every environment with `load.peak_concurrent_users` and the kubernetes
    /// module; the others, and any the sizer cannot size, say why instead of failing the pack.
    /// In the shared-stack layout the one plan is the shared stack's, carrying every environment.
    public static func size(_ scenario: Scenario, catalog: Catalog) throws -> [EnvironmentSizing] {
        if scenario.layout == .sharedStack {
            if let unloaded = scenario.environments.first(where: { $0.load.peakConcurrentUsers == nil }) {
                return [EnvironmentSizing(environment: "shared", plan: nil, missing: "\(unloaded.name) has no "
                    + "load.peak_concurrent_users in the scenario, and the shared stack carries every environment's load")]
            }
            return [sized(scenario, "shared", catalog: catalog)]
        }
        return scenario.environments.map { environment in
            guard environment.load.peakConcurrentUsers != nil else {
                return EnvironmentSizing(environment: environment.name, plan: nil,
                                         missing: "no load.peak_concurrent_users in the scenario, so there is no load to size for")
            }
            guard environment.has(.kubernetes) else {
                return EnvironmentSizing(environment: environment.name, plan: nil,
                                         missing: "no kubernetes module: only the EKS node group and its data stores are sized")
            }
            return sized(scenario, environment.name, catalog: catalog)
        }
    }

    static func sized(_ scenario: Scenario, _ name: String, catalog: Catalog) -> EnvironmentSizing {
        do {
            let report = try Sizer.size(scenario, environment: name, catalog: catalog)
            return EnvironmentSizing(environment: name, plan: plan(report), missing: nil)
        } catch let error as UserError {
            return EnvironmentSizing(environment: name, plan: nil, missing: error.message + (error.hint.map { " (\($0))" } ?? ""))
        } catch {
            return EnvironmentSizing(environment: name, plan: nil, missing: "\(error)")
        }
    }

    static func plan(_ report: SizingReport) -> Plan {
        let rec = report.recommendation
        let binding = report.current.binding
        return Plan(learners: report.learners, peakUsers: report.peakUsers, current: report.current.configuration.summary,
                    currentMonthly: report.currentCost, fits: report.fits, binding: binding?.text ?? "none",
                    bindingName: binding?.name ?? "none",
                    violations: report.current.violations.sorted { $0.utilization > $1.utilization }.map(\.text),
                    recommendation: Option(configuration: rec.evaluation.configuration.summary, monthly: rec.monthlyTotal),
                    recommendationBinding: rec.evaluation.binding?.text ?? "none", monthlyCostDelta: report.monthlyCostDelta,
                    downtimeMinutes: report.downtimeMinutes,
                    alternatives: report.search.top.prefix(3).map {
                        Option(configuration: $0.evaluation.configuration.summary, monthly: $0.monthlyTotal)
                    })
    }
}
