import Catalog
import Cost
import Foundation
import Report
import Testing

/// Strict checks of the renderers' structure, and that every format states the same totals.
@Suite struct ReportConsistencyTests {
    let document = SampleDocument.document

    func parsedJSON() throws -> [String: Any] {
        let text = CostJSON.render(document)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any], "the cost JSON is not an object")
    }

    static func keys(_ object: [String: Any]?, _ expected: [String], _ context: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let missing = expected.filter { object?[$0] == nil && !(object?.keys.contains($0) ?? false) }
        #expect(missing.isEmpty, "\(context) lacks \(missing)", sourceLocation: sourceLocation)
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let root = try parsedJSON()
        Self.keys(root, ["scenario", "currency", "catalog", "monthly_total", "environments"], "the document")
        #expect(root["scenario"] as? String == "sample")
        #expect(root["currency"] as? String == "USD")
        let catalog = try #require(root["catalog"] as? [String: Any])
        Self.keys(catalog, ["as_of", "source"], "catalog")
        #expect(catalog["as_of"] as? String == "2026-01-15")
        #expect(root["monthly_total"] is NSNumber)

        let environments = try #require(root["environments"] as? [[String: Any]])
        #expect(environments.map { $0["name"] as? String } == ["prod", "staging"])
        var componentCount = 0
        for environment in environments {
            Self.keys(environment, ["name", "region", "monthly_total", "services"], "environment")
            #expect(environment["monthly_total"] is NSNumber)
            let services = try #require(environment["services"] as? [[String: Any]])
            #expect(!services.isEmpty)
            for service in services {
                Self.keys(service, ["service", "monthly_total", "resources"], "service")
                let resources = try #require(service["resources"] as? [[String: Any]])
                for resource in resources {
                    Self.keys(resource, ["address", "type", "module", "monthly_total", "components"], "resource")
                    let components = try #require(resource["components"] as? [[String: Any]])
                    for component in components {
                        componentCount += 1
                        Self.keys(component, ["name", "unit", "quantity", "unit_price", "monthly_cost", "usage_based",
                                              "price_key", "source"], "component")
                        #expect(component["usage_based"] is Bool || (component["usage_based"] as? NSNumber) != nil)
                        #expect(component["unit_price"] is NSNumber)
                        #expect(component["monthly_cost"] is NSNumber)
                        #expect(component["quantity"] is NSNumber || component["quantity"] is NSNull)
                    }
                }
            }
        }
        #expect(componentCount == 8)
    }

    @Test func jsonShowsUnknownQuantityAsNullAndKeepsNotesAndTiers() throws {
        let components = try parsedJSON()["environments"].flatMap { $0 as? [[String: Any]] }?
            .flatMap { ($0["services"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["resources"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["components"] as? [[String: Any]]) ?? [] } ?? []
        let credits = try #require(components.first { ($0["name"] as? String) == "CPU credits (unlimited mode)" })
        #expect(credits["quantity"] is NSNull)
        #expect((credits["monthly_cost"] as? NSNumber)?.doubleValue == 0)
        let tier = try #require(components.first { ($0["name"] as? String) == "Data transfer out to internet (first 10 TB)" })
        #expect((tier["tier_start"] as? NSNumber)?.intValue == 100)
        let free = try #require(components.first { ($0["note"] as? String) != nil })
        #expect(free["note"] as? String == "100 GB free per month, account-wide")
        let third = try #require(components.first { ($0["name"] as? String) == "Standard queries (first 1B)" })
        #expect((third["quantity"] as? NSNumber)?.doubleValue == 0.3333)
        #expect(CostJSON.render(document).contains("\"quantity\": 0.3333,"))
    }

    /// Cents of a CSV field, exactly.
    static func cents(_ text: String) throws -> Int64 {
        let money = try #require(Money(exactly: text), "not a plain decimal: \(text)")
        #expect(money.rounded() == money, "\(text) has more than two decimals")
        return money.cents
    }

    /// Cents of a parsed JSON number, which must have at most two decimals.
    static func cents(_ number: Any?) throws -> Int64 {
        let value = try #require(number as? NSNumber, "not a number: \(String(describing: number))").doubleValue * 100
        #expect(abs(value - value.rounded()) < 1e-6, "\(value / 100) is not a whole number of cents")
        return Int64(value.rounded())
    }

    @Test func totalsAgreeAcrossJSONCSVAndMarkdown() throws {
        // JSON: the document's total, and the sum of the environments' totals.
        let root = try parsedJSON()
        let jsonTotal = try Self.cents(root["monthly_total"])
        #expect(jsonTotal == 100_52)
        let environments = try #require(root["environments"] as? [[String: Any]])
        let environmentSum = try environments.reduce(Int64(0)) { sum, environment in
            sum + (try Self.cents(environment["monthly_total"]))
        }
        #expect(environmentSum == jsonTotal)

        // CSV: every component once (shared costs under `shared`), summing to the total to the cent.
        let rows = try CSV.parse(CostCSV.render(document))
        let header = try #require(rows.first)
        #expect(header == CostCSV.header)
        let costColumn = try #require(header.firstIndex(of: "monthly_cost"))
        let body = rows.dropFirst()
        #expect(body.count == 10)
        #expect(body.allSatisfy { $0.count == header.count }, "a CSV row has the wrong number of fields")
        let csvTotal = try body.reduce(Int64(0)) { $0 + (try Self.cents($1[costColumn])) }
        #expect(csvTotal == jsonTotal)
        #expect(Set(body.map { $0[0] }) == ["prod", "staging", "shared"])

        // Markdown: the Total row of the summary table.
        let markdown = CostMarkdown.render(document)
        let totalRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| **Total** | |") })
        let amounts = totalRow.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("**$") }
        #expect(amounts == ["**$100.52**", "**$1,206.24**"])
        #expect(amounts.first == "**\(document.monthlyTotal.formatted)**")
    }

    @Test func csvEscapesCommasQuotesAndUsesCRLF() throws {
        let text = CostCSV.render(document)
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.contains(",\"GET, SELECT | other \"\"requests\"\"\","))
        #expect(text.contains(",\"module.eks.module.eks_managed_node_group[\"\"default\"\"].aws_eks_node_group.this[0]\","))
        let rows = try CSV.parse(text)
        #expect(rows.contains { $0[4] == "GET, SELECT | other \"requests\"" })
        let credits = try #require(rows.first { $0[4] == "CPU credits (unlimited mode)" })
        #expect(credits[5] == "" && credits[8] == "0.00" && credits[9] == "true")
    }

    @Test func markdownEscapesPipesInNames() {
        let markdown = CostMarkdown.render(document)
        #expect(markdown.contains("GET, SELECT \\| other \"requests\" \\*"))
        #expect(markdown.contains("| depends on usage |"))
    }

    @Test func summaryListsServicesByCostDescending() {
        let lines = CostTable.summary(document).split(separator: "\n").map(String.init)
        let prodServices = lines.drop { !$0.hasPrefix("prod") }.dropFirst().prefix { $0.hasPrefix("  ") }
            .map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? "" }
        #expect(prodServices == ["EC2", "Data Transfer", "S3", "EBS", "share of shared costs"])
    }
}

/// A minimal RFC 4180 reader, to check the CSV as a spreadsheet would read it.
enum CSV {
    struct Malformed: Error, CustomStringConvertible { let description: String }

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let scalar = characters.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { throw Malformed(description: "a quote inside an unquoted field: \(field)") }
                quoted = true
            case ",": row.append(field); field = ""
            case "\r":
                guard characters.popFirst() == "\n" else { throw Malformed(description: "a CR without LF") }
                row.append(field); rows.append(row); row = []; field = ""
            case "\n": throw Malformed(description: "a bare LF line ending")
            default: field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted else { throw Malformed(description: "an unterminated quoted field") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
