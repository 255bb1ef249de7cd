import Foundation
import Pipeline
import Testing

/// On the real scenarios: the CSV's monthly_cost column adds up to the JSON monthly_total, to the cent.
@Suite struct TotalsTests {
    func totals(_ scenario: String, env: String?) throws -> (csv: Int64, json: Int64) {
        let workspace = try Support.workspace()
        let csv = try CostCommand.run(scenarioPath: scenario, environment: env, format: .csv, output: nil, workspace: workspace)
        let json = try CostCommand.run(scenarioPath: scenario, environment: env, format: .json, output: nil, workspace: workspace)
        let rows = Self.parseCSV(csv)
        let column = try #require(rows.first?.firstIndex(of: "monthly_cost"))
        let csvCents = rows.dropFirst().reduce(Int64(0)) { $0 + Self.cents($1[column]) }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let total = try #require(object["monthly_total"] as? NSNumber).doubleValue
        return (csvCents, Int64((total * 100).rounded()))
    }

    @Test(arguments: ["default.yaml", "multi-environment.yaml", "shared-stack.yaml", "growth.yaml"])
    func csvAddsUpToTheJSONTotal(_ name: String) throws {
        let (csv, json) = try totals("Scenarios/\(name)", env: nil)
        #expect(csv == json)
    }

    /// With `--env`, the environments are filtered but every shared component stays in the CSV
    /// (and the table's shared section), while monthly_total counts only that environment's share.
    @Test func csvAddsUpToTheJSONTotalForOneEnvironment() throws {
        let (csv, json) = try totals("Scenarios/multi-environment.yaml", env: "staging")
        #expect(csv == json)
    }

    static func cents(_ text: String) -> Int64 {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let whole = Int64(parts[0]), let fraction = Int64(parts[1]) else {
            Issue.record("monthly_cost \(text.debugDescription) is not a plain amount with two decimals")
            return 0
        }
        return whole * 100 + (text.hasPrefix("-") ? -fraction : fraction)
    }

    /// RFC 4180 fields, CRLF rows.
    static func parseCSV(_ text: String) -> [[String]] {
        text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { line in
            var fields: [String] = [], field = "", quoted = false, previousQuote = false
            for character in line {
                if quoted {
                    if character == "\"" { quoted = false; previousQuote = true; continue }
                    field.append(character)
                } else if character == "\"" {
                    if previousQuote { field.append("\"") }
                    quoted = true
                } else if character == "," {
                    fields.append(field); field = ""
                } else {
                    field.append(character)
                }
                previousQuote = false
            }
            fields.append(field)
            return fields
        }
    }
}
