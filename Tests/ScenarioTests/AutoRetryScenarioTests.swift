import Diagnostics
import Foundation
@testable import Scenario
import Testing

/// The scenario's `terragrunt:` block: the auto-retry attributes of the root terragrunt.hcl.
@Suite struct AutoRetryScenarioTests {
    static let environments = "environments:\n  prod: {}\n"

    func load(_ block: String) throws -> Scenario {
        try ScenarioLoader.load(text: block + Self.environments, file: "inline.yaml")
    }

    func error(_ block: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) { try load(block) }
    }

    @Test func withoutTheBlockTerragruntsDefaultsApply() throws {
        let retry = try load("").autoRetry
        #expect(retry == .terragruntDefault)
        #expect(retry.maxAttempts == 3)
        #expect(retry.sleepSeconds == 5)
        #expect(retry.retryableErrors.count == 13)
        // The defaults are about providers and backends, not the errors of a destroy.
        #expect(retry.isRetryable("Error: Error installing provider \"aws\": net/http: TLS handshake timeout"))
        #expect(!retry.isRetryable("Error: InvalidDBParameterGroupState: One or more database clusters are still members"))
        #expect(!retry.isRetryable("Error: BucketNotEmpty: The bucket you tried to delete is not empty"))
    }

    @Test func theBlockReplacesTheListAndSetsRunsAndSleep() throws {
        let retry = try load("""
            terragrunt:
              retryable_errors: ["(?s).*InvalidDBParameterGroupState.*", "DependencyViolation"]
              retry_max_attempts: 5
              retry_sleep_interval_sec: 30

            """).autoRetry
        #expect(retry.retryableErrors == ["(?s).*InvalidDBParameterGroupState.*", "DependencyViolation"])
        #expect(retry.maxAttempts == 5)
        #expect(retry.sleepSeconds == 30)
        // Matched anywhere in the output, across lines, as Go's regexp.MatchString does.
        #expect(retry.isRetryable("Error: deleting group\nInvalidDBParameterGroupState: in use\n\n  with x"))
        #expect(retry.isRetryable("Error: DependencyViolation: The vpc 'vpc-1' has dependencies"))
        #expect(!retry.isRetryable("Error: Installing provider: TLS handshake timeout"))
    }

    @Test func onlyTheAttributesThatAreSetChange() throws {
        let retry = try load("terragrunt: { retry_max_attempts: 1 }\n").autoRetry
        #expect(retry.maxAttempts == 1)
        #expect(retry.retryableErrors == AutoRetry.terragruntDefault.retryableErrors)
        #expect(retry.sleepSeconds == 5)
    }

    @Test func aPatternThatDoesNotCompileIsRefusedWhereItIs() throws {
        let error = try error("""
            terragrunt:
              retryable_errors:
                - "(?s).*fine.*"
                - "(?s).*InvalidDBParameterGroupState(.*"

            """)
        #expect(error.location?.description == "inline.yaml:4:7")
        #expect(error.description.hasPrefix("""
            inline.yaml:4:7: error: terragrunt.retryable_errors: '(?s).*InvalidDBParameterGroupState(.*' is not a regular expression
            """))
    }

    @Test func runsAndSleepMustBeSensible() throws {
        #expect(try error("terragrunt: { retry_max_attempts: 0 }\n").description
            == "inline.yaml:1:35: error: 'terragrunt.retry_max_attempts' is 0, but it must be at least 1")
        #expect(try error("terragrunt: { retry_sleep_interval_sec: 86400 }\n").location?.description == "inline.yaml:1:41")
        #expect(try error("terragrunt: { retry_sleep_interval_sec: -1 }\n").location?.description == "inline.yaml:1:41")
        #expect(try error("terragrunt: { retryable_errors: [[x]] }\n").location?.description == "inline.yaml:1:34")
        #expect(try error("terragrunt: { retryable_errors: x }\n").location?.description == "inline.yaml:1:33")
        let unknown = try error("terragrunt: { retry_max_attempt: 2 }\n")
        guard case .unknownKey(_, let key, let allowed) = unknown else { Issue.record("expected unknownKey, got \(unknown)"); return }
        #expect(key == "retry_max_attempt")
        #expect(allowed == ["retryable_errors", "retry_max_attempts", "retry_sleep_interval_sec", "errors"])
    }

    @Test func theRetryWhatIfExtendsTheDefault() throws {
        let scenario = try ScenarioTestSupport.repositoryScenario("retry-teardown.yaml")
        let base = try ScenarioTestSupport.repositoryScenario("default.yaml")
        #expect(scenario.name == "retry-teardown")
        #expect(scenario.autoRetry.retryableErrors == ["(?s).*InvalidDBParameterGroupState.*"])
        #expect(scenario.environments.map(\.name) == base.environments.map(\.name))
        #expect(try scenario.environment(named: "prod").mongodb.instanceClass == base.environment(named: "prod").mongodb.instanceClass)
    }

    /// What makes matching cheap must not change what matches: Terragrunt's `(?s).*X.*`
    /// searches as `(?s)X`, and a literal start is only relied on when every match has it.
    @Test func patternsAreSearchedForAsTheyAreWritten() {
        #expect(RetryPatterns.searchable("(?s).*Failed to load state.*tcp.*timeout.*") == "(?s)Failed to load state.*tcp.*timeout")
        #expect(RetryPatterns.searchable(".*Error: timeout.*") == "Error: timeout")
        #expect(RetryPatterns.searchable("a\\.*") == "a\\.*", "an escaped dot repeated is no wildcard")
        #expect(RetryPatterns.searchable("(?i).*bucket.*") == "(?i)bucket")
        #expect(RetryPatterns.requiredLiteral("(?s)Failed to load state.*tcp") == Array("Failed to load state".utf8))
        #expect(RetryPatterns.requiredLiteral("Client\\.Timeout") == Array("Client".utf8))
        #expect(RetryPatterns.requiredLiteral("colou?r").isEmpty == false)
        #expect(RetryPatterns.requiredLiteral("colou?r") == Array("colo".utf8))
        #expect(RetryPatterns.requiredLiteral("(?i)bucket").isEmpty, "case-insensitive: no literal to rely on")
        #expect(RetryPatterns.requiredLiteral("a|b").isEmpty)
        let retry = AutoRetry(retryableErrors: ["(?s).*Client\\.Timeout.*", "(?i).*bucketnotempty.*", "colou?r"])
        #expect(retry.isRetryable("Error: Client.Timeout exceeded while awaiting headers"))
        #expect(!retry.isRetryable("Error: ClientxTimeout"))
        #expect(retry.isRetryable("Error: BucketNotEmpty: The bucket you tried to delete is not empty"))
        #expect(retry.isRetryable("the color") && retry.isRetryable("the colour") && !retry.isRetryable("the colr"))
        // A long output that matches nothing answers at once, not after trying every split.
        #expect(!AutoRetry.terragruntDefault.isRetryable(String(repeating: "Error: DependencyViolation: x tcp timeout\n", count: 2000)))
    }

}
