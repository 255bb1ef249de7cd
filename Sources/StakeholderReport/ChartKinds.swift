import Foundation

/// One number of a chart: `data` is the number as the JSON prints it (what the bar is drawn
/// from), `text` how people read it (`$60.74`, `12.5 min`).
struct ChartValue {
    var data: String
    var text: String
    var value: Double { Double(data) ?? 0 }
}

/// The layout every chart shares. Charts are drawn 480 units wide and scaled to their column:
/// at a 390 px phone (about 360 px of column) 14-unit text is still 10.5 px, and a label sits
/// on its own line above its bar, so no label can run into a bar or another label at any width.
enum ChartLayout {
    static let width = 480.0
    /// Room right of the longest bar for its value (`$12,345.67`, `123.4 min`).
    static let valueRoom = 92.0
    static let plotWidth = width - valueRoom - 4
    static let left = 2.0
    /// A row: its label line, then the bar.
    static let rowHeight = 34.0
    static let labelBaseline = 13.0
    static let barTop = 17.0
    static let barHeight = 13.0

    /// The axis line under the rows, `0` at the origin and the unit at the end.
    static func axis(y: Double, caption: String) -> String {
        "<line x1=\"\(SVG.number(left))\" y1=\"\(SVG.number(y))\" x2=\"\(SVG.number(left + plotWidth))\" y2=\"\(SVG.number(y))\" stroke=\"#222222\"/>"
            + SVG.text("0", x: left, y: y + 16, className: "axis")
            + SVG.text(caption, x: left + plotWidth, y: y + 16, anchor: "end", className: "axis")
    }
}

/// Horizontal bars stacked by series, one row per category (cost by service per environment,
/// the projection by environment per month), the total at the end of each row and a legend
/// under the plot. Widths are `value x scale`, one scale per chart.
struct StackedBars {
    var id: String
    var title: String
    var description: String
    var categories: [String]
    var series: [String]
    /// The pattern of each series (`SVG.pattern(service:)` for services, so colours never depend on rank).
    var patterns: [Int]
    /// `values[category][series]`.
    var values: [[ChartValue]]
    var totals: [String]
    var axis = "USD per month"

    func render() -> String {
        typealias L = ChartLayout
        let rowsHeight = L.rowHeight * Double(categories.count)
        // The legend: two columns of swatches under the axis.
        let legendTop = rowsHeight + 36, legendRows = (series.count + 1) / 2
        let height = legendTop + Double(legendRows) * 20 + 4
        let maxTotal = values.map { $0.reduce(0) { $0 + $1.value } }.max() ?? 0
        let scale = maxTotal > 0 ? L.plotWidth / maxTotal : 0
        var out = SVG.open(id: id, title: title, description: description, width: L.width, height: height)
        out += SVG.patternDefs(chart: id, indices: patterns)
        for (row, category) in categories.enumerated() {
            let y = L.rowHeight * Double(row)
            out += SVG.text(category, x: L.left, y: y + L.labelBaseline)
            var x = L.left
            for (index, name) in series.enumerated() {
                let cell = values[row][index]
                guard cell.value > 0 else { continue }
                let width = cell.value * scale
                out += SVG.bar(x: x, y: y + L.barTop, width: width, height: L.barHeight, fill: SVG.fill(chart: id, patterns[index]),
                               value: cell.data, attributes: [("category", category), ("series", name)],
                               tooltip: "\(category), \(name): \(cell.text)")
                x += width
            }
            out += SVG.text(totals[row], x: x + 4, y: y + L.barTop + 11, className: "value")
        }
        out += L.axis(y: rowsHeight + 2, caption: axis)
        // The legend names every series next to its pattern swatch: the direct label.
        for (index, name) in series.enumerated() {
            let x = L.left + Double(index % 2) * (L.width / 2), y = legendTop + Double(index / 2) * 20
            out += "<rect class=\"swatch\" x=\"\(SVG.number(x))\" y=\"\(SVG.number(y))\" width=\"14\" height=\"14\" "
                + "fill=\"\(SVG.fill(chart: id, patterns[index]))\" stroke=\"#222222\" stroke-width=\"0.5\"/>"
            out += SVG.text(name, x: x + 20, y: y + 12)
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

    func render() -> String {
        typealias L = ChartLayout
        let height = L.rowHeight * Double(rows.count) + 24
        let maxEnd = rows.map { $0.start + $0.value.value }.max() ?? 0
        let scale = maxEnd > 0 ? L.plotWidth / maxEnd : 0
        var out = SVG.open(id: id, title: title, description: description, width: L.width, height: height)
        out += SVG.patternDefs(chart: id, indices: rows.map(\.pattern))
        for (index, row) in rows.enumerated() {
            let y = L.rowHeight * Double(index)
            let x = L.left + row.start * scale
            out += SVG.text(row.label, x: L.left, y: y + L.labelBaseline)
            out += SVG.bar(x: x, y: y + L.barTop, width: row.value.value * scale, height: L.barHeight,
                           fill: SVG.fill(chart: id, row.pattern), value: row.value.data,
                           attributes: [("label", row.label)] + row.attributes, tooltip: "\(row.label): \(row.value.text)")
            out += SVG.text(row.value.text, x: x + row.value.value * scale + 4, y: y + L.barTop + 11, className: "value")
        }
        return out + L.axis(y: L.rowHeight * Double(rows.count) + 2, caption: axis) + "</svg>"
    }
}
