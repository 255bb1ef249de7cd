import Foundation

/// One number of a chart: `data` is the number as the JSON prints it (what the bar is drawn
/// from), `text` how people read it (`$60.74`, `12.5 min`).
struct ChartValue {
    var data: String
    var text: String
    var value: Double { Double(data) ?? 0 }
}

/// Vertical columns, one per category, stacked by series (cost by service per environment,
/// the projection by environment per month). Heights are `value x scale`, one scale per chart.
struct StackedColumns {
    var id: String
    var title: String
    var description: String
    var categories: [String]
    var series: [String]
    /// `values[category][series]`.
    var values: [[ChartValue]]
    var totals: [String]

    func render() -> String {
        let plotTop = 24.0, plotHeight = 240.0, left = 16.0
        let slot = max(36.0, min(120.0, 560.0 / Double(max(categories.count, 1))))
        let legendX = left + slot * Double(categories.count) + 16
        let legendHeight = Double(series.count) * 18 + 8
        let height = max(plotTop + plotHeight + 40, legendHeight + 16)
        let width = legendX + 230
        let maxTotal = values.map { $0.reduce(0) { $0 + $1.value } }.max() ?? 0
        let scale = maxTotal > 0 ? plotHeight / maxTotal : 0
        var out = SVG.open(id: id, title: title, description: description, width: width, height: height)
        out += SVG.patternDefs(chart: id, count: series.count)
        let base = plotTop + plotHeight
        out += "<line x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(base))\" x2=\"\(SVG.number(legendX - 8))\" y2=\"\(SVG.number(base))\" stroke=\"#222222\"/>"
        for (column, category) in categories.enumerated() {
            let x = left + slot * Double(column) + slot * 0.15
            var y = base
            for (index, name) in series.enumerated() {
                let cell = values[column][index]
                guard cell.value > 0 else { continue }
                let barHeight = cell.value * scale
                y -= barHeight
                out += SVG.bar(x: x, y: y, width: slot * 0.7, height: barHeight, fill: SVG.fill(chart: id, index), value: cell.data,
                               attributes: [("category", category), ("series", name)], tooltip: "\(category), \(name): \(cell.text)")
            }
            out += SVG.text(totals[column], x: x + slot * 0.35, y: y - 6, anchor: "middle", className: "value")
            out += SVG.text(category, x: x + slot * 0.35, y: base + 16, anchor: "middle")
        }
        // The legend names every series next to its pattern swatch: the direct label.
        for (index, name) in series.enumerated() {
            let y = 12 + Double(index) * 18
            out += "<rect class=\"swatch\" x=\"\(SVG.number(legendX))\" y=\"\(SVG.number(y))\" width=\"14\" height=\"14\" "
                + "fill=\"\(SVG.fill(chart: id, index))\" stroke=\"#222222\" stroke-width=\"0.5\"/>"
            out += SVG.text(name, x: legendX + 20, y: y + 11)
        }
        return out + "</svg>"
    }
}

/// Horizontal bars, each starting at `start` (0 for a breakdown, the start minute for a Gantt
/// chart): x is `left + start x scale`, the width `value x scale`, one scale per chart.
struct HorizontalBars {
    struct Row {
        var label: String
        var start: Double = 0
        var value: ChartValue
        var pattern: Int
        var attributes: [(String, String)] = []
    }
    var id: String
    var title: String
    var description: String
    var rows: [Row]
    /// The axis caption under the bars, with the unit (`USD per month`, `simulated minutes`).
    var axis: String
    var labelWidth = 230.0

    func render() -> String {
        let plotWidth = 420.0, rowHeight = 20.0, top = 8.0
        let width = labelWidth + plotWidth + 110
        let height = top + rowHeight * Double(rows.count) + 34
        let maxEnd = rows.map { $0.start + $0.value.value }.max() ?? 0
        let scale = maxEnd > 0 ? plotWidth / maxEnd : 0
        var out = SVG.open(id: id, title: title, description: description, width: width, height: height)
        out += SVG.patternDefs(chart: id, count: (rows.map(\.pattern).max() ?? 0) + 1)
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let x = labelWidth + row.start * scale
            out += SVG.text(row.label, x: labelWidth - 6, y: y + 14, anchor: "end")
            out += SVG.bar(x: x, y: y + 3, width: row.value.value * scale, height: rowHeight - 6,
                           fill: SVG.fill(chart: id, row.pattern), value: row.value.data,
                           attributes: [("label", row.label)] + row.attributes, tooltip: "\(row.label): \(row.value.text)")
            out += SVG.text(row.value.text, x: x + row.value.value * scale + 4, y: y + 14, className: "value")
        }
        let axisY = top + rowHeight * Double(rows.count) + 4
        out += "<line x1=\"\(SVG.number(labelWidth))\" y1=\"\(SVG.number(axisY))\" x2=\"\(SVG.number(labelWidth + plotWidth))\" "
            + "y2=\"\(SVG.number(axisY))\" stroke=\"#222222\"/>"
        out += SVG.text("0", x: labelWidth, y: axisY + 14, anchor: "middle", className: "axis")
        out += SVG.text(axis, x: labelWidth + plotWidth, y: axisY + 14, anchor: "end", className: "axis")
        return out + "</svg>"
    }
}
