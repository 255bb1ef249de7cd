import Testing
@testable import Scenario

/// Terragrunt's `errors` blocks as the scenario holds them: the first pattern that matches
/// decides, `!` patterns exclude, ignore blocks come before retry blocks, and a scenario's
/// patterns are checked where they are written.
struct ErrorRulesTests {
    static let yaml = """
        name: t
        terragrunt:
          errors:
            retry:
              throttling:
                retryable_errors: ["(?s).*Throttling.*"]
                max_attempts: 6
                sleep_interval_sec: 10
              anything_else:
                retryable_errors: ["!(?s).*AccessDenied.*", "(?s).*Error.*"]
                max_attempts: 2
            ignore:
              warnings:
                ignorable_errors: ["(?s).*Warning:.*"]
                message: "only a warning"
        environments:
          prod: { modules: [vpc] }
        """

    @Test func blocksDecideInOrder() throws {
        let retry = try ScenarioLoader.load(text: Self.yaml, file: "s.yaml").autoRetry
        #expect(retry.retrying("Error: Throttling: Rate exceeded")?.block == "throttling")
        #expect(retry.retrying("Error: Throttling: Rate exceeded")?.maxAttempts == 6)
        #expect(retry.retrying("Error: InvalidParameterValue")?.block == "anything_else")
        #expect(retry.retrying("Error: InvalidParameterValue")?.sleepSeconds == 5)
        #expect(retry.retrying("Error: AccessDenied") == nil)
        #expect(retry.errors.ignoring("Warning: deprecated attribute")?.message == "only a warning")
        #expect(retry.errors.ignoring("Error: InvalidParameterValue") == nil)
    }

    @Test func aBadPatternIsRefusedWhereItIsWritten() {
        let bad = Self.yaml.replacingOccurrences(of: "\"(?s).*Throttling.*\"", with: "\"(?s).*Throttling(.*\"")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(text: bad, file: "s.yaml") }
        do { _ = try ScenarioLoader.load(text: bad, file: "s.yaml") } catch let error as ScenarioError {
            #expect(error.description.hasPrefix("s.yaml:6:28: error: "))
            #expect(error.description.contains("terragrunt.errors.retry.throttling.retryable_errors"))
        } catch { Issue.record("\(error)") }
    }

    @Test func unknownKeysAreRefused() {
        let bad = Self.yaml.replacingOccurrences(of: "max_attempts: 6", with: "max_attempt: 6")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(text: bad, file: "s.yaml") }
    }
}
