import Foundation
import Scenario
@testable import StakeholderReport
import Testing

/// The rehearsal and sizing sections of the default pack: the data-loss hazards, the hazard
/// counts (the same in HTML, Markdown and JSON), and the capacity plan at 5,000 learners.
@Suite struct RehearsalSizingTests {
    static func pack() throws -> (document: ReportDocument, files: [String: String], json: ReportJSONReader) {
        let document = try Fixtures.report("default.yaml")
        let files = Dictionary(uniqueKeysWithValues: ReportPack.files(document).map { ($0.name, $0.text) })
        return (document, files, try ReportJSONReader(files["cost.json"] ?? ""))
    }

    @Test func defaultPackShowsTheDataLossHazardsAndWhatWasLost() throws {
        let (document, files, json) = try Self.pack()
        let rehearsal = try #require(document.rehearsal)
        let hazards = rehearsal.scopes.flatMap(\.hazards)
        for id in ["H1", "H2"] {
            #expect(hazards.contains { $0.id == id && $0.severity == .dataLoss }, "\(id) not read from the configuration")
            #expect((files["index.html"] ?? "").contains("<tr><td data-label=\"Id\">\(id)</td><td data-label=\"Severity\">data-loss</td>"), "\(id) row missing in index.html")
            #expect((files["report.md"] ?? "").contains("| \(id) | data-loss |"), "\(id) row missing in report.md")
            #expect((files["rehearsal.md"] ?? "").contains("| \(id) | data-loss |"), "\(id) row missing in rehearsal.md")
        }
        let scopes = json.objects((json.report["rehearsal"] as? [String: Any])?["scopes"])
        let lost = scopes.flatMap { json.objects($0["data_loss"]) }.filter { $0["outcome"] as? String == "lost" }.compactMap { $0["store"] as? String }
        #expect(lost.contains("RDS MySQL") && lost.contains("DocumentDB"), "lost: \(lost)")
        #expect((files["report.md"] ?? "").contains("| RDS MySQL | `"))
        #expect(!(files["report.md"] ?? "").contains("appears once `edxplan rehearse` exists"))
    }

    @Test func hazardCountsAgreeAcrossFormats() throws {
        let (_, files, json) = try Self.pack()
        let counts = json.objects((json.report["rehearsal"] as? [String: Any])?["hazards_by_severity"])
        #expect(counts.count == 5)
        let words = counts.map { "\(($0["count"] as? NSNumber)?.intValue ?? -1) \($0["severity"] as? String ?? "?")" }
        let total = counts.reduce(0) { $0 + (($1["count"] as? NSNumber)?.intValue ?? 0) }
        #expect(total > 0)
        let sentence = "Hazards by severity, read from the configuration: \(words.joined(separator: ", ")) (\(total) in all)."
        #expect((files["index.html"] ?? "").contains("<p>\(sentence)</p>"))
        #expect((files["report.md"] ?? "").contains("### Hazards by severity\n\n\(sentence)"))
        let page = PageParser.parse(files["index.html"] ?? "")
        let chart = try #require(page.charts.first { $0.attributes["id"] == "hazards-by-severity" })
        #expect(chart.bars.map { $0["data-value"] ?? "" } == counts.map { "\(($0["count"] as? NSNumber)?.intValue ?? -1)" })
        for count in counts {
            let row = "| \(count["severity"] as? String ?? "?") | \((count["count"] as? NSNumber)?.intValue ?? -1) |"
            #expect((files["report.md"] ?? "").contains(row), "\(row) missing in report.md")
        }
    }

    @Test func defaultsDoNotFitAtFiveThousandLearners() throws {
        let (document, files, json) = try Self.pack()
        let plan = try #require(document.sizing?.first?.plan)
        let sizing = try #require(json.objects(json.report["sizing"]).first)
        let current = sizing["current"] as? [String: Any] ?? [:]
        #expect(!plan.fits && current["fits"] as? Bool == false && (sizing["learners"] as? NSNumber)?.intValue == 5000)
        let binding = try #require(current["binding"] as? String)
        #expect(binding == plan.bindingName && binding != "none")
        for file in ["index.html", "report.md", "sizing.md"] {
            let text = files[file] ?? ""
            #expect(text.contains("At 5,000 registered learners"), "\(file)")
            #expect(text.contains("does not fit"), "\(file)")
            #expect(text.contains("Binding constraint: \(file == "index.html" ? "<code>\(binding)</code>" : "`\(binding)`")"), "\(file)")
        }
        #expect(plan.alternatives.count == 3)
    }

    @Test func environmentsWithoutALoadProfileSayWhyTheyAreNotSized() throws {
        let scenario = try ScenarioLoader.load(text: """
            name: partial
            platform: { name: s, root_domain: s.edu, aws_region: us-east-1, account_id: "123456789012" }
            environments:
              prod: { load: { peak_concurrent_users: 10 } }
              staging: {}
            """, file: "partial.yaml")
        let sizing = try EnvironmentSizing.size(scenario, catalog: try Fixtures.catalog())
        #expect(sizing.map(\.environment) == ["prod", "staging"])
        #expect(sizing.allSatisfy { $0.plan == nil })
        #expect(sizing[0].missing?.contains("no load to size for") == true, "\(String(describing: sizing[0].missing))")
        #expect(sizing[1].missing?.contains("peak_concurrent_users") == true)
    }
}
