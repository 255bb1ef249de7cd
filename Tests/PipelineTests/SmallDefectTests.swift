import Foundation
import Pipeline
import Testing

/// The small defects of issue 21 that the library answers for.
@Suite struct SmallDefectTests {
    /// An empty account says "Resources: none", not "Resources: 0 ()"; the event log, oldest first
    /// by the simulated clock although parallel units log out of order.
    @Test func accountShowAndEventsReadRight() throws {
        let folder = try Support.scratch("account-defects")
        defer { try? FileManager.default.removeItem(at: folder) }
        let account = folder.appendingPathComponent("a.sqlite").path
        let workspace = try Support.workspace()
        let options = InfrastructureCommands.Options(scenarioPath: "Scenarios/default.yaml", environment: "prod", accountPath: account)
        _ = try InfrastructureCommands.run(options, destroy: false, workspace: workspace)
        let minutes = { (limit: Int?) throws -> [Double] in
            try AccountCommands.events(scenarioPath: nil, accountPath: account, scope: nil, limit: limit, workspace: workspace)
                .split(separator: "\n").compactMap { Double($0.split(separator: " ").first ?? "") }
        }
        let all = try minutes(nil)
        #expect(all.count > 50)
        #expect(zip(all, all.dropFirst()).allSatisfy { $0 <= $1 }, "oldest first")
        #expect(try minutes(5) == Array(all.suffix(5)), "--limit keeps the latest")
        _ = try AccountCommands.reset(scenarioPath: nil, accountPath: account, workspace: workspace)
        let empty = try AccountCommands.show(scenarioPath: "Scenarios/default.yaml", accountPath: account, json: false, workspace: workspace)
        #expect(empty.contains("Resources: none\n") && !empty.contains("()"), "\(empty)")
    }

    /// A component at $0.00 on one side and absent on the other changes nothing and is not listed.
    @Test func diffHidesZeroComponentsThatComeOrGo() throws {
        let text = try DiffCommand.run("Scenarios/default.yaml", "Scenarios/growth.yaml", json: false, workspace: try Support.workspace())
        #expect(!text.contains("$0.00 -> -") && !text.contains("- -> $0.00"), "\(text)")
        #expect(text.contains("Database instance (on-demand, db.t3.medium)  $56.94 -> -  (-$56.94)"))
    }
}
