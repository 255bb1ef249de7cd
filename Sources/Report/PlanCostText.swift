import Catalog
import Cost
import PlanCost

/// `edxplan cost --plan-json FILE`: each resource's monthly cost before and after the plan,
/// the change, the hazards and what could not be priced; fitted to the terminal.
public enum PlanCostText {
    public static func render(_ document: PlanCostDocument, terminal: Terminal = .plain) -> String {
        var out = terminal.bold("Monthly cost of \(document.file)") + " (plan format \(document.formatVersion)"
            + (document.terraformVersion.map { ", Terraform \($0)" } ?? "") + "), \(document.region), "
            + "USD on-demand list prices as of \(document.catalogAsOf)\n"
        out += "Changes: " + PlanCostWords.counts(document) + "\n\n"
        let rows = document.resources.map { resource in
            [resource.address, resource.action, resource.before == nil ? "-" : resource.monthlyBefore.formatted,
             resource.after == nil ? "-" : resource.monthlyAfter.formatted, PlanCostWords.signed(resource.monthlyChange)]
        }
        let header = ["Resource", "Action", "Before", "After", "Change"]
        let total = ["Total per month", "", document.monthlyBefore.formatted, document.monthlyAfter.formatted,
                     PlanCostWords.signed(document.monthlyChange)]
        let widths = (0..<5).map { column in ([header, total] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in Format.pad(cell, widths[column], right: column >= 2) }
                .joined(separator: "  ") + "\n"
        }
        out += terminal.bold(line(header))
        for (resource, row) in zip(document.resources, rows) {
            out += line(row)
            for change in resource.changes { out += "    \(change)\n" }
            if resource.hasUnknownUsage { out += terminal.dim("    plus usage the plan cannot show") + "\n" }
        }
        out += terminal.bold(line(total))
        out += "\(document.freeResources) more resource\(document.freeResources == 1 ? "" : "s") AWS bills nothing for.\n"
        if !document.hazards.isEmpty {
            out += "\n" + terminal.bold("Hazards (\(document.hazards.count)):") + "\n"
            for hazard in document.hazards {
                let severity = hazard.severity == "data-loss" ? terminal.red(hazard.severity) : terminal.yellow(hazard.severity)
                out += "  \(severity) \(hazard.id): \(hazard.title)\n"
                out += "    \(hazard.address) (\(hazard.action)): \(hazard.evidence)\n"
                if let error = hazard.awsError { out += "    AWS error: \(error)\n" }
                out += "    Fix: \(hazard.fix)\n"
            }
        }
        if !document.unpriced.isEmpty {
            out += "\n" + terminal.bold("Not priced (\(document.unpriced.count), left out of the totals):") + "\n"
            for item in document.unpriced { out += "  \(item.address) (\(item.action), \(item.side)): \(item.reason)\n" }
        }
        out += "\n" + terminal.bold("Assumptions:") + "\n" + document.assumptions.map { "  - " + $0 }.joined(separator: "\n") + "\n"
        return terminal.fit(out)
    }
}

/// Words the plan-cost renderers share.
enum PlanCostWords {
    /// `+$12.34`, `-$5.00`, `$0.00`.
    static func signed(_ amount: Money) -> String { amount > .zero ? "+" + amount.formatted : amount.formatted }

    /// "1 to create, 1 to replace, 1 to delete, 1 unchanged".
    static func counts(_ document: PlanCostDocument) -> String {
        guard !document.actionCounts.isEmpty else { return "none" }
        return document.actionCounts.map { item in
            item.action == "no-op" ? "\(item.count) unchanged" : "\(item.count) to \(item.action)"
        }.joined(separator: ", ")
    }
}
