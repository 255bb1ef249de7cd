import Catalog
import Cost
import Foundation
import Report

/// `Reports/<scenario>/report.md`: the same sections and tables as index.html, for a wiki or a
/// pull request; the charts appear as the tables of their numbers.
public enum ReportMarkdown {
    public static func render(_ document: ReportDocument) -> String {
        var out = "# Open edX AWS cost report: \(document.scenario)\n\n"
        out += "USD, AWS list prices from the edxplan catalog as of \(document.cost.catalogAsOf); a month is \(document.cost.hoursPerMonth) hours.\n\n"
        out += "## Summary\n\n**\(document.monthlyTotal.formatted) per month**, \(document.annualTotal.formatted) per year at today's size, "
            + "\(document.projection.twelveMonthTotal.formatted) over the next 12 months with growth.\n\n"
        if let headline = ReportTables.savingHeadline(document) { out += "**\(headline)**\n\n" }
        out += table(ReportTables.summary(document))
        out += "### The five largest cost drivers\n\n" + table(ReportTables.drivers(document))
        if let rehearsal = document.rehearsal { out += "### Hazards by severity\n\n" + SectionTables.hazardSentence(rehearsal) + "\n\n" }
        out += document.pendingSections.map { "> " + $0 + "\n\n" }.joined()
        if let comparison = document.comparison {
            out += "## Change from \(comparison.baseline)\n\n" + table(ReportTables.environmentChanges(comparison))
            out += "### Largest changes\n\n" + table(ReportTables.largestChanges(comparison))
        }
        out += "## Charts\n\nindex.html draws these; here are their numbers.\n\n"
        for chart in ReportCharts.all(document) {
            out += "### \(chart.heading)\n\n" + table(ReportTable(columns: chart.columns, rows: chart.rows))
        }
        if !document.cost.savings.isEmpty {
            out += "## Savings\n\nLargest monthly saving first. Each is the whole configuration with the change, priced by the "
                + "cost engine; alternatives for one resource (Graviton or current generation) are not additive.\n\n"
                + table(ReportTables.rankedSavings(document))
        }
        out += "## Reserved capacity savings\n\n" + table(ReportTables.savings(document))
        out += ReportTables.savingsSentences(document).map { $0 + "\n\n" }.joined()
        let missing = ReportTables.missingSavings(document)
        if !missing.isEmpty { out += missing.map { "- " + $0 + "\n" }.joined() + "\n" }
        out += SectionMarkdown.rehearsal(document) + SectionMarkdown.sizing(document)
        out += "## Every component\n\n\\* usage-based: priced from the scenario's `usage` values.\n\n"
        if document.cost.hasUnconfirmedPrices { out += Format.unconfirmedLegend + "\n\n" }
        for environment in document.cost.environments {
            out += "### \(environment.name) (\(environment.region))\n\n" + table(ReportTables.components(environment.services))
            if environment.sharedAllocation != .zero {
                out += "Plus \(environment.sharedAllocation.formatted) share of shared costs: \(environment.monthlyTotal.formatted) in all.\n\n"
            }
        }
        if !document.cost.shared.services.isEmpty {
            out += "### Shared costs\n\n\(document.cost.shared.allocationRule).\n\n" + table(ReportTables.components(document.cost.shared.services))
        }
        out += "## Assumptions\n\n" + document.assumptions.map { "- " + $0 + "\n" }.joined() + "\n"
        out += "## Catalog\n\nPrices as of \(document.cost.catalogAsOf); Catalog/README.md lists every source. The prices used here cite:\n\n"
        return out + document.catalogSources.map { "- " + escape($0) + "\n" }.joined()
    }

    static func table(_ table: ReportTable) -> String {
        let numeric = table.numeric
        var out = "| " + table.columns.map(escape).joined(separator: " | ") + " |\n"
        out += "|" + numeric.map { $0 ? "---:|" : "---|" }.joined() + "\n"
        for (index, row) in table.rows.enumerated() {
            let total = table.hasTotal && index == table.rows.count - 1
            out += "| " + row.map { cell in
                let text = cell.contains("module.") || cell.hasPrefix("aws_") ? "`\(cell)`" : escape(cell)
                return total && !cell.isEmpty ? "**\(text)**" : text
            }.joined(separator: " | ") + " |\n"
        }
        return out + "\n"
    }

    static func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
