import Blueprint
import Catalog
import Cost
import Foundation
import Planner
import Scenario
import Sizing

/// The savings a finance office asks for first, each priced by the cost engine: every
/// candidate change is applied to a copy of the scenario, the copy is priced whole, and the
/// saving is what the bill falls by. Largest monthly saving first.
public enum SavingsFinder {
    /// `memo`: the one `cost` was priced with, when it was (its resources are then priced once for every variant).
    public static func find(_ scenario: Scenario, catalog: Catalog, cost: CostDocument, memo: PricingMemo = PricingMemo()) -> [Saving] {
        let pricing = ScenarioPricing(scenario: scenario, catalog: catalog, base: cost.monthlyTotal,
                                      unpricedKeys: Set(cost.unpriced.map(\.priceKey)), blueprint: Blueprint.expand(scenario),
                                      memo: memo)
        var found: [Saving] = []
        for (index, environment) in scenario.environments.enumerated() {
            let scope = Scope.environment(index)
            found += Variants.all(environment, catalog: catalog).compactMap { pricing.saving($0, in: scope, name: environment.name) }
            if scenario.layout == .perEnvironment {
                found += RightSizing.saving(scenario, name: environment.name, catalog: catalog, cost: cost, memo: memo)
            }
        }
        if let stack = scenario.shared {
            found += Variants.all(stack, catalog: catalog).compactMap { pricing.saving($0, in: .shared, name: "shared") }
            found += RightSizing.saving(scenario, name: "shared", catalog: catalog, cost: cost, memo: memo)
        }
        found += ReservedCapacity.savings(cost, catalog: catalog)
        return Saving.ranked(found)
    }
}

/// Where a variant applies: one environment, or the shared stack.
enum Scope { case environment(Int), shared }

/// Prices a scenario with one environment (or the shared stack) changed, as every command
/// prices (the cost engine with the usage the load implies), and describes what the change
/// does in a Terraform plan.
struct ScenarioPricing {
    let scenario: Scenario
    let catalog: Catalog
    let base: Money
    /// What the catalog cannot price in the scenario as it is (the same gaps do not make a saving).
    var unpricedKeys: Set<PriceKey> = []
    /// The scenario's blueprint, expanded once: every variant's plan change starts from it.
    let blueprint: Blueprint
    /// Each environment's (and the shared stack's, as `shared`) prior state, made once for all its variants.
    let priors: [String: PriorState]
    /// The sizing assumptions at their defaults, which give each change's downtime: made once, not once per variant.
    let changeAssumptions: SizingAssumptions?
    /// Every variant differs from the scenario in a few resources: the rest are priced once.
    let memo: PricingMemo

    init(scenario: Scenario, catalog: Catalog, base: Money, unpricedKeys: Set<PriceKey>, blueprint: Blueprint, memo: PricingMemo) {
        self.scenario = scenario
        self.catalog = catalog
        self.base = base
        self.unpricedKeys = unpricedKeys
        self.blueprint = blueprint
        self.memo = memo
        var priors: [String: PriorState] = [:]
        for environment in blueprint.environments { priors[environment.name] = ChangePlanner.priorState(of: environment) }
        priors["shared"] = ChangePlanner.priorState(of: blueprint.shared)   // as planChange picks: `shared` is the stack
        self.priors = priors
        changeAssumptions = try? SizingAssumptions(load: LoadProfile())
    }

    func saving(_ variant: Variant, in scope: Scope, name: String) -> Saving? {
        var changed = scenario
        switch scope {
        case .environment(let index): changed.environments[index] = variant.environment
        case .shared: changed.shared = variant.environment
        }
        let changedBlueprint = Blueprint.expand(changed)
        guard let priced = try? CostEngine.price(changed, catalog: catalog, blueprint: changedBlueprint, estimator: LoadUsage(),
                                                memo: memo),
              Set(priced.unpriced.map(\.priceKey)).isSubset(of: unpricedKeys) else { return nil }
        // An alternative whose price the catalog lacks (a DocumentDB class unpriced in this region)
        // is not a saving: its missing price would count as zero.
        let monthly = base - priced.monthlyTotal
        guard monthly > .zero else { return nil }
        return Saving(kind: variant.kind, environment: name, title: variant.title, monthly: monthly,
                      planChange: planChange(to: changed, blueprint: changedBlueprint, name: name) ?? variant.planChange,
                      risk: variant.risk, steps: variant.steps)
    }

    /// "in place: 1 to change (module.db...); 0 min downtime" from the planner's own plan.
    func planChange(to new: Scenario, blueprint after: Blueprint, name: String) -> String? {
        let before = blueprint
        let pick = { (b: Blueprint) in name == "shared" ? b.shared : b.environments.first { $0.name == name } }
        guard pick(before) != nil, let desired = pick(after), let prior = priors[name],
              let plan = try? ChangePlanner.plan(prior: prior, desired: desired, scenario: new),
              let assumptions = changeAssumptions else { return nil }
        let effects = ChangePlanner.effects(of: plan, catalog: catalog, assumptions: assumptions)
        guard !effects.isEmpty else { return nil }
        let replaced = effects.filter { $0.action == .replace }, updated = effects.filter { $0.action == .update }
        var parts: [String] = []
        if !updated.isEmpty { parts.append("in place: \(updated.map(\.address).joined(separator: ", "))") }
        if !replaced.isEmpty { parts.append("replaced: \(replaced.map(\.address).joined(separator: ", "))") }
        let others = effects.count - replaced.count - updated.count
        if others > 0 { parts.append("\(others) other change(s)") }
        let downtime = effects.reduce(0) { $0 + $1.downtimeMinutes }
        parts.append(downtime > 0 ? String(format: "about %.0f min of downtime", downtime) : "no downtime")
        return parts.joined(separator: "; ")
    }
}
