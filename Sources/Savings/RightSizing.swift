import Catalog
import Cost
import Foundation
import Scenario
import Sizing

/// Right-sizing from the capacity planner: offered only where the environment's load still
/// fits the cheaper configuration (the planner's recommendation meets every constraint) and
/// the current configuration fits too, so the saving is not a fix in disguise.
enum RightSizing {
    /// `name` is an environment, or `shared` for the shared stack (which carries every environment's load).
    /// `cost` is the scenario as `edxplan cost` priced it, the base the planner measures from.
    static func saving(_ scenario: Scenario, name: String, catalog: Catalog, cost: CostDocument, memo: PricingMemo) -> [Saving] {
        // Searched only where the current configuration fits: the search is most of what `cost` does otherwise.
        guard let report = try? Sizer.sizeIfCurrentFits(scenario, environment: name, catalog: catalog, scenarioCost: cost, memo: memo),
              let delta = report.monthlyCostDelta, delta < .zero else { return [] }
        let replaced = report.changes.filter { $0.action == .replace }.map(\.address)
        let updated = report.changes.filter { $0.action == .update }.map(\.address)
        var change: [String] = []
        if !updated.isEmpty { change.append("in place: \(updated.joined(separator: ", "))") }
        if !replaced.isEmpty { change.append("replaced: \(replaced.joined(separator: ", "))") }
        change.append(report.downtimeMinutes > 0 ? String(format: "about %.0f min of downtime", report.downtimeMinutes) : "no downtime")
        return [Saving(kind: .rightSizing, environment: name,
                       title: "Right-size to \(report.recommendation.evaluation.configuration.summary) (the load still fits)",
                       monthly: Money.zero - delta, planChange: change.joined(separator: "; "),
                       risk: "sized for \(report.peakUsers) peak concurrent users with the capacity model's assumptions "
                           + "(edxplan size); binding constraint \(report.recommendation.evaluation.binding?.name ?? "none")",
                       steps: ["edxplan size --env \(name) --write-scenario <file>, then plan and apply it"])]
    }
}
