/// Terragrunt's `errors` block (v0.69.6 and later; the only form from v0.93, which removed
/// `retryable_errors`, `retry_max_attempts` and `retry_sleep_interval_sec`): named `retry`
/// blocks, each with its own patterns, attempts and pause, and named `ignore` blocks whose
/// errors do not fail the unit. Patterns are Go regular expressions; a pattern written
/// `!pattern` excludes: the first pattern of a block that matches the output decides, and a
/// `!` one decides "no" (Terragrunt docs, "Feature Flags, Errors and Excludes"; config/errors.go).
public struct ErrorRules: Sendable, Equatable {
    public struct Retry: Sendable, Equatable {
        public var name: String
        public var retryableErrors: [String]
        /// Runs in all, the first included.
        public var maxAttempts: Int
        public var sleepIntervalSeconds: Int
        let patterns: ErrorPatterns

        public init(name: String, retryableErrors: [String], maxAttempts: Int = 3, sleepIntervalSeconds: Int = 5) {
            self.name = name
            self.retryableErrors = retryableErrors
            self.maxAttempts = maxAttempts
            self.sleepIntervalSeconds = sleepIntervalSeconds
            patterns = ErrorPatterns(retryableErrors)
        }

        public static func == (lhs: Retry, rhs: Retry) -> Bool {
            (lhs.name, lhs.retryableErrors, lhs.maxAttempts, lhs.sleepIntervalSeconds)
                == (rhs.name, rhs.retryableErrors, rhs.maxAttempts, rhs.sleepIntervalSeconds)
        }
    }

    public struct Ignore: Sendable, Equatable {
        public var name: String
        public var ignorableErrors: [String]
        /// What Terragrunt logs instead of the error.
        public var message: String?
        /// Written to `error-signals.json` in the unit's folder when the block applies.
        public var signals: [String: String]
        let patterns: ErrorPatterns

        public init(name: String, ignorableErrors: [String], message: String? = nil, signals: [String: String] = [:]) {
            self.name = name
            self.ignorableErrors = ignorableErrors
            self.message = message
            self.signals = signals
            patterns = ErrorPatterns(ignorableErrors)
        }

        public static func == (lhs: Ignore, rhs: Ignore) -> Bool {
            (lhs.name, lhs.ignorableErrors, lhs.message, lhs.signals) == (rhs.name, rhs.ignorableErrors, rhs.message, rhs.signals)
        }
    }

    public var retry: [Retry]
    public var ignore: [Ignore]

    public init(retry: [Retry] = [], ignore: [Ignore] = []) {
        self.retry = retry
        self.ignore = ignore
    }

    /// The first `ignore` block whose patterns let `output` through (ignore blocks are checked first).
    public func ignoring(_ output: String) -> Ignore? { ignore.first { $0.patterns.decides(output) } }

    /// The first `retry` block whose patterns match `output`.
    public func retrying(_ output: String) -> Retry? { retry.first { $0.patterns.decides(output) } }
}

/// Patterns with `!` exclusions, compiled once.
final class ErrorPatterns: Sendable {
    private let negative: [Bool]
    private let compiled: RetryPatterns

    init(_ patterns: [String]) {
        negative = patterns.map { $0.hasPrefix("!") }
        compiled = RetryPatterns(patterns.map { $0.hasPrefix("!") ? String($0.dropFirst()) : $0 })
    }

    /// The first pattern that matches decides: yes, unless it is a `!` pattern. Terragrunt
    /// matches the error's text with every run of white space made one space (extractErrorMessage),
    /// so a pattern's `.*` reaches across the lines of the output.
    func decides(_ output: String) -> Bool {
        let text = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let index = compiled.firstMatch(text) else { return false }
        return !negative[index]
    }
}
