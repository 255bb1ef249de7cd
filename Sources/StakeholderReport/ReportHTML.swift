import Catalog
import Cost
import Foundation
import Report

/// `Reports/<scenario>/index.html`: one self-contained page (inline CSS and SVG, no script,
/// nothing from the network) that a finance office can open, read and print.
public enum ReportHTML {
    public static func render(_ document: ReportDocument) -> String {
        let esc = SVG.escape
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<title>Open edX AWS cost report: \(esc(document.scenario))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>Open edX AWS cost report: \(esc(document.scenario))</h1>\n"
        out += "<p class=\"lead\">USD, AWS list prices from the edxplan catalog as of \(esc(document.cost.catalogAsOf)); "
            + "a month is \(document.cost.hoursPerMonth) hours. Generated offline by edxplan.</p>\n</header>\n"

        out += ExecutiveSummary.html(document)

        if let comparison = document.comparison {
            out += "<section id=\"comparison\">\n<h2>Change from \(esc(comparison.baseline))</h2>\n"
            out += table(ReportTables.environmentChanges(comparison), caption: "Monthly cost per environment")
            out += "<h3>Largest changes</h3>\n" + table(ReportTables.largestChanges(comparison), caption: nil) + "</section>\n"
        }

        // Two charts a row on a wide screen and on paper, one under 700 px. The numbers of each chart
        // open under it on screen; on paper they are left out (cost.csv and report.md hold them).
        out += "<section id=\"charts\">\n<h2>Charts</h2>\n<div class=\"chart-grid\">\n"
        for chart in ReportCharts.all(document) {
            out += "<figure class=\"chart-figure\" id=\"figure-\(chart.id)\">\n<figcaption>\(esc(chart.heading))</figcaption>\n"
                + "<div class=\"plot\">\(chart.svg)</div>\n<details class=\"numbers\"><summary>The numbers of the chart</summary>\n"
                + table(ReportTable(columns: chart.columns, rows: chart.rows, hasTotal: chart.rows.last?.first.map { ["Total", "12 months"].contains($0) } ?? false),
                        caption: nil) + "</details>\n</figure>\n"
        }
        out += "</div>\n</section>\n"

        if !document.cost.savings.isEmpty {
            out += "<section id=\"ranked-savings\">\n<h2>Savings</h2>\n<p>Largest monthly saving first. Each is the whole "
                + "configuration with the change, priced by the cost engine; alternatives for one resource (Graviton or current "
                + "generation) are not additive.</p>\n" + table(ReportTables.rankedSavings(document), caption: nil) + "</section>\n"
        }
        out += "<section id=\"savings\">\n<h2>Reserved capacity savings</h2>\n"
        out += table(ReportTables.savings(document), caption: "Steady resources at on-demand and reserved (No Upfront) rates")
        out += ReportTables.savingsSentences(document).map { "<p>\(inline($0))</p>\n" }.joined()
        let missing = ReportTables.missingSavings(document)
        if !missing.isEmpty { out += "<ul>\n" + missing.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n" }
        out += "</section>\n" + SectionHTML.rehearsal(document) + SectionHTML.sizing(document)

        out += "<section id=\"components\" class=\"components\">\n<h2>Every component</h2>\n"
            + printNote("every component with its quantity and unit price is in cost.csv and report.md")
        out += "<p class=\"screen-detail\">* usage-based: priced from the scenario's <code>usage</code> values.</p>\n"
        if document.cost.hasUnconfirmedPrices { out += "<p>\(esc(Format.unconfirmedLegend))</p>\n" }
        for environment in document.cost.environments {
            out += "<h3>\(esc(environment.name)) (\(esc(environment.region)))</h3>\n" + table(ReportTables.components(environment.services), caption: nil)
            if environment.sharedAllocation != .zero {
                out += "<p>Plus \(environment.sharedAllocation.formatted) share of shared costs: \(environment.monthlyTotal.formatted) in all.</p>\n"
            }
        }
        if !document.cost.shared.services.isEmpty {
            out += "<h3>Shared costs</h3>\n<p>\(esc(document.cost.shared.allocationRule)).</p>\n" + table(ReportTables.components(document.cost.shared.services), caption: nil)
        }
        out += "</section>\n"

        out += "<section id=\"assumptions\">\n<h2>Assumptions</h2>\n"
            + printNote("the assumptions and the catalog's sources are in report.md") + "<ul class=\"screen-detail\">\n" + document.assumptions.map { "<li>\(inline($0))</li>\n" }.joined() + "</ul>\n"
        out += "<div class=\"screen-detail\">\n<h3>Catalog</h3>\n<p>Prices as of \(esc(document.cost.catalogAsOf)); Catalog/README.md lists every source. The prices used here cite:</p>\n"
        out += "<ul class=\"sources\">\n" + document.catalogSources.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n</div>\n</section>\n"
        out += "<footer>edxplan report \(esc(document.scenario)): files \(esc(ReportPack.names(document).filter { $0 != "index.html" }.joined(separator: ", "))) hold the same numbers.</footer>\n"
        return out + "</body>\n</html>\n"
    }

    /// A headline figure; `risk` marks one a reader should act on.
    static func figure(_ big: String, _ what: String, risk: Bool = false) -> String {
        "<div class=\"figure\(risk ? " risk" : "")\"><span class=\"big\">\(SVG.escape(big))</span><span class=\"what\">\(SVG.escape(what))</span></div>\n"
    }

    /// On paper a long list gives way to this line; on screen it is hidden and the list shown.
    static func printNote(_ what: String) -> String {
        "<p class=\"print-only\">Left out on paper: \(SVG.escape(what)); the page on screen shows it.</p>\n"
    }

    /// Text with `code` spans, as the Markdown writes them.
    static func inline(_ text: String) -> String {
        let parts = SVG.escape(text).components(separatedBy: "`")
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : $0.element }.joined()
    }

    /// `cssClass` names a table the print rules shorten: on paper `brief` leaves out its last column
    /// (a long explanation), `brief2` its last two.
    static func table(_ table: ReportTable, caption: String?, cssClass: String? = nil) -> String {
        let numeric = table.numeric
        // Under 700 px a row becomes a card and each cell shows its column's name from data-label.
        let labels = table.columns.map { " data-label=\"\(SVG.escape($0))\"" }
        var out = (cssClass.map { "<table class=\"\($0)\">\n" } ?? "<table>\n") + (caption.map { "<caption>\(SVG.escape($0))</caption>\n" } ?? "") + "<thead><tr>"
        out += table.columns.enumerated().map { "<th scope=\"col\"\(numeric[$0.offset] ? " class=\"num\"" : "")>\(SVG.escape($0.element))</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for (index, row) in table.rows.enumerated() {
            let total = table.hasTotal && index == table.rows.count - 1
            out += (total ? "<tr class=\"total\">" : "<tr>") + row.enumerated().map { column, cell in
                let text = cell.contains("module.") || cell.hasPrefix("aws_") ? "<code>\(SVG.escape(cell))</code>" : SVG.escape(cell)
                let label = column < labels.count && !labels[column].hasSuffix("=\"\"") ? labels[column] : ""
                return column < numeric.count && numeric[column] ? "<td class=\"num\"\(label)>\(text)</td>" : "<td\(label)>\(text)</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
