import Catalog
import Cost
import Foundation
import Report

/// The files of the pack, all rendered from one `ReportDocument` before any is written, and
/// the short summary printed on the terminal.
public enum ReportPack {
    public static func files(_ document: ReportDocument) -> [(name: String, text: String)] {
        var files: [(name: String, text: String)] = [
            ("index.html", ReportHTML.render(document)),
            ("report.md", ReportMarkdown.render(document)),
            ("cost.csv", CostCSV.render(document.cost)),
            ("cost.json", ReportJSON.render(document)),
            ("plan.md", PlanMarkdown.render(document)),
        ]
        if document.rehearsal != nil { files.append(("rehearsal.md", SectionMarkdown.rehearsal(document, level: 1))) }
        if !(document.sizing ?? []).isEmpty { files.append(("sizing.md", SectionMarkdown.sizing(document, level: 1))) }
        return files
    }

    /// The names `files` writes, without rendering them.
    public static func names(_ document: ReportDocument) -> [String] {
        ["index.html", "report.md", "cost.csv", "cost.json", "plan.md"] + (document.rehearsal == nil ? [] : ["rehearsal.md"])
            + ((document.sizing ?? []).isEmpty ? [] : ["sizing.md"])
    }

    /// The cost table's summary, then the figures only the pack has.
    public static func summary(_ document: ReportDocument) -> String {
        var out = CostTable.summary(document.cost)
        out += "Next 12 months with growth" .padding(toLength: 44, withPad: " ", startingAt: 0)
            + pad(document.projection.twelveMonthTotal.formatted) + "\n"
        for term in Savings.terms {
            out += "Reserved \(term) saves per month".padding(toLength: 44, withPad: " ", startingAt: 0)
                + pad(document.savings.monthlySaving(term).formatted) + "\n"
        }
        if let comparison = document.comparison {
            out += "Change from \(comparison.baseline) per month".padding(toLength: 44, withPad: " ", startingAt: 0)
                + pad(Figures.signed(comparison.after - comparison.before)) + "\n"
        }
        if let rehearsal = document.rehearsal {
            out += "Hazards by severity: " + rehearsal.hazardsBySeverity.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ") + "\n"
        }
        for scope in document.timeline {
            out += "Apply \(scope.scope) on an empty account: about \(String(format: "%.1f", scope.totalMinutes)) simulated minutes"
                + (scope.stops.isEmpty ? "" : " (a real apply stops at \(scope.stops.count) places: plan.md)") + "\n"
        }
        return out
    }

    static func pad(_ text: String) -> String { String(repeating: " ", count: max(0, 12 - text.count)) + text }
}
