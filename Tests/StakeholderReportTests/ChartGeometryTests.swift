import Foundation
@testable import StakeholderReport
import Testing

/// The page parses as XML; every chart has its text alternatives; every bar is drawn to one
/// scale per chart and carries the same number as the JSON.
@Suite struct ChartGeometryTests {
    static func document(_ index: Int) throws -> ReportDocument {
        switch index {
        case 0: return try SampleReport.document(compare: true)
        case 1: return try Fixtures.report("default.yaml")
        default: return try Fixtures.report("multi-environment.yaml", compare: "default.yaml")
        }
    }

    @Test(arguments: [0, 1, 2]) func barsAreProportionalToTheJSON(_ index: Int) throws {
        let document = try Self.document(index)
        let page = PageParser.parse(ReportHTML.render(document))
        #expect(page.error == nil, "index.html is not well-formed: \(String(describing: page.error))")
        let json = try ReportJSONReader(ReportJSON.render(document))
        let expectedCharts = 4 + (document.comparison == nil ? 0 : 1) + (document.rehearsal == nil ? 0 : 1)
        #expect(page.charts.count == expectedCharts)
        for chart in page.charts {
            let id = chart.attributes["id"] ?? "?"
            #expect(chart.hasTitle && chart.hasDescription, "\(id) lacks <title>/<desc>")
            #expect(chart.attributes["role"] == "img" && !(chart.attributes["aria-label"] ?? "").isEmpty, "\(id) lacks aria-label")
            #expect(!chart.bars.isEmpty, "\(id) has no bars")
            try Self.checkScale(chart.bars, size: "width", id: id)
            for bar in chart.bars {
                #expect(bar["data-value"] == Self.expected(bar, chart: id, json: json), "\(id) bar \(bar)")
            }
        }
    }

    /// A service has one pattern in every report, whatever its rank: EKS is blue in each of them.
    @Test(arguments: [0, 1, 2]) func aServiceHasTheSamePatternInEveryReport(_ index: Int) throws {
        let page = PageParser.parse(ReportHTML.render(try Self.document(index)))
        var seen = 0
        for chart in page.charts where ["cost-by-service", "service-breakdown"].contains(chart.attributes["id"] ?? "") {
            let id = chart.attributes["id"] ?? "?"
            for bar in chart.bars {
                let service = try #require(id == "cost-by-service" ? bar["data-series"] : bar["data-label"])
                #expect(bar["fill"] == "url(#\(id)-p\(SVG.pattern(service: service)))", "\(id): \(service) is \(bar["fill"] ?? "?")")
                seen += 1
            }
        }
        #expect(seen > 0)
        #expect(SVG.pattern(service: "EKS") == 0 && SVG.pattern(service: "RDS") == 1)
        // Every listed service has a pattern of its own, and an unlisted one does not take theirs.
        #expect(Set(SVG.servicePatterns.values).count == SVG.servicePatterns.count)
        #expect(!SVG.servicePatterns.values.contains(SVG.pattern(service: "Amazon OpenSearch")))
    }

    /// No two texts of a chart overlap and none runs past its edge: a text is about 0.6 em wide a
    /// character (14 px type), and two texts on lines less than a line apart must not share x.
    @Test(arguments: [0, 1, 2]) func chartLabelsNeverOverlap(_ index: Int) throws {
        let page = PageParser.parse(ReportHTML.render(try Self.document(index)))
        for chart in page.charts {
            let id = chart.attributes["id"] ?? "?"
            let width = Double((chart.attributes["viewBox"] ?? "").split(separator: " ").dropFirst(2).first ?? "") ?? 0
            let boxes = chart.texts.map { text -> (x: ClosedRange<Double>, y: Double, content: String) in
                let x = Double(text["x"] ?? "") ?? 0, length = Double(text["content"]?.count ?? 0) * 14 * 0.6
                let start = text["text-anchor"] == "end" ? x - length : text["text-anchor"] == "middle" ? x - length / 2 : x
                return (start...(start + length), Double(text["y"] ?? "") ?? 0, text["content"] ?? "")
            }
            for box in boxes {
                #expect(box.x.lowerBound >= 0 && box.x.upperBound <= width, "\(id): \(box.content) runs past the edge (\(box.x), width \(width))")
            }
            for (first, a) in boxes.enumerated() {
                for b in boxes[(first + 1)...] where abs(a.y - b.y) < 14 && a.x.overlaps(b.x) {
                    Issue.record("\(id): \(a.content) overlaps \(b.content)")
                }
            }
        }
    }

    /// One scale per chart: the largest bar sets it, every other bar must match it to 0.01 px.
    static func checkScale(_ bars: [[String: String]], size: String, id: String) throws {
        let pairs = bars.compactMap { bar -> (Double, Double)? in
            guard let value = Double(bar["data-value"] ?? ""), let length = Double(bar[size] ?? "") else { return nil }
            return (value, length)
        }
        #expect(pairs.count == bars.count, "\(id): a bar without a numeric \(size) or data-value")
        guard let largest = pairs.max(by: { $0.0 < $1.0 }), largest.0 > 0 else { return }
        let scale = largest.1 / largest.0
        for (value, length) in pairs {
            #expect(abs(length - value * scale) <= 0.011, "\(id): \(size) \(length) is not \(value) x \(scale)")
        }
        if id == "apply-timeline" {
            // A Gantt bar also starts where its module starts: x = origin + start x scale.
            let origin = bars.compactMap { Double($0["x"] ?? "") }.min() ?? 0
            for bar in bars {
                let start = Double(bar["data-start"] ?? "") ?? -1
                #expect(abs((Double(bar["x"] ?? "") ?? 0) - origin - start * scale) <= 0.011, "\(id): \(bar)")
            }
        }
    }

    /// The number the JSON holds for this bar.
    static func expected(_ bar: [String: String], chart: String, json: ReportJSONReader) -> String? {
        let report = json.report
        switch chart {
        case "cost-by-service":
            let environment = json.objects(report["environments"]).first { $0["name"] as? String == bar["data-category"] }
            let service = json.objects(environment?["services"]).first { $0["service"] as? String == bar["data-series"] }
            return ReportJSONReader.cents(service?["monthly_total"])
        case "service-breakdown":
            return ReportJSONReader.cents(json.objects(report["services"]).first { $0["service"] as? String == bar["data-label"] }?["monthly_total"])
        case "projection":
            let series = json.objects((report["projection"] as? [String: Any])?["environments"]).first { $0["name"] as? String == bar["data-series"] }
            let month = Int((bar["data-category"] ?? "").dropFirst()) ?? 0
            return (series?["months"] as? [Any]).flatMap { month >= 1 && month <= $0.count ? ReportJSONReader.cents($0[month - 1]) : nil }
        case "comparison":
            let change = json.objects((report["comparison"] as? [String: Any])?["environments"]).first { $0["name"] as? String == bar["data-environment"] }
            return ReportJSONReader.cents(change?[bar["data-side"] ?? ""])
        case "apply-timeline":
            let scope = json.objects(report["apply_timeline"]).first { $0["name"] as? String == bar["data-scope"] || $0["scope"] as? String == bar["data-scope"] }
            let unit = json.objects(scope?["units"]).first { unit in
                (bar["data-label"] ?? "").hasPrefix("\(bar["data-scope"] ?? ""): \(unit["module"] as? String ?? "") (")
            }
            #expect(ReportJSONReader.cents(unit?["start_minute"]) == bar["data-start"])
            return ReportJSONReader.cents(unit?["minutes"])
        case "hazards-by-severity":
            let counts = json.objects((report["rehearsal"] as? [String: Any])?["hazards_by_severity"])
            return (counts.first { $0["severity"] as? String == bar["data-severity"] }?["count"] as? NSNumber).map { "\($0.intValue)" }
        default:
            return nil
        }
    }
}
