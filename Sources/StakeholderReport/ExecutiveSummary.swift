import Catalog
import Foundation

/// The first page of index.html, for the reader who reads only that: the totals, where the money
/// goes, what can be saved and what goes wrong. It prints on one page (the stylesheet breaks the
/// page after it); the engineering sections follow.
enum ExecutiveSummary {
    static func html(_ document: ReportDocument) -> String {
        let esc = SVG.escape
        var out = "<section id=\"summary\" class=\"executive\">\n<h2>Summary</h2>\n<div class=\"figures\">\n"
        out += ReportHTML.figure(document.monthlyTotal.formatted, "per month, all environments")
        out += ReportHTML.figure(document.annualTotal.formatted, "per year at today's size")
        out += ReportHTML.figure(document.projection.twelveMonthTotal.formatted, "next 12 months with growth")
        if let comparison = document.comparison {
            out += ReportHTML.figure(Figures.signed(comparison.after - comparison.before), "per month versus \(comparison.baseline)")
        }
        if let first = document.cost.savings.first { out += ReportHTML.figure(first.monthly.formatted, "per month saved first: \(first.title)") }
        out += ReportHTML.figure(document.savings.monthlySaving("3yr-no-upfront").formatted, "per month saved by 3-year reserved capacity")
        if let rehearsal = document.rehearsal {
            let dataLoss = rehearsal.hazardsBySeverity.first { $0.severity == .dataLoss }?.count ?? 0
            out += ReportHTML.figure(String(rehearsal.hazardCount), "hazards in the configuration, \(dataLoss) of them data loss", risk: dataLoss > 0)
            let failures = rehearsal.scopes.reduce(0) { $0 + $1.failures.count }
            out += ReportHTML.figure(String(failures), "failures met rehearsing destroy and recreate", risk: failures > 0)
        }
        let stops = document.timeline.reduce(0) { $0 + $1.stops.count }
        if !document.timeline.isEmpty {
            out += ReportHTML.figure(String(stops), "places where a fresh apply fails today", risk: stops > 0)
        }
        out += "</div>\n"
        out += ReportHTML.table(ReportTables.summary(document), caption: "Monthly and annual totals per environment")
        out += "<div class=\"columns\">\n<div>\n<h3>Largest cost drivers</h3>\n" + ReportHTML.table(drivers(document), caption: nil) + "</div>\n"
        if !document.cost.savings.isEmpty {
            out += "<div>\n<h3>Largest savings</h3>\n" + ReportHTML.table(savings(document), caption: nil)
                + "<p class=\"small\">\(document.cost.savings.count) saving(s) in all, under Savings.</p>\n</div>\n"
        }
        out += "</div>\n<h3>Risks</h3>\n<ul class=\"risks\">\n" + risks(document).map { "<li>\(ReportHTML.inline($0))</li>\n" }.joined() + "</ul>\n"
        out += document.pendingSections.map { "<p class=\"note\">\(ReportHTML.inline($0))</p>\n" }.joined()
        return out + "<p class=\"small\">Details follow: \(esc(sections(document)))</p>\n</section>\n"
    }

    /// The five drivers without their addresses, which the engineering sections give.
    static func drivers(_ document: ReportDocument) -> ReportTable {
        ReportTable(columns: ["Environment", "Service", "Largest component", "Monthly", "Share"],
                    rows: document.drivers.map { driver in
                        [driver.environment, driver.service, driver.mainComponent, driver.monthly.formatted,
                         Figures.relative(driver.monthly, of: document.monthlyTotal).replacingOccurrences(of: "+", with: "")]
                    }, textColumns: [2])
    }

    static func savings(_ document: ReportDocument) -> ReportTable {
        ReportTable(columns: ["Environment", "Saving", "Per month"],
                    rows: document.cost.savings.prefix(3).map { [$0.environment, $0.title, $0.monthly.formatted] })
    }

    /// One line per kind of risk (hazards, rehearsal failures, where a fresh apply stops), however
    /// many environments, and one per environment that does not hold its load: the page stays one page.
    static func risks(_ document: ReportDocument) -> [String] {
        var out: [String] = []
        if let rehearsal = document.rehearsal {
            out.append(SectionTables.hazardSentence(rehearsal))
            let failing = rehearsal.scopes.filter { !$0.failures.isEmpty }
            if !failing.isEmpty {
                // The same error on several resources or environments is named once.
                let kinds = failing.flatMap(\.failures).map { "\($0.id) \($0.code)" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                out.append("Rehearsing destroy and recreate meets \(failing.reduce(0) { $0 + $1.failures.count }) failure(s) ("
                    + failing.map { "\($0.scope) \($0.failures.count)" }.joined(separator: ", ") + "): "
                    + kinds.prefix(4).joined(separator: "; ") + (kinds.count > 4 ? "; and \(kinds.count - 4) more kinds" : "") + ".")
            }
        }
        let stopping = document.timeline.filter { !$0.stops.isEmpty }
        if !stopping.isEmpty {
            let units = stopping.flatMap { $0.stops.map(\.module) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            out.append("A fresh `terragrunt run --all apply` fails today at \(stopping.reduce(0) { $0 + $1.stops.count }) place(s) ("
                + stopping.map { "\($0.scope) \($0.stops.count)" }.joined(separator: ", ") + "), in " + units.joined(separator: ", ")
                + " (plan.md lists each error and its fix).")
        }
        let plans = (document.sizing ?? []).compactMap { sizing in sizing.plan.map { (sizing.environment, $0) } }
        for (environment, plan) in plans where !plan.fits {
            out.append("\(environment): the configuration does not hold \(SectionTables.grouped(plan.peakUsers)) peak concurrent users "
                + "(\(plan.violations.count) constraint(s) violated); \(plan.recommendation.configuration) does, at "
                + "\(plan.recommendation.monthly.formatted) a month.")
        }
        let holding = plans.filter { $0.1.fits }.map(\.0)
        if !holding.isEmpty { out.append("The configuration holds its load in " + holding.joined(separator: ", ") + ".") }
        return out.isEmpty ? ["No risk found in what this pack computed."] : out
    }

    static func sections(_ document: ReportDocument) -> String {
        (["charts"] + (document.comparison == nil ? [] : ["change from \(document.comparison?.baseline ?? "")"])
            + (document.cost.savings.isEmpty ? [] : ["savings"]) + ["reserved capacity"]
            + (document.rehearsal == nil ? [] : ["destroy/recreate rehearsal"])
            + (document.sizing?.isEmpty ?? true ? [] : ["capacity plan"]) + ["every component", "assumptions and sources."])
            .joined(separator: ", ")
    }
}
