import Foundation

/// The rehearsal and sizing sections in HTML (index.html) and Markdown (report.md, and the
/// pack's rehearsal.md and sizing.md), from the `ReportDocument` only.
enum SectionHTML {
    static func rehearsal(_ document: ReportDocument) -> String {
        guard let rehearsal = document.rehearsal else { return "" }
        var out = "<section id=\"rehearsal\">\n<h2>Destroy/recreate rehearsal</h2>\n"
            + "<p>\(ReportHTML.inline(SectionTables.rehearsalIntro(rehearsal)))</p>\n"
            + "<p>\(ReportHTML.inline(SectionTables.hazardSentence(rehearsal)))</p>\n"
        for scope in rehearsal.scopes {
            out += "<h3>\(SVG.escape(scope.scope))</h3>\n<p>\(ReportHTML.inline(SectionTables.scopeSentence(scope)))</p>\n"
            out += ReportHTML.table(SectionTables.dataLoss(scope), caption: "What the data became after destroy and recreate", cssClass: "brief")
            if !scope.failures.isEmpty { out += ReportHTML.table(SectionTables.failures(scope), caption: "Failures met", cssClass: "brief2") }
            out += "<p>\(ReportHTML.inline(SectionTables.orphans(scope)))</p>\n"
            if !scope.orphans.isEmpty { out += "<ul>\n" + scope.orphans.map { "<li>\(SVG.escape($0))</li>\n" }.joined() + "</ul>\n" }
            if !scope.hazards.isEmpty {
                out += ReportHTML.printNote("the \(scope.hazards.count) hazards read from the configuration, each with its evidence and fix, are in rehearsal.md")
                    + "<div class=\"screen-detail\">\n" + ReportHTML.table(SectionTables.hazards(scope), caption: "Hazards read from the configuration") + "</div>\n"
            }
        }
        return out + "</section>\n"
    }

    static func sizing(_ document: ReportDocument) -> String {
        guard let sizing = document.sizing, !sizing.isEmpty else { return "" }
        var out = "<section id=\"sizing\">\n<h2>Capacity plan</h2>\n"
        for environment in sizing {
            out += "<h3>\(SVG.escape(environment.environment))</h3>\n"
                + SectionTables.sizingSentences(environment).map { "<p>\(ReportHTML.inline($0))</p>\n" }.joined()
            let violations = SectionTables.violations(environment)
            if !violations.isEmpty { out += "<ul>\n" + violations.map { "<li>\(ReportHTML.inline($0))</li>\n" }.joined() + "</ul>\n" }
            if let plan = environment.plan {
                out += ReportHTML.table(SectionTables.alternatives(plan), caption: "The three cheapest configurations that fit")
            }
        }
        return out + "</section>\n"
    }
}

enum SectionMarkdown {
    /// The rehearsal section with its heading at `level` (2 in report.md, 1 in rehearsal.md).
    static func rehearsal(_ document: ReportDocument, level: Int = 2) -> String {
        guard let rehearsal = document.rehearsal else { return "" }
        let h = String(repeating: "#", count: level)
        var out = "\(h) Destroy/recreate rehearsal\(level == 1 ? ": \(document.scenario)" : "")\n\n"
            + SectionTables.rehearsalIntro(rehearsal) + "\n\n" + SectionTables.hazardSentence(rehearsal) + "\n\n"
        for scope in rehearsal.scopes {
            out += "\(h)# \(scope.scope)\n\n" + SectionTables.scopeSentence(scope) + "\n\n"
            out += "\(h)## What the data became\n\n" + ReportMarkdown.table(SectionTables.dataLoss(scope))
            if !scope.failures.isEmpty { out += "\(h)## Failures met\n\n" + ReportMarkdown.table(SectionTables.failures(scope)) }
            out += SectionTables.orphans(scope) + "\n\n" + (scope.orphans.isEmpty ? "" : scope.orphans.map { "- \($0)\n" }.joined() + "\n")
            if !scope.hazards.isEmpty {
                out += "\(h)## Hazards read from the configuration\n\n" + ReportMarkdown.table(SectionTables.hazards(scope))
            }
        }
        return out
    }

    /// The sizing section with its heading at `level` (2 in report.md, 1 in sizing.md).
    static func sizing(_ document: ReportDocument, level: Int = 2) -> String {
        guard let sizing = document.sizing, !sizing.isEmpty else { return "" }
        let h = String(repeating: "#", count: level)
        var out = "\(h) Capacity plan\(level == 1 ? ": \(document.scenario)" : "")\n\n"
        for environment in sizing {
            out += "\(h)# \(environment.environment)\n\n" + SectionTables.sizingSentences(environment).map { $0 + "\n\n" }.joined()
            let violations = SectionTables.violations(environment)
            if !violations.isEmpty { out += violations.map { "- \($0)\n" }.joined() + "\n" }
            if let plan = environment.plan {
                out += "The three cheapest configurations that fit:\n\n" + ReportMarkdown.table(SectionTables.alternatives(plan))
            }
        }
        return out
    }
}
