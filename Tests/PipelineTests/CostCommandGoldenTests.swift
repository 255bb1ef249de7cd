import Foundation
import Pipeline
import Testing

/// `edxplan cost` on the repository's scenarios and real catalog, every format, byte for byte.
@Suite struct CostCommandGoldenTests {
    func run(_ scenario: String, _ format: CostFormat, env: String? = nil) throws -> String {
        try CostCommand.run(scenarioPath: scenario, environment: env, format: format, output: nil, workspace: try Support.workspace())
    }

    @Test(arguments: [(CostFormat.table, "txt"), (.markdown, "md"), (.csv, "csv"), (.json, "json")])
    func defaultScenario(_ format: CostFormat, _ ext: String) throws {
        try golden.check(try run("Scenarios/default.yaml", format), "default.\(ext)")
    }

    @Test func multiEnvironmentStagingJSON() throws {
        let text = try run("Scenarios/multi-environment.yaml", .json, env: "staging")
        try golden.check(text, "multi-environment.staging.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let environments = try #require(object["environments"] as? [[String: Any]])
        #expect(environments.map { $0["name"] as? String } == ["staging"])
    }

    @Test func unknownEnvironmentIsAnError() throws {
        #expect(throws: (any Error).self) { try run("Scenarios/multi-environment.yaml", .json, env: "stagign") }
    }

    @Test func costJSONIsDeterministic() throws {
        let first = try CostCommand.run(scenarioPath: "Scenarios/multi-environment.yaml", environment: nil, format: .json, output: nil,
                                        workspace: try Support.workspace())
        let second = try CostCommand.run(scenarioPath: "Scenarios/multi-environment.yaml", environment: nil, format: .json, output: nil,
                                         workspace: try Support.workspace())
        #expect(first == second)
        let third = try run("Scenarios/default.yaml", .json)
        let fourth = try run("Scenarios/default.yaml", .json)
        #expect(Data(third.utf8) == Data(fourth.utf8))
    }
}
