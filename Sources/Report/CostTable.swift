import Catalog
import Cost
import Foundation

/// The terminal table of `edxplan cost`: a tree per environment (service, resource,
/// component) in the style of `infracost breakdown`, then the totals.
public enum CostTable {
    /// On a terminal, names are shortened in the middle so that no line is wider than it, and
    /// headings and totals are bold; `.plain` keeps every address whole.
    public static func render(_ document: CostDocument, terminal: Terminal = .plain) -> String {
        var rows: [Row] = []
        // One environment carries every cost: the total is its total ("TOTAL for prod"), said
        // once when nothing shared is listed between them.
        let single = document.environments.count == 1
        let alone = single && document.shared.services.isEmpty && document.shared.isItemized
            && document.environments[0].sharedAllocation == .zero
        for environment in document.environments {
            rows.append(.heading("Environment \(environment.name) (\(environment.region))"))
            rows += services(environment.services)
            if environment.sharedAllocation != .zero {
                rows.append(.total("  Share of shared costs", environment.sharedAllocation))
            }
            if !alone { rows.append(.total("  \(environment.name) total", environment.monthlyTotal)) }
            rows.append(.blank)
        }
        if !document.shared.services.isEmpty {
            rows.append(.heading(sharedHeading(document.shared.allocationRule)))
            rows += services(document.shared.services)
            rows.append(.total("  shared total", document.shared.monthlyTotal))
            rows.append(.blank)
        } else if !document.shared.isItemized {
            rows.append(.heading(sharedHeading(document.shared.allocationRule, total: document.shared.monthlyTotal)))
            rows.append(.blank)
        }
        let label = single ? "TOTAL for \(document.environments[0].name)" : "OVERALL TOTAL"
        rows.append(.total("\(label) (\(document.currency) per month)", document.monthlyTotal))
        return terminal.fit(header(document)) + layout(rows, terminal: terminal)
            + terminal.fit(UnpricedText.list(document.unpriced)) + terminal.fit(footer(document))
    }

    /// "Shared costs (...) are split ..." once, where the rule already starts with "shared costs".
    static func sharedHeading(_ rule: String, total: Money? = nil) -> String {
        let lead = "shared costs"
        let sentence = rule.lowercased().hasPrefix(lead) ? "Shared costs" + rule.dropFirst(lead.count) : "Shared costs: " + rule
        return sentence + (total.map { ": \($0.formatted) in all" } ?? "")
    }

    /// The short form the main job prints: one line per environment and service.
    public static func summary(_ document: CostDocument) -> String {
        var lines = ["Monthly cost of \(document.scenario) (USD, on-demand list prices as of \(document.catalogAsOf))", ""]
        let width = 44
        for environment in document.environments {
            lines.append(Format.pad(environment.name, width) + Format.pad(environment.monthlyTotal.formatted, 12, right: true))
            for service in environment.services.sorted(by: { ($1.monthlyTotal, $0.service) < ($0.monthlyTotal, $1.service) }) {
                lines.append(Format.pad("  " + service.service, width) + Format.pad(service.monthlyTotal.formatted, 12, right: true))
            }
            if environment.sharedAllocation != .zero {
                lines.append(Format.pad("  share of shared costs", width) + Format.pad(environment.sharedAllocation.formatted, 12, right: true))
            }
        }
        lines.append(Format.pad("Total per month", width) + Format.pad(document.monthlyTotal.formatted, 12, right: true))
        lines.append(Format.pad("Total per year", width) + Format.pad((document.monthlyTotal * 12).formatted, 12, right: true))
        return lines.joined(separator: "\n") + "\n" + UnpricedText.list(document.unpriced)
    }

    enum Row {
        case heading(String)
        case line(name: String, quantity: String, unit: String, cost: String)
        case total(String, Money)
        case blank
    }

    static func services(_ services: [ServiceCost]) -> [Row] {
        var rows: [Row] = []
        for service in services {
            rows.append(.line(name: "  " + service.service, quantity: "", unit: "", cost: service.monthlyTotal.formatted))
            for resource in service.resources {
                let origin = resource.managedBy == "terraform" ? resource.module : "\(resource.module), outside state: \(resource.managedBy)"
                rows.append(.line(name: "    \(resource.address) [\(origin)]", quantity: "", unit: "", cost: resource.monthlyTotal.formatted))
                for (index, component) in resource.components.enumerated() {
                    let branch = index + 1 == resource.components.count ? "└─ " : "├─ "
                    let name = "      " + branch + component.name + Format.marks(component)
                    if let quantity = component.quantity {
                        rows.append(.line(name: name, quantity: Format.quantity(quantity), unit: component.unit,
                                          cost: component.monthlyCost.formatted))
                    } else {
                        rows.append(.line(name: name, quantity: "", unit: "",
                                          cost: "depends on usage: \(Format.price(component.unitPrice, unit: component.unit))"))
                    }
                }
            }
        }
        return rows
    }

    /// The columns after the name: quantity, unit and cost, 12 wide each, two spaces apart.
    static let fixedWidth = 2 + 12 + 2 + 12 + 2 + 12

    static func layout(_ rows: [Row], terminal: Terminal) -> String {
        var nameWidth = rows.reduce(40) { width, row in
            if case .line(let name, _, _, _) = row { return max(width, name.count) }
            return width
        }
        if let width = terminal.width { nameWidth = max(10, min(nameWidth, width - fixedWidth)) }
        var out = Format.pad("Name", nameWidth) + "  " + Format.pad("Monthly qty", 12, right: true) + "  "
            + Format.pad("Unit", 12) + "  " + Format.pad("Monthly cost", 12, right: true) + "\n\n"
        for row in rows {
            switch row {
            case .heading(let text): out += terminal.bold(terminal.fit(text)) + "\n"
            case .line(let name, let quantity, let unit, let cost):
                // "depends on usage: $0.09 per GB" has no quantity or unit: it spreads over their columns.
                let rest = quantity.isEmpty && unit.isEmpty ? "  " + Format.pad(cost, fixedWidth - 2, right: true)
                    : "  " + Format.pad(quantity, 12, right: true) + "  " + Format.pad(unit, 12) + "  " + Format.pad(cost, 12, right: true)
                guard let width = terminal.width else {
                    out += Format.pad(name, nameWidth) + rest + "\n"
                    continue
                }
                // A unit or a note wider than its column takes room from the name, down to 10
                // characters; past that, the figures go on a line of their own.
                let room = min(nameWidth, width - rest.count)
                if room >= 10 {
                    out += Format.pad(Terminal.middle(name, room), room) + rest + "\n"
                } else {
                    let figures = rest.trimmingCharacters(in: .whitespaces)
                    out += Terminal.middle(name, width) + "\n" + terminal.fit(Format.pad(figures, width, right: true)) + "\n"
                }
            case .total(let label, let amount):
                out += terminal.bold(Format.pad(label, nameWidth + 30) + Format.pad(amount.formatted, 12, right: true)) + "\n"
            case .blank: out += "\n"
            }
        }
        return out
    }

    static func header(_ document: CostDocument) -> String {
        "Scenario \(document.scenario): monthly cost in \(document.currency), catalog as of \(document.catalogAsOf)\n\n"
    }

    static func footer(_ document: CostDocument) -> String {
        "\n* usage-based: priced from the scenario's usage assumptions\n" + (document.hasUnconfirmedPrices ? Format.unconfirmedLegend + "\n" : "")
            + SavingsText.table(document.savings) + "\nAssumptions:\n"
            + document.assumptions.map { "- " + $0 }.joined(separator: "\n") + "\n"
    }
}
