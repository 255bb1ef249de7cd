import Catalog
import Cost
import Foundation
import Report

/// A table of the pack, rendered the same way in HTML and Markdown. The last row is a total
/// row when `hasTotal` is set.
public struct ReportTable: Sendable {
    public var columns: [String]
    public var rows: [[String]]
    public var hasTotal = false
    /// Columns that stay left-aligned even when every cell starts with a digit (`2 x t3.large, ...`).
    var textColumns: Set<Int> = []

    /// Columns whose every cell is a figure are right-aligned.
    var numeric: [Bool] {
        columns.indices.map { index in
            !textColumns.contains(index) && !rows.isEmpty && rows.allSatisfy { row in
                index < row.count && index > 0 && (row[index].first.map { "$+-0123456789—".contains($0) } ?? true)
            }
        }
    }
}

/// The tables of the pack, from the `ReportDocument` only.
enum ReportTables {
    static func summary(_ document: ReportDocument) -> ReportTable {
        var rows = document.environments.map { environment in
            [environment.name, environment.region, environment.monthly.formatted, environment.annual.formatted,
             Figures.percent(environment.growthPercent), document.projection.series.first { $0.environment == environment.name }
                .map { $0.months.reduce(.zero, +).formatted } ?? "—"]
        }
        rows.append(["Total", "", document.monthlyTotal.formatted, document.annualTotal.formatted, "",
                     document.projection.twelveMonthTotal.formatted])
        return ReportTable(columns: ["Environment", "Region", "Monthly", "Annual (12 x monthly)", "Growth per month",
                                     "Next 12 months with growth"], rows: rows, hasTotal: true)
    }

    static func drivers(_ document: ReportDocument) -> ReportTable {
        let rows = document.drivers.enumerated().map { index, driver in
            [String(index + 1), driver.environment, driver.service, driver.address, driver.mainComponent, driver.monthly.formatted,
             Figures.relative(driver.monthly, of: document.monthlyTotal).replacingOccurrences(of: "+", with: "")]
        }
        return ReportTable(columns: ["#", "Environment", "Service", "Resource", "Largest component", "Monthly", "Share of total"],
                           rows: rows)
    }

    /// Every saving, largest monthly saving first (`CostDocument.savings`).
    static func rankedSavings(_ document: ReportDocument) -> ReportTable {
        ReportTable(columns: ["#", "Environment", "Saving", "Per month", "Per year", "In a plan", "Risk"],
                    rows: document.cost.savings.enumerated().map { index, s in
                        [String(index + 1), s.environment, s.title + (s.steps.isEmpty ? "" : ". Steps: " + s.steps.joined(separator: "; ")),
                         s.monthly.formatted, s.yearly.formatted, s.planChange, s.risk]
                    }, textColumns: [2, 5, 6])
    }

    /// The headline's sentence: the largest saving and how many there are.
    static func savingHeadline(_ document: ReportDocument) -> String? {
        guard let first = document.cost.savings.first else { return nil }
        return "Largest saving: \(first.environment): \(first.title), \(first.monthly.formatted) a month "
            + "(\(first.yearly.formatted) a year). \(document.cost.savings.count) saving(s) are listed under Savings, largest first."
    }

    static func savings(_ document: ReportDocument) -> ReportTable {
        let savings = document.savings
        var rows = savings.lines.map { line in
            [line.environment, line.address, line.instanceType, line.onDemandMonthly.formatted]
                + Savings.terms.flatMap { term in
                    [line.reservedMonthly[term]?.formatted ?? "—", line.saving(term)?.formatted ?? "—"]
                }
        }
        rows.append(["Total", "", "", savings.lines.reduce(Money.zero) { $0 + $1.onDemandMonthly }.formatted]
            + Savings.terms.flatMap { term in
                ["", savings.monthlySaving(term).formatted]
            })
        return ReportTable(columns: ["Environment", "Resource", "Type", "On-demand per month", "1-year reserved per month",
                                     "1-year saving per month", "3-year reserved per month", "3-year saving per month"],
                           rows: rows, hasTotal: true)
    }

    static func savingsSentences(_ document: ReportDocument) -> [String] {
        let savings = document.savings
        var out = [
            "Standard reserved capacity with no upfront payment would save \(savings.monthlySaving("1yr-no-upfront").formatted) a month "
                + "on a 1-year term (\((savings.monthlySaving("1yr-no-upfront") * 12).formatted) over the term) and "
                + "\(savings.monthlySaving("3yr-no-upfront").formatted) a month on a 3-year term "
                + "(\((savings.monthlySaving("3yr-no-upfront") * 36).formatted) over the term), where the catalog has the rate.",
            "Break-even: month \(savings.breakEvenMonth). With no upfront payment the lower rate is billed from the first month, "
                + "so the saving starts at once; the commitment is the whole term, owed even if the resource is removed.",
            "All Upfront and Partial Upfront terms are not modelled: the catalog holds only No Upfront reserved rows.",
        ]
        if !savings.missing.isEmpty { out.append("Steady resources without a reserved rate (they stay on-demand here):") }
        return out
    }

    static func missingSavings(_ document: ReportDocument) -> [String] {
        document.savings.missing.map { "\($0.environment): \($0.address) (\($0.instanceType)): \($0.reason)" }
    }

    static func environmentChanges(_ comparison: Comparison) -> ReportTable {
        var rows = comparison.environments.map { [$0.name, $0.before.formatted, $0.after.formatted, Figures.signed($0.change),
                                                   Figures.relative($0.change, of: $0.before)] }
        let total = comparison.after - comparison.before
        rows.append(["Total", comparison.before.formatted, comparison.after.formatted, Figures.signed(total),
                     Figures.relative(total, of: comparison.before)])
        return ReportTable(columns: ["Environment", "Before", "After", "Change", "Change %"], rows: rows, hasTotal: true)
    }

    static func largestChanges(_ comparison: Comparison) -> ReportTable {
        ReportTable(columns: ["Environment", "Resource", "Component", "Before", "After", "Change"],
                    rows: comparison.largest.map { [$0.environment, $0.address, $0.component, $0.before.formatted,
                                                     $0.after.formatted, Figures.signed($0.change)] })
    }

    /// Every component of a group of services, with its quantity, unit price and monthly cost.
    static func components(_ services: [ServiceCost]) -> ReportTable {
        var rows: [[String]] = []
        for service in services {
            for resource in service.resources {
                for component in resource.components {
                    rows.append([service.service, resource.address, component.name + Format.marks(component),
                                 component.quantity.map(Report.Format.quantity) ?? "depends on usage", component.unit,
                                 component.unitPrice.unitPrice, component.monthlyCost.formatted])
                }
            }
        }
        let total = services.reduce(Money.zero) { $0 + $1.monthlyTotal }
        rows.append(["Total", "", "", "", "", "", total.formatted])
        return ReportTable(columns: ["Service", "Resource", "Component", "Quantity", "Unit", "Unit price", "Monthly"],
                           rows: rows, hasTotal: true)
    }
}
