import Catalog
import Cost
import Foundation

/// `edxplan cost --format markdown`: readable on GitHub, pasteable into a pull request.
public enum CostMarkdown {
    public static func render(_ document: CostDocument) -> String {
        var out = "# Monthly cost: \(document.scenario)\n\n"
        out += "USD per month, AWS on-demand list prices from the edxplan catalog as of \(document.catalogAsOf).\n\n"
        out += "| Environment | Region | Own resources | Share of shared | Monthly total | Annual total |\n"
        out += "|---|---|---:|---:|---:|---:|\n"
        for environment in document.environments {
            out += "| \(environment.name) | \(environment.region) | \(environment.ownTotal.formatted) | "
                + "\(environment.sharedAllocation.formatted) | **\(environment.monthlyTotal.formatted)** | "
                + "\((environment.monthlyTotal * 12).formatted) |\n"
        }
        out += "| **Total** | | | | **\(document.monthlyTotal.formatted)** | **\((document.monthlyTotal * 12).formatted)** |\n\n"

        for environment in document.environments {
            out += "## \(environment.name)\n\n" + serviceTable(environment.services) + "\n"
            out += componentTable(environment.services) + "\n"
        }
        if !document.shared.isItemized {
            out += "## Shared costs\n\n\(document.shared.monthlyTotal.formatted) in all; "
                + "\(document.shared.allocationRule). This report shows only the share above.\n\n"
        }
        if !document.shared.services.isEmpty {
            out += "## Shared costs\n\n\(document.shared.allocationRule.prefix(1).uppercased() + document.shared.allocationRule.dropFirst()):\n\n"
            out += "| Environment | Share |\n|---|---:|\n"
            for allocation in document.shared.allocations {
                out += "| \(allocation.environment) | \(allocation.amount.formatted) |\n"
            }
            out += "\n" + serviceTable(document.shared.services) + "\n" + componentTable(document.shared.services) + "\n"
        }
        if !document.unpriced.isEmpty {
            out += "## Not priced\n\n\(UnpricedText.summary(document.unpriced.count)):\n\n"
            out += "| Environment | Resource | Component | Reason |\n|---|---|---|---|\n"
            for item in document.unpriced {
                out += "| \(item.environment) | `\(item.address)` | \(escape(item.component)) | \(escape(item.reason)) |\n"
            }
            out += "\n"
        }
        if document.hasUnconfirmedPrices { out += Format.unconfirmedLegend + "\n\n" }
        out += SavingsText.markdown(document.savings)
        out += "## Assumptions\n\n" + document.assumptions.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
        out += "## Sources\n\n" + document.sources.map { "- " + escape($0) }.joined(separator: "\n") + "\n"
        return out
    }

    static func serviceTable(_ services: [ServiceCost]) -> String {
        var out = "| Service | Monthly cost |\n|---|---:|\n"
        for service in services { out += "| \(service.service) | \(service.monthlyTotal.formatted) |\n" }
        let total = services.reduce(Money.zero) { $0 + $1.monthlyTotal }
        return out + "| **Total** | **\(total.formatted)** |\n"
    }

    static func componentTable(_ services: [ServiceCost]) -> String {
        var out = "| Resource | Component | Quantity | Unit | Unit price | Monthly cost |\n|---|---|---:|---|---:|---:|\n"
        for resource in services.flatMap(\.resources) {
            for component in resource.components {
                let quantity = component.quantity.map(Format.quantity) ?? "depends on usage"
                out += "| `\(resource.address)` | \(escape(component.name))\(Format.marks(component, markdown: true)) | \(quantity) | "
                    + "\(component.unit) | \(component.unitPrice.unitPrice) | \(component.monthlyCost.formatted) |\n"
            }
        }
        return out
    }

    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
