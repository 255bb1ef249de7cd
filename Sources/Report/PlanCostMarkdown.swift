import Catalog
import Cost
import PlanCost

/// `cost --plan-json FILE --format markdown`, and the pull-request comment of
/// `report --plan-json FILE --format pr-comment` (the same tables under a shorter heading).
public enum PlanCostMarkdown {
    public static func render(_ document: PlanCostDocument, comment: Bool = false) -> String {
        var out = comment ? "### edxplan: \(PlanCostWords.signed(document.monthlyChange)) per month\n\n"
            : "# Monthly cost of `\(document.file)`\n\n"
        out += "Plan format \(document.formatVersion)" + (document.terraformVersion.map { ", Terraform \($0)" } ?? "")
            + ", \(document.region); USD per month, AWS on-demand list prices from the edxplan catalog as of \(document.catalogAsOf). "
            + "Changes: \(PlanCostWords.counts(document)).\n\n"
        out += "| | Before | After | Change |\n|---|---:|---:|---:|\n"
        out += "| **Monthly total** | \(document.monthlyBefore.formatted) | \(document.monthlyAfter.formatted) | "
            + "**\(PlanCostWords.signed(document.monthlyChange))** |\n\n"
        if !document.hazards.isEmpty {
            out += "\(comment ? "####" : "##") Hazards\n\n| Id | Severity | Resource | Evidence | AWS error | Fix |\n|---|---|---|---|---|---|\n"
            for hazard in document.hazards {
                out += "| \(hazard.id) | \(hazard.severity) | `\(hazard.address)` (\(hazard.action)) | \(escape(hazard.title)): "
                    + "\(escape(hazard.evidence)) | \(escape(hazard.awsError ?? "")) | \(escape(hazard.fix)) |\n"
            }
            out += "\n"
        }
        let moved = document.resources.filter { $0.action != "no-op" }
        let shown = comment ? moved : document.resources
        if !shown.isEmpty {
            out += "\(comment ? "####" : "##") Resources\(comment ? " that change" : "")\n\n"
                + "| Resource | Action | Before | After | Change | What changes |\n|---|---|---:|---:|---:|---|\n"
            for resource in shown {
                out += "| `\(resource.address)` | \(resource.action) | \(resource.before == nil ? "" : resource.monthlyBefore.formatted) | "
                    + "\(resource.after == nil ? "" : resource.monthlyAfter.formatted) | \(PlanCostWords.signed(resource.monthlyChange)) | "
                    + escape(resource.changes.joined(separator: "; ") + (resource.hasUnknownUsage ? " (plus usage)" : "")) + " |\n"
            }
            out += "\n"
        }
        if !document.unpriced.isEmpty {
            out += "\(comment ? "####" : "##") Not priced\n\nLeft out of the totals:\n\n| Resource | Action | Reason |\n|---|---|---|\n"
            for item in document.unpriced { out += "| `\(item.address)` | \(item.action) (\(item.side)) | \(escape(item.reason)) |\n" }
            out += "\n"
        }
        if !comment {
            out += "## Components\n\n| Resource | Side | Component | Quantity | Unit price | Monthly cost |\n|---|---|---|---:|---:|---:|\n"
            for resource in document.resources {
                for (side, components) in [("before", resource.before ?? []), ("after", resource.after ?? [])] {
                    for component in components {
                        out += "| `\(resource.address)` | \(side) | \(escape(component.name)) | "
                            + "\(component.quantity.map(Format.quantity) ?? "depends on usage") | "
                            + "\(Format.price(component.unitPrice, unit: component.unit)) | \(component.monthlyCost.formatted) |\n"
                    }
                }
            }
            out += "\n"
        }
        out += (comment ? "<details><summary>Assumptions</summary>\n\n" : "## Assumptions\n\n")
            + document.assumptions.map { "- " + escape($0) }.joined(separator: "\n") + "\n" + (comment ? "\n</details>\n" : "")
        return out
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
