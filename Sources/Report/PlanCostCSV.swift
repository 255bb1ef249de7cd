import Catalog
import PlanCost

/// `cost --plan-json FILE --format csv`: one row per resource and side's component, for finance.
public enum PlanCostCSV {
    public static func render(_ document: PlanCostDocument) -> String {
        var out = "address,type,action,side,component,quantity,unit,unit_price_usd,monthly_usd\n"
        for resource in document.resources {
            for (side, components) in [("before", resource.before ?? []), ("after", resource.after ?? [])] {
                for component in components {
                    out += [resource.address, resource.type, resource.action, side, component.name,
                            component.quantity.map { "\($0)" } ?? "", component.unit, component.unitPrice.amount.description,
                            component.monthlyCost.plain].map(CostCSV.field).joined(separator: ",") + "\n"
                }
            }
        }
        return out
    }
}
