import Foundation
import Scenario
import Testing
@testable import TerragruntImport

/// A Terragrunt 1.0 tree: `errors` blocks in the root configuration and the environment as a
/// `terragrunt.stack.hcl` with a unit and a nested stack, their `values` feeding the units.
@Suite struct Terragrunt10TreeTests {
    func imported() throws -> TerragruntImporter.Result {
        try TerragruntImporter.run(path: "terragrunt10Tree", workingDirectory: Fixtures.directory.path)
    }

    @Test func terragrunt10TreeImportsIntoTheGoldenScenario() throws {
        let result = try imported()
        try golden.check(result.yaml, "terragrunt10Tree.yaml")
        try golden.check(result.warnings.map(\.description).joined(separator: "\n") + "\n", "terragrunt10Tree.warnings.txt")
    }

    /// Acceptance: the stack's units, the nested stack's included, in Terragrunt's order.
    @Test func theStackGeneratesItsUnits() throws {
        let result = try imported()
        #expect(result.waves["prod"] == [["vpc"], ["mysql"]])
        #expect(result.yaml.contains("instance_class: db.t3.medium"))
        // Templates of the stack are not units of their own.
        #expect(!result.yaml.contains("  units:") && !result.yaml.contains("data-stores:\n"))
    }

    /// Acceptance: the retry and ignore blocks reach the scenario the simulator runs with.
    @Test func theErrorsBlocksReachTheScenario() throws {
        let scenario = try ScenarioLoader.load(text: try imported().yaml, file: "imported.yaml")
        let rules = scenario.autoRetry.errors
        #expect(rules.retry == [ErrorRules.Retry(name: "transient_errors",
                                                  retryableErrors: [".*Error: transient network issue.*", "(?s).*InvalidDBParameterGroupState.*"],
                                                  maxAttempts: 4, sleepIntervalSeconds: 30)])
        #expect(rules.ignore == [ErrorRules.Ignore(name: "known_safe_errors",
                                                    ignorableErrors: [".*Warning: non-critical issue.*", "!.*Error: do not ignore.*"],
                                                    message: "Ignoring non-critical warnings", signals: ["alert_team": "false"])])
        let retried = try #require(scenario.autoRetry.retrying("Error: deleting DocDB parameter group: InvalidDBParameterGroupState: in use"))
        #expect(retried.block == "transient_errors" && retried.maxAttempts == 4 && retried.sleepSeconds == 30)
        // The blocks replace the old attributes' list: Terragrunt's default patterns no longer retry.
        #expect(scenario.autoRetry.retrying("NoSuchBucket: The specified bucket does not exist") == nil)
        #expect(rules.ignoring("Warning: non-critical issue in module") != nil)
        // Terragrunt matches the output as one line, and the first pattern that matches decides.
        #expect(rules.ignoring("Warning: non-critical\n issue") != nil)
        #expect(rules.ignoring("Error: do not ignore this") == nil)
    }

    /// A stack unit whose source is remote is reported, not guessed.
    @Test func aRemoteUnitSourceIsReported() throws {
        let tree = try Fixtures.copy("terragrunt10Tree")
        defer { try? FileManager.default.removeItem(at: tree.deletingLastPathComponent()) }
        try Fixtures.edit(tree, "live/prod/terragrunt.stack.hcl", replacing: "source = \"../../units/vpc\"",
                          with: "source = \"git::https://github.com/acme/units.git//vpc?ref=v1.0.0\"")
        let result = try TerragruntImporter.run(path: tree.path, workingDirectory: "/")
        #expect(result.warnings.contains { $0.message.contains("unit \"vpc\": source git::https://github.com/acme/units.git//vpc?ref=v1.0.0 is not a local folder") })
    }
}
