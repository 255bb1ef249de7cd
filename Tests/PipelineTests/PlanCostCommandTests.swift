import Foundation
import Pipeline
import Testing

/// `cost --plan-json` and `report --plan-json` on a plan that replaces the node group and
/// deletes the database: every format byte for byte, and the acceptance figures in them.
@Suite struct PlanCostCommandTests {
    static let plan = "Tests/PlanCostTests/Fixtures/nodeGroupReplacedDatabaseDeleted.json"

    func cost(_ format: CostFormat, plan: String = Self.plan) throws -> String {
        try PlanCostCommand.run(planPath: plan, region: nil, format: format, output: nil, workspace: try Support.workspace())
    }

    @Test(arguments: [(CostFormat.table, "txt"), (.markdown, "md"), (.csv, "csv"), (.json, "json")])
    func nodeGroupReplacedDatabaseDeleted(_ format: CostFormat, _ ext: String) throws {
        let text = try cost(format)
        try golden.check(text, "planCost.nodeGroupReplacedDatabaseDeleted.\(ext)")
        #expect(!text.contains("planted-plan-password"))
    }

    /// Acceptance: the monthly change and both hazards, in the table users read.
    @Test func theTableShowsTheChangeAndBothHazards() throws {
        let text = try cost(.table)
        #expect(text.contains("Total per month"))
        #expect(text.contains("+$94.35"))
        #expect(text.contains("data-loss H1: RDS destroy deletes every database for good"))
        #expect(text.contains("downtime replace-downtime: Replaced by destroying it first"))
    }

    @Test func pullRequestComment() throws {
        let text = try PlanCostCommand.report(planPath: Self.plan, region: nil, format: .prComment, outputDirectory: nil,
                                              workspace: try Support.workspace())
        try golden.check(text, "planCost.nodeGroupReplacedDatabaseDeleted.pr-comment.md")
        #expect(text.hasPrefix("### edxplan: +$94.35 per month"))
    }

    @Test func reportPackIsWrittenWhole() throws {
        let folder = try Support.scratch("plan-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = try PlanCostCommand.report(planPath: Self.plan, region: nil, format: .pack, outputDirectory: folder.path,
                                             workspace: try Support.workspace())
        #expect(out.contains("plan-cost.md") && out.contains("plan-cost.csv") && out.contains("plan-cost.json"))
        let json = try Data(contentsOf: folder.appendingPathComponent("plan-cost.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((object["monthly_change"] as? Double) == 94.35)
        #expect((object["hazards"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["H1", "replace-downtime"])
    }

    @Test func regionOptionPricesElsewhere() throws {
        let text = try PlanCostCommand.run(planPath: "Tests/TerraformPlanTests/Fixtures/format10Terraform11.json", region: "eu-west-1",
                                           format: .json, output: nil, workspace: try Support.workspace())
        #expect(text.contains("\"region\": \"eu-west-1\""))
        #expect(!text.contains("names no AWS region"))
    }
}
