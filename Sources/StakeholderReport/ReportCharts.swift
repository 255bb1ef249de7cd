import Catalog
import Foundation

/// A chart with the table of its numbers: the HTML shows both side by side, the Markdown the table.
public struct ReportChart: Sendable {
    public var id: String
    public var heading: String
    public var svg: String
    public var columns: [String]
    public var rows: [[String]]
}

/// The charts of the pack, drawn from the `ReportDocument` only.
public enum ReportCharts {
    public static func all(_ document: ReportDocument) -> [ReportChart] {
        [costByService(document), serviceBreakdown(document), projection(document), comparison(document), timeline(document),
         hazards(document)]
            .compactMap { $0 }
    }

    static func money(_ amount: Money) -> ChartValue { ChartValue(data: amount.plain, text: amount.formatted) }

    /// Minutes as the JSON prints them: two decimals.
    static func minutes(_ value: Double) -> String { String(format: "%.2f", value) }

    static func costByService(_ document: ReportDocument) -> ReportChart {
        let order = document.services.map(\.service) + [ReportBuilder.sharedShare]
        let present = Set(document.environments.flatMap(\.services).map(\.service))
        let series = order.filter { present.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let values = document.environments.map { environment in
            series.map { name in money(environment.services.first { $0.service == name }?.monthly ?? .zero) }
        }
        let svg = StackedBars(
            id: "cost-by-service", title: "Monthly cost by service per environment",
            description: "Stacked bars, one per environment, each segment one AWS service in USD per month; "
                + document.environments.map { "\($0.name) \($0.monthly.formatted)" }.joined(separator: ", ") + ".",
            categories: document.environments.map(\.name), series: series, patterns: series.map(SVG.pattern(service:)), values: values,
            totals: document.environments.map(\.monthly.formatted)).render()
        let rows = series.enumerated().map { index, name in [name] + values.map { $0[index].text } }
            + [["Total"] + document.environments.map(\.monthly.formatted)]
        return ReportChart(id: "cost-by-service", heading: "Monthly cost by service per environment", svg: svg,
                           columns: ["Service"] + document.environments.map(\.name), rows: rows)
    }

    static func serviceBreakdown(_ document: ReportDocument) -> ReportChart {
        let rows = document.services.map { service in
            HorizontalBars.Row(label: service.service, value: money(service.monthly), pattern: SVG.pattern(service: service.service))
        }
        let svg = HorizontalBars(id: "service-breakdown", title: "Breakdown by service",
                                 description: "Horizontal bars of the monthly cost of each AWS service over all environments, largest first; total \(document.monthlyTotal.formatted) per month.",
                                 rows: rows, axis: "USD per month").render()
        return ReportChart(id: "service-breakdown", heading: "Breakdown by service", svg: svg, columns: ["Service", "Monthly cost"],
                           rows: document.services.map { [$0.service, $0.monthly.formatted] }
                               + [["Total", document.monthlyTotal.formatted]])
    }

    static func projection(_ document: ReportDocument) -> ReportChart {
        let projection = document.projection
        // A month with a capacity step is marked on the axis (M5 ▲) and named in the table.
        let stepText = { (month: Int) in
            projection.steps.filter { $0.month == month }.map { "\($0.environment): \($0.from) → \($0.to)" }.joined(separator: "; ")
        }
        let months = (1...12).map { "M\($0)" + (stepText($0).isEmpty ? "" : " ▲") }
        let values = (0..<12).map { month in projection.series.map { money($0.months[month]) } }
        let growth = projection.series.map { "\($0.environment) \(Figures.percent($0.growthPercent))" }.joined(separator: ", ")
        let steps = projection.steps.isEmpty ? "no capacity step"
            : projection.steps.map { "a capacity step in month \($0.month) (\($0.environment): \($0.from) to \($0.to))" }.joined(separator: ", ")
        let svg = StackedBars(
            id: "projection", title: "12-month projection",
            description: "Stacked bars of the monthly cost for the next 12 months by environment: usage-driven costs grow by \(growth) a month, fixed costs stay, \(steps); 12 months total \(projection.twelveMonthTotal.formatted).",
            categories: months, series: projection.series.map(\.environment), patterns: Array(projection.series.indices), values: values,
            totals: projection.monthTotals.map(\.formatted)).render()
        let rows = (0..<12).map { month in [months[month]] + values[month].map(\.text) + [projection.monthTotals[month].formatted, stepText(month + 1)] }
            + [["12 months"] + projection.series.map { $0.months.reduce(.zero, +).formatted } + [projection.twelveMonthTotal.formatted, ""]]
        return ReportChart(id: "projection", heading: "12-month projection (usage growth \(growth) per month)", svg: svg,
                           columns: ["Month"] + projection.series.map(\.environment) + ["Total", "Capacity step"], rows: rows)
    }

    static func comparison(_ document: ReportDocument) -> ReportChart? {
        guard let comparison = document.comparison else { return nil }
        let rows = comparison.environments.flatMap { change in [
            HorizontalBars.Row(label: "\(change.name): before (\(comparison.baseline))", value: money(change.before), pattern: 1,
                               attributes: [("environment", change.name), ("side", "before")]),
            HorizontalBars.Row(label: "\(change.name): after (\(document.scenario))", value: money(change.after), pattern: 0,
                               attributes: [("environment", change.name), ("side", "after")]),
        ] }
        let svg = HorizontalBars(id: "comparison", title: "Before and after",
                                 description: "Pairs of bars per environment: hatched is \(comparison.baseline) (before), plain is \(document.scenario) (after); total change \(Figures.signed(comparison.after - comparison.before)) per month.",
                                 rows: rows, axis: "USD per month").render()
        return ReportChart(id: "comparison", heading: "Before (\(comparison.baseline)) and after (\(document.scenario))", svg: svg,
                           columns: ["Environment", "Before", "After", "Change"],
                           rows: comparison.environments.map { [$0.name, $0.before.formatted, $0.after.formatted, Figures.signed($0.change)] }
                               + [["Total", comparison.before.formatted, comparison.after.formatted, Figures.signed(comparison.after - comparison.before)]])
    }

    static func timeline(_ document: ReportDocument) -> ReportChart? {
        guard !document.timeline.isEmpty else { return nil }
        let units = document.timeline.flatMap { scope in scope.units.map { (scope.scope, $0) } }
        let rows = units.map { scope, unit in
            HorizontalBars.Row(label: "\(scope): \(unit.module) (wave \(unit.wave + 1))", start: Double(minutes(unit.startMinute)) ?? 0,
                               value: ChartValue(data: minutes(unit.endMinute - unit.startMinute),
                                                 text: String(format: "%.1f min", unit.endMinute - unit.startMinute)),
                               pattern: unit.wave, attributes: [("scope", scope), ("start", minutes(unit.startMinute))])
        }
        let totals = document.timeline.map { "\($0.scope) \(String(format: "%.1f", $0.totalMinutes)) minutes" }.joined(separator: ", ")
        let svg = HorizontalBars(id: "apply-timeline", title: "Apply timeline",
                                 description: "Gantt chart of terragrunt run --all apply on an empty account: one bar per module from its start to its end in simulated minutes, patterned by wave; \(totals).",
                                 rows: rows, axis: "simulated minutes").render()
        return ReportChart(id: "apply-timeline", heading: "Apply waves in simulated minutes (\(totals))", svg: svg,
                           columns: ["Scope", "Wave", "Module", "Resources", "Start", "End", "Status"],
                           rows: units.map { scope, unit in
                               [scope, String(unit.wave + 1), unit.module, String(unit.resources), minutes(unit.startMinute),
                                minutes(unit.endMinute), unit.status]
                           })
    }
}
