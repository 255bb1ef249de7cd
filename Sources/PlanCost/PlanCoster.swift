import Blueprint
import Catalog
import Cost
import Foundation
import Scenario
import TerraformPlan

/// Prices a Terraform plan with the cost engine: each managed resource's before and after
/// objects become the engine's resources, priced in their region with the catalog's prices,
/// so a plan's figures and `cost`'s are the same for the same configuration.
public enum PlanCoster {
    /// The region when the plan names none (a provider region from a variable) and `--region` is not given.
    public static let fallbackRegion = "us-east-1"

    public static func price(_ plan: TerraformPlan, file: String, catalog: Catalog, region given: String? = nil) throws -> PlanCostDocument {
        let named = PlanRegions.planRegion(plan, given: given)
        let region = named ?? fallbackRegion
        var pricers: [String: ResourcePricer] = [:]
        var resources: [PlanResourceCost] = []
        var unpriced: [PlanUnpriced] = []
        var free = 0
        var counts: [String: Int] = [:]
        for change in plan.changes where change.isManaged {
            counts[change.actionName, default: 0] += 1
            let where_ = PlanRegions.own(change) ?? region
            if pricers[where_] == nil { pricers[where_] = ResourcePricer(catalog: catalog, region: where_) }
            let pricer = pricers[where_]!
            var line = PlanResourceCost(address: change.address, type: change.type, action: change.actionName,
                                        actionReason: change.actionReason, region: where_, before: nil, after: nil, changes: [])
            var mapped: [String: Resource] = [:]
            var isFree = false
            for (side, object, unknown) in [("before", change.before, nil as JSONValue?), ("after", change.after, change.afterUnknown)] {
                // `forget` leaves the object in AWS, still billed, but no longer in this plan's care.
                guard let object, !(side == "after" && change.actions.contains("forget")) else { continue }
                switch PlanObjects.map(change, object, unknown: unknown) {
                case .free: isFree = true
                case .unpriceable(let reason):
                    unpriced.append(PlanUnpriced(address: change.address, type: change.type, action: change.actionName, side: side, reason: reason))
                case .resource(let resource):
                    mapped[side] = resource
                    let all = try pricer.components(resource, usage: Usage())
                    for component in all where component.unpricedReason != nil {
                        unpriced.append(PlanUnpriced(address: change.address, type: change.type, action: change.actionName, side: side,
                                                     reason: "\(component.name): \(component.unpricedReason ?? "")"))
                    }
                    // A side whose every component is unpriced is listed only under "not priced".
                    let priced = all.filter { $0.unpricedReason == nil }
                    guard !priced.isEmpty || all.isEmpty else { continue }
                    if side == "before" { line.before = priced } else { line.after = priced }
                }
            }
            if let before = mapped["before"], let after = mapped["after"] { line.changes = Self.changes(before, after) }
            if line.before != nil || line.after != nil { resources.append(line) } else if isFree { free += 1 }
        }
        let order = ["create", "update", "replace", "replace (forget the old)", "delete", "forget", "no-op"]
        return PlanCostDocument(
            file: file, formatVersion: plan.formatVersion, terraformVersion: plan.terraformVersion, region: region,
            catalogAsOf: catalog.asOf, hoursPerMonth: ResourcePricer(catalog: catalog, region: region).hoursPerMonth,
            resources: resources.sorted { $0.address < $1.address },
            unpriced: Self.merge(unpriced).sorted { ($0.address, $0.side, $0.reason) < ($1.address, $1.side, $1.reason) },
            hazards: PlanHazards.read(plan, catalog: catalog),
            assumptions: assumptions(named: named, plan: plan, catalog: catalog), freeResources: free,
            actionCounts: order.compactMap { action in counts[action].map { (action, $0) } })
    }

    /// The attributes the engine prices that differ, `name: old -> new`.
    static func changes(_ before: Resource, _ after: Resource) -> [String] {
        Set(before.attributes.keys).union(after.attributes.keys).subtracting(["usage_unknown"]).sorted().compactMap { name in
            let old = before[name], new = after[name]
            guard old != new else { return nil }
            return "\(name): \(old?.description ?? "null") -> \(new?.description ?? "null")"
        }
    }

    /// One line where before and after are unpriced for the same reason.
    static func merge(_ items: [PlanUnpriced]) -> [PlanUnpriced] {
        var out: [PlanUnpriced] = []
        for item in items {
            if let index = out.firstIndex(where: { $0.address == item.address && $0.reason == item.reason && $0.side != item.side }) {
                out[index].side = "both"
            } else {
                out.append(item)
            }
        }
        return out
    }

    static func assumptions(named: String?, plan: TerraformPlan, catalog: Catalog) -> [String] {
        var list = [
            "Prices are on-demand list prices from the catalog (as of \(catalog.asOf)), Linux, per month of "
                + "\(ResourcePricer(catalog: catalog, region: fallbackRegion).hoursPerMonth) hours.",
            "A plan holds configuration, not usage: storage used, requests, traffic and data processed are shown as depending on usage, not guessed.",
            "Attributes known only after apply that a price does not hinge on (storage type, engine version, disk size) take the engine's defaults.",
        ]
        if named == nil {
            list.insert("The plan names no AWS region (its provider takes it from a variable) and no object's ARN names one: "
                        + "priced in \(fallbackRegion); give --region to price another.", at: 0)
        }
        return list
    }
}
