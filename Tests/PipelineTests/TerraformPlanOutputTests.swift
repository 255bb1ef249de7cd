import Foundation
import Pipeline
import Testing

/// `edxplan plan --format terraform-json` of a whole environment reads back as a Terraform
/// plan: edxplan's own plan reader takes it, and `cost --plan-json` prices it.
@Suite struct TerraformPlanOutputTests {
    @Test func aSimulatedPlanIsARealPlan() throws {
        let folder = try Support.scratch("terraform-json")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = InfrastructureCommands.Options(scenarioPath: "Scenarios/default.yaml", environment: "prod",
                                                     accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terraformJSON = true
        let outcome = try InfrastructureCommands.plan(options, destroy: false, workspace: try Support.workspace())
        #expect(!outcome.text.contains("(sensitive value)"))
        let plan = folder.appendingPathComponent("plan.json")
        try outcome.text.write(to: plan, atomically: true, encoding: .utf8)
        let priced = try PlanCostCommand.run(planPath: plan.path, region: nil, format: .json, output: nil, workspace: try Support.workspace())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(priced.utf8)) as? [String: Any])
        #expect(object["format_version"] as? String == "1.2")
        #expect(object["region"] as? String == "us-east-1")
        let actions = try #require(object["actions"] as? [String: Int])
        #expect(actions.keys.sorted() == ["create"] && (actions["create"] ?? 0) > 100)
        #expect((object["monthly_after"] as? Double ?? 0) > 100)
        // Nothing exists yet: nothing to lose.
        #expect((object["hazards"] as? [Any])?.isEmpty == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test func applyRefusesTheFormat() throws {
        var options = InfrastructureCommands.Options(scenarioPath: "Scenarios/default.yaml", environment: "prod", accountPath: nil)
        options.terraformJSON = true
        #expect(throws: (any Error).self) { try InfrastructureCommands.run(options, destroy: false, workspace: try Support.workspace()) }
    }
}
