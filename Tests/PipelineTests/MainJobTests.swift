import Foundation
import Pipeline
import Testing

/// `edxplan` with no arguments, in a temporary copy of Catalog/ and Scenarios/ so Reports/ is written there.
@Suite struct MainJobTests {
    @Test func writesThePackAndReturnsTheSummary() throws {
        let folder = try Support.scratch("mainjob")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        let workspace = Workspace(workingDirectory: folder, environment: [:], catalogPath: try Support.catalogPath())

        let printed = try MainJob.run(workspace: workspace)
        try golden.check(printed, "mainJob.summary.txt")
        #expect(printed.contains("\nWrote Reports/default/index.html, "))

        let reports = folder.appendingPathComponent("Reports/default")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        #expect(names == ["cost.csv", "cost.json", "cost.md", "index.html", "plan.md", "rehearsal.md", "report.md", "sizing.md"],
                "stray or missing files (temporary files left over?)")
        // cost.md and cost.csv are exactly what `edxplan cost --format X` prints; cost.json is
        // that JSON plus the report's own figures under "report".
        let json = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: reports.appendingPathComponent("cost.json"))) as? [String: Any])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(try CostCommand.run(
            scenarioPath: "Scenarios/default.yaml", environment: nil, format: .json, output: nil, workspace: workspace).utf8)) as? [String: Any])
        #expect(json["report"] != nil)
        let canonical = { (object: [String: Any]) throws -> Data in try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        // The pack states more assumptions (projection, savings); every cost one is among them.
        #expect(try canonical(json.filter { $0.key != "report" && $0.key != "assumptions" })
            == canonical(plain.filter { $0.key != "assumptions" }))
        let packAssumptions = Set(json["assumptions"] as? [String] ?? []), costAssumptions = Set(plain["assumptions"] as? [String] ?? [])
        #expect(costAssumptions.isSubset(of: packAssumptions))
        for (name, format) in [("cost.md", CostFormat.markdown), ("cost.csv", .csv)] {
            let written = try String(contentsOf: reports.appendingPathComponent(name), encoding: .utf8)
            let expected = try CostCommand.run(scenarioPath: "Scenarios/default.yaml", environment: nil, format: format, output: nil,
                                               workspace: workspace)
            #expect(written == expected, "Reports/default/\(name) differs from `edxplan cost --format \(format.rawValue)`")
        }
        // Nothing was written into the repository itself.
        #expect(!FileManager.default.fileExists(atPath: Support.root.appendingPathComponent("Reports/default/.cost.md.tmp").path))
    }

    @Test(.enabled(if: CLI.executable != nil, CLI.missingMessage))
    func theExecutablePrintsTheSameSummary() throws {
        let folder = try Support.scratch("mainjob-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        // Piped without COLUMNS: unlimited width, as the library renders it.
        let result = try CLI.run([], in: folder, environment: ["COLUMNS": nil])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try golden.check(result.stdout, "mainJob.summary.txt")
        for name in ["cost.md", "cost.csv", "cost.json", "index.html", "report.md", "plan.md", "rehearsal.md", "sizing.md"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/default/\(name)").path))
        }
    }
}
