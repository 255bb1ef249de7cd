import Foundation
import GoRegex

/// Terragrunt's auto-retry: when a unit's Terraform command fails and its output matches one
/// of `retryableErrors`, Terragrunt logs "Encountered an error eligible for retrying. Sleeping
/// 5s before retrying.", sleeps, and runs the same command again, at most `maxAttempts` runs
/// in all; then it gives up with "Exhausted retries (3) for command ...".
/// (gruntwork-io/terragrunt `cli/cli_app.go` runTerraformWithRetry and `options/auto_retry_options.go`,
/// v0.28 to v0.92; the `errors { retry "..." { ... } }` block replaces the attributes from v0.93.)
///
/// The scenario's `terragrunt:` block holds the attributes operators put in the root
/// `terragrunt.hcl`. Terragrunt's own patterns are about providers, backends and networks, not
/// the AWS errors of a create or delete, so without the block a failed destroy stays failed,
/// as it does with the cookiecutter's configuration (which sets none of these).
public struct AutoRetry: Sendable, Equatable {
    /// Regular expressions, matched anywhere in the failed command's output (Go's
    /// `regexp.MatchString`); a pattern given in the scenario replaces the whole default list.
    public var retryableErrors: [String] { didSet { patterns = RetryPatterns(retryableErrors) } }
    /// Runs in all, the first included (`retry_max_attempts`).
    public var maxAttempts: Int
    /// The pause before each new run (`retry_sleep_interval_sec`).
    public var sleepSeconds: Int
    /// The list compiled, once, when a failure first asks.
    private var patterns: RetryPatterns
    /// Terragrunt 1.0's `errors` blocks. When they have a `retry` block, those blocks decide
    /// what is retried and the attributes above are not used (v0.93 removed them).
    public var errors = ErrorRules()

    /// How a failed run with this output is retried: the first matching `retry` block's
    /// attempts and pause, or the attributes' when there is no `retry` block; nil when it is not retried.
    public func retrying(_ output: String) -> (block: String?, maxAttempts: Int, sleepSeconds: Int)? {
        if !errors.retry.isEmpty {
            return errors.retrying(output).map { ($0.name, $0.maxAttempts, $0.sleepIntervalSeconds) }
        }
        return patterns.matches(output) ? (nil, maxAttempts, sleepSeconds) : nil
    }

    public init(retryableErrors: [String], maxAttempts: Int = 3, sleepSeconds: Int = 5) {
        self.retryableErrors = retryableErrors
        self.maxAttempts = maxAttempts
        self.sleepSeconds = sleepSeconds
        patterns = RetryPatterns(retryableErrors)
    }

    public static func == (lhs: AutoRetry, rhs: AutoRetry) -> Bool {
        (lhs.retryableErrors, lhs.maxAttempts, lhs.sleepSeconds) == (rhs.retryableErrors, rhs.maxAttempts, rhs.sleepSeconds)
            && lhs.errors == rhs.errors
    }

    /// Terragrunt's built-in list (`DEFAULT_RETRYABLE_ERRORS`), 3 runs, 5 seconds apart.
    public static let terragruntDefault = AutoRetry(retryableErrors: [
        "(?s).*Failed to load state.*tcp.*timeout.*",
        "(?s).*Failed to load backend.*TLS handshake timeout.*",
        "(?s).*Creating metric alarm failed.*request to update this alarm is in progress.*",
        "(?s).*Error installing provider.*TLS handshake timeout.*",
        "(?s).*Error configuring the backend.*TLS handshake timeout.*",
        "(?s).*Error installing provider.*tcp.*timeout.*",
        "(?s).*Error installing provider.*tcp.*connection reset by peer.*",
        "NoSuchBucket: The specified bucket does not exist",
        "(?s).*Error creating SSM parameter: TooManyUpdates:.*",
        "(?s).*app.terraform.io.*: 429 Too Many Requests.*",
        "(?s).*ssh_exchange_identification.*Connection closed by remote host.*",
        "(?s).*Client\\.Timeout exceeded while awaiting headers.*",
        "(?s).*Could not download module.*The requested URL returned error: 429.*",
    ])

    /// Whether a failed run with this output is run again. Patterns were checked when the
    /// scenario was read; one that no longer compiles matches nothing.
    public func isRetryable(_ output: String) -> Bool { retrying(output) != nil }

    /// Why `pattern` is not a regular expression Go's regexp accepts, or nil when it is one.
    public static func problem(with pattern: String) -> String? {
        do {
            _ = try GoRegex(pattern)
            return nil
        } catch let error as GoRegexError {
            return error.description
        } catch {
            return "\(error)"
        }
    }
}
