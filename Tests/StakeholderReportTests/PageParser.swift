import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// index.html parsed strictly as XML (the page is written XHTML-compatible) into the elements
/// the tests look at: every chart's attributes and its bars.
final class PageParser: NSObject, XMLParserDelegate {
    struct Chart {
        var attributes: [String: String]
        var hasTitle = false
        var hasDescription = false
        var bars: [[String: String]] = []
        /// Every text of the chart: its attributes and `content`.
        var texts: [[String: String]] = []
    }
    private(set) var charts: [Chart] = []
    private(set) var error: Error?
    private var inSVG = false
    private var depth = 0

    static func parse(_ text: String) -> PageParser {
        let delegate = PageParser()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        if !parser.parse() { delegate.error = parser.parserError ?? CocoaError(.formatting) }
        return delegate
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "svg" {
            charts.append(Chart(attributes: attributes))
            inSVG = true
            depth = 0
            return
        }
        guard inSVG, !charts.isEmpty else { return }
        depth += 1
        if depth == 1, name == "title" { charts[charts.count - 1].hasTitle = true }
        if depth == 1, name == "desc" { charts[charts.count - 1].hasDescription = true }
        if name == "rect", attributes["class"] == "bar" { charts[charts.count - 1].bars.append(attributes) }
        if name == "text" { charts[charts.count - 1].texts.append(attributes.merging(["content": ""]) { $1 }) }
        inText = name == "text"
    }

    private var inText = false

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard inSVG, inText, !charts.isEmpty, !charts[charts.count - 1].texts.isEmpty else { return }
        charts[charts.count - 1].texts[charts[charts.count - 1].texts.count - 1]["content", default: ""] += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "svg" { inSVG = false } else if inSVG { depth -= 1 }
        if name == "text" { inText = false }
    }
}

/// The report's JSON, read with JSONSerialization; numbers are compared as 2-decimal strings.
struct ReportJSONReader {
    let root: [String: Any]

    init(_ text: String) throws {
        root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    var report: [String: Any] { root["report"] as? [String: Any] ?? [:] }

    func objects(_ value: Any?) -> [[String: Any]] { value as? [[String: Any]] ?? [] }

    static func cents(_ value: Any?) -> String {
        guard let number = value as? NSNumber else { return "?" }
        return String(format: "%.2f", number.doubleValue)
    }
}
