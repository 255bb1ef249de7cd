import Catalog
import Cost
import Foundation

/// `edxplan cost --format csv`: one row per component, for finance's spreadsheets.
/// Shared costs appear under the environment `shared`, once; they are not repeated per environment.
public enum CostCSV {
    public static let header = ["environment", "service", "module", "address", "component", "quantity", "unit",
                                "unit_price", "monthly_cost", "usage_based", "price_key", "source"]

    public static func render(_ document: CostDocument) -> String {
        var lines = [header.joined(separator: ",")]
        let groups = document.environments.map { ($0.name, $0.services) } + [("shared", document.shared.services)]
        for (environment, services) in groups {
            for service in services {
                for resource in service.resources {
                    for component in resource.components {
                        lines.append([
                            environment, service.service, resource.module, resource.address, component.name,
                            component.quantity.map(Format.quantity) ?? "", component.unit,
                            component.unitPrice.amount.description, component.monthlyCost.plain,
                            component.usageBased ? "true" : "false", component.priceKey.description, component.source,
                        ].map(field).joined(separator: ","))
                    }
                }
            }
        }
        if !document.shared.isItemized {
            for allocation in document.shared.allocations {
                lines.append([allocation.environment, "Shared", "shared", "", "Share of shared costs (\(document.shared.allocationRule))",
                              "", "", "", allocation.amount.plain, "false", "", "allocation of CostDocument.shared"]
                    .map(field).joined(separator: ","))
            }
        }
        // Unpriced components: no quantity priced, no cost, and the reason where the source would be.
        for item in document.unpriced {
            lines.append([item.environment, item.priceKey.service, "", item.address, item.component, "", "", "", "", "",
                          item.priceKey.description, "unpriced (left out of the totals): " + item.reason]
                .map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180: quote fields holding a comma, quote or line break; double inner quotes.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
