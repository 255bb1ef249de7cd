import Foundation
import Pipeline
import Testing

/// `edxplan` with no arguments, in a temporary copy of Catalog/ and Scenarios/ so Reports/ is written there.
@Suite struct MainJobTests {
    @Test func writesTheThreeReportsAndReturnsTheSummary() throws {
        let folder = try Support.scratch("mainjob")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.copyCatalog(into: folder)
        try Support.copyScenarios(into: folder)
        let workspace = Workspace(workingDirectory: folder, environment: [:], catalogPath: try Support.catalogPath())

        let printed = try MainJob.run(workspace: workspace)
        try golden.check(printed, "mainJob.summary.txt")
        #expect(printed.hasSuffix("\nWrote Reports/default/cost.md, Reports/default/cost.csv, Reports/default/cost.json\n"))

        let reports = folder.appendingPathComponent("Reports/default")
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        #expect(names == ["cost.csv", "cost.json", "cost.md"], "stray or missing files (temporary files left over?)")
        // Each report is exactly what `edxplan cost --format X` prints.
        for (name, format) in [("cost.md", CostFormat.markdown), ("cost.csv", .csv), ("cost.json", .json)] {
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
        let result = try CLI.run([], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try golden.check(result.stdout, "mainJob.summary.txt")
        for name in ["cost.md", "cost.csv", "cost.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Reports/default/\(name)").path))
        }
    }
}
