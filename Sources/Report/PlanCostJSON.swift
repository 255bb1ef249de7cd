import Catalog
import Cost
import PlanCost

/// `cost --plan-json FILE --format json`: snake_case keys, money as numbers, sorted lists.
public enum PlanCostJSON {
    public static func render(_ document: PlanCostDocument) -> String {
        func money(_ amount: Money) -> JSONValue { .number(amount.plain) }
        func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func components(_ list: [PricedComponent]?) -> JSONValue {
            guard let list else { return .null }
            return .array(list.map { component in
                .object([("name", .string(component.name)), ("quantity", component.quantity.map { .number("\($0)") } ?? .null),
                         ("unit", .string(component.unit)), ("unit_price", .number(component.unitPrice.amount.description)),
                         ("monthly_cost", money(component.monthlyCost)), ("usage_based", .bool(component.usageBased))])
            })
        }
        return JSONValue.object([
            ("plan_file", .string(document.file)), ("format_version", .string(document.formatVersion)),
            ("terraform_version", optional(document.terraformVersion)), ("region", .string(document.region)),
            ("currency", .string("USD")), ("catalog_as_of", .string(document.catalogAsOf)),
            ("monthly_before", money(document.monthlyBefore)), ("monthly_after", money(document.monthlyAfter)),
            ("monthly_change", money(document.monthlyChange)),
            ("actions", .object(document.actionCounts.map { ($0.action, .number(String($0.count))) })),
            ("resources", .array(document.resources.map { resource in
                .object([("address", .string(resource.address)), ("type", .string(resource.type)), ("action", .string(resource.action)),
                         ("action_reason", optional(resource.actionReason)), ("region", .string(resource.region)),
                         ("monthly_before", money(resource.monthlyBefore)), ("monthly_after", money(resource.monthlyAfter)),
                         ("monthly_change", money(resource.monthlyChange)), ("changes", .array(resource.changes.map(JSONValue.string))),
                         ("before", components(resource.before)), ("after", components(resource.after))])
            })),
            ("hazards", .array(document.hazards.map { hazard in
                .object([("id", .string(hazard.id)), ("title", .string(hazard.title)), ("severity", .string(hazard.severity)),
                         ("address", .string(hazard.address)), ("action", .string(hazard.action)), ("evidence", .string(hazard.evidence)),
                         ("aws_error", optional(hazard.awsError)), ("fix", .string(hazard.fix)),
                         ("downtime_minutes", hazard.downtimeMinutes.map { .number(Format.number($0)) } ?? .null)])
            })),
            ("unpriced", .array(document.unpriced.map { item in
                .object([("address", .string(item.address)), ("type", .string(item.type)), ("action", .string(item.action)),
                         ("side", .string(item.side)), ("reason", .string(item.reason))])
            })),
            ("free_resources", .number(String(document.freeResources))),
            ("assumptions", .array(document.assumptions.map(JSONValue.string))),
        ]).rendered()
    }
}
