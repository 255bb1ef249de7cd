import Catalog
import Foundation
@testable import StakeholderReport
import Testing

/// The monthly totals read from the JSON are the ones HTML, Markdown and CSV print.
@Suite struct TotalsAgreeTests {
    @Test(arguments: ["default.yaml", "multi-environment.yaml", "shared-stack.yaml"])
    func totalsAgreeAcrossFormats(_ name: String) throws {
        let files = Dictionary(uniqueKeysWithValues: ReportPack.files(try Fixtures.report(name)).map { ($0.name, $0.text) })
        let json = try ReportJSONReader(files["cost.json"] ?? "")
        let html = files["index.html"] ?? "", markdown = files["report.md"] ?? ""
        let overall = try #require(Money(exactly: ReportJSONReader.cents(json.root["monthly_total"])))
        #expect(html.contains("<tr class=\"total\"><td data-label=\"Environment\">Total</td><td data-label=\"Region\"></td><td class=\"num\" data-label=\"Monthly\">\(overall.formatted)</td>"))
        #expect(markdown.contains("| **Total** |  | **\(overall.formatted)** |"))

        var csvByEnvironment: [String: Money] = [:]
        let lines = (files["cost.csv"] ?? "").components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        for line in lines {
            let fields = Self.csvFields(line)
            csvByEnvironment[fields[0], default: .zero] += Money(exactly: fields[8]) ?? Money(-1_000_000)
        }
        #expect(csvByEnvironment.values.reduce(.zero, +) == overall)

        for environment in json.objects(json.root["environments"]) {
            let name = environment["name"] as? String ?? "?"
            let monthly = try #require(Money(exactly: ReportJSONReader.cents(environment["monthly_total"])))
            let own = try #require(Money(exactly: ReportJSONReader.cents(environment["own_total"])))
            #expect(html.contains("<tr><td data-label=\"Environment\">\(name)</td><td data-label=\"Region\">\(environment["region"] as? String ?? "")</td><td class=\"num\" data-label=\"Monthly\">\(monthly.formatted)</td>"))
            #expect(markdown.contains("| \(name) | \(environment["region"] as? String ?? "") | \(monthly.formatted) |"))
            // The CSV lists an environment's own components; shared ones sit under `shared`.
            #expect(csvByEnvironment[name] == own, "\(name): CSV \(String(describing: csvByEnvironment[name])) vs JSON \(own)")
        }
    }

    /// RFC 4180 fields: quoted fields may hold commas and doubled quotes.
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false, previous: Character = " "
        for character in line {
            if character == "\"" { if quoted { quoted = false } else { quoted = true; if previous == "\"" { field.append("\"") } } }
            else if character == ",", !quoted { fields.append(field); field = "" }
            else { field.append(character) }
            previous = character
        }
        return fields + [field]
    }
}
