import Catalog
import Cost
import Foundation

/// What a Terraform plan does to the monthly bill, resource by resource, and the tear-down
/// hazards in it: what every `cost --plan-json` and `report --plan-json` renderer prints.
public struct PlanCostDocument: Sendable {
    /// The plan file as the user named it.
    public var file: String
    public var formatVersion: String
    public var terraformVersion: String?
    /// The region the plan's AWS provider names (or `--region`); a resource whose ARN or zone
    /// names another region is priced there.
    public var region: String
    public var catalogAsOf: String
    public var hoursPerMonth: Decimal
    /// Every managed resource the engine prices, sorted by address.
    public var resources: [PlanResourceCost]
    /// What could not be priced, and why; left out of every total.
    public var unpriced: [PlanUnpriced]
    public var hazards: [PlanHazard]
    public var assumptions: [String]
    /// Resources AWS bills nothing for (IAM, security groups, Kubernetes objects, ...).
    public var freeResources: Int
    /// How many resource changes of each action, as `terraform plan` sums them up.
    public var actionCounts: [(action: String, count: Int)]

    public var monthlyBefore: Money { resources.reduce(.zero) { $0 + $1.monthlyBefore } }
    public var monthlyAfter: Money { resources.reduce(.zero) { $0 + $1.monthlyAfter } }
    public var monthlyChange: Money { monthlyAfter - monthlyBefore }
}

/// One resource's monthly cost before and after the plan.
public struct PlanResourceCost: Sendable {
    public var address: String
    public var type: String
    /// create, update, replace, delete, no-op, forget (as `terraform plan` says it).
    public var action: String
    public var actionReason: String?
    public var region: String
    /// The priced components of the object before and after; nil where there is no object.
    public var before: [PricedComponent]?
    public var after: [PricedComponent]?
    /// The priced attributes that change, as `name: old -> new`.
    public var changes: [String]

    public var monthlyBefore: Money { (before ?? []).reduce(.zero) { $0 + $1.monthlyCost } }
    public var monthlyAfter: Money { (after ?? []).reduce(.zero) { $0 + $1.monthlyCost } }
    public var monthlyChange: Money { monthlyAfter - monthlyBefore }
    /// True when a component depends on usage the plan cannot show (traffic, storage used).
    public var hasUnknownUsage: Bool { ((before ?? []) + (after ?? [])).contains { $0.usageBased && $0.quantity == nil } }
}

/// A resource, or one component of it, the plan does not let edxplan price.
public struct PlanUnpriced: Sendable, Equatable {
    public var address: String
    public var type: String
    public var action: String
    /// `before`, `after` or `both`: which object it is about.
    public var side: String
    public var reason: String
}

/// A tear-down hazard of the plan: the same ids, titles and AWS errors as `rehearse` reads from
/// a configuration (docs/simulator.md), with the plan's values as the evidence.
public struct PlanHazard: Sendable, Equatable {
    public var id: String
    public var title: String
    /// data-loss, blocks-destroy (the apply stops), downtime.
    public var severity: String
    public var address: String
    public var action: String
    public var evidence: String
    public var awsError: String?
    public var fix: String
    /// Expected minutes of outage for a replacement (catalog durations), when there is one.
    public var downtimeMinutes: Double?
}
