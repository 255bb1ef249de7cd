import Catalog
import Cost
import Foundation

/// `edxplan cost --format json`: snake_case keys, money as numbers in USD, every component
/// with the catalog key and source it was priced from.
public enum CostJSON {
    public static func render(_ document: CostDocument) -> String { value(document).rendered() }

    public static func value(_ document: CostDocument) -> JSONValue {
        .object([
            ("scenario", .string(document.scenario)),
            ("currency", .string(document.currency)),
            ("catalog", .object([
                ("as_of", .string(document.catalogAsOf)),
                ("source", .string("edxplan catalog: Catalog/README.md lists every source")),
                ("sources", .array(document.sources.map { .string($0) })),
            ])),
            ("hours_per_month", .number(document.hoursPerMonth.description)),
            ("monthly_total", money(document.monthlyTotal)),
            ("environments", .array(document.environments.map(environment))),
            ("shared", .object([
                ("monthly_total", money(document.shared.monthlyTotal)),
                ("allocation_rule", .string(document.shared.allocationRule)),
                ("allocations", .array(document.shared.allocations.map {
                    .object([("environment", .string($0.environment)), ("monthly_cost", money($0.amount))])
                })),
                ("services", .array(document.shared.services.map(service))),
            ])),
            ("savings", SavingsText.json(document.savings)),
            ("assumptions", .array(document.assumptions.map { .string($0) })),
            ("unpriced", .array(document.unpriced.map(unpriced))),
        ])
    }

    /// A component left out of every total: the catalog has no price for it in its region.
    static func unpriced(_ item: UnpricedComponent) -> JSONValue {
        .object([
            ("environment", .string(item.environment)),
            ("address", .string(item.address)),
            ("component", .string(item.component)),
            ("price_key", .string(item.priceKey.description)),
            ("reason", .string(item.reason)),
        ])
    }

    static func environment(_ environment: EnvironmentCost) -> JSONValue {
        .object([
            ("name", .string(environment.name)),
            ("region", .string(environment.region)),
            ("monthly_total", money(environment.monthlyTotal)),
            ("own_total", money(environment.ownTotal)),
            ("shared_allocation", money(environment.sharedAllocation)),
            ("free_resources", .number(String(environment.freeResources))),
            ("services", .array(environment.services.map(service))),
        ])
    }

    static func service(_ service: ServiceCost) -> JSONValue {
        .object([
            ("service", .string(service.service)),
            ("monthly_total", money(service.monthlyTotal)),
            ("resources", .array(service.resources.map { resource in
                .object([
                    ("address", .string(resource.address)),
                    ("type", .string(resource.type)),
                    ("module", .string(resource.module)),
                    ("managed_by", .string(resource.managedBy)),
                    ("monthly_total", money(resource.monthlyTotal)),
                    ("components", .array(resource.components.map(component))),
                ])
            })),
        ])
    }

    static func component(_ component: PricedComponent) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(component.name)),
            ("unit", .string(component.unit)),
            ("quantity", component.quantity.map { .number(Format.quantity($0)) } ?? .null),
            ("unit_price", .number(component.unitPrice.amount.description)),
            ("monthly_cost", money(component.monthlyCost)),
            ("usage_based", .bool(component.usageBased)),
            ("price_key", .string(component.priceKey.description)),
            ("tier_start", .number(Format.number(component.tierStart))),
            ("source", .string(component.source)),
        ]
        if let note = component.note { members.append(("note", .string(note))) }
        if !component.confirmed { members.append(("confirmed", .bool(false))) }
        return .object(members)
    }

    static func money(_ amount: Money) -> JSONValue { .number(amount.plain) }
}
