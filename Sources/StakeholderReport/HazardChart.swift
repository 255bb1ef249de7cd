import Foundation

extension ReportCharts {
    /// Bars of the hazards read from the configuration, one per severity (zeros included), each
    /// with its own pattern and its count written beside it.
    static func hazards(_ document: ReportDocument) -> ReportChart? {
        guard let rehearsal = document.rehearsal else { return nil }
        let counts = rehearsal.hazardsBySeverity
        let rows = counts.enumerated().map { index, item in
            HorizontalBars.Row(label: item.severity.rawValue, value: ChartValue(data: String(item.count), text: String(item.count)),
                               pattern: index, attributes: [("severity", item.severity.rawValue)])
        }
        let words = counts.map { "\($0.count) \($0.severity.rawValue)" }.joined(separator: ", ")
        let svg = HorizontalBars(id: "hazards-by-severity", title: "Hazards by severity",
                                 description: "Horizontal bars of the number of hazards read from the configuration per severity, each severity with its own pattern: \(words); \(rehearsal.hazardCount) in all.",
                                 rows: rows, axis: "hazards").render()
        return ReportChart(id: "hazards-by-severity", heading: "Hazards by severity (\(rehearsal.hazardCount) read from the configuration)",
                           svg: svg, columns: ["Severity", "Hazards"],
                           rows: counts.map { [$0.severity.rawValue, String($0.count)] } + [["Total", String(rehearsal.hazardCount)]])
    }
}
