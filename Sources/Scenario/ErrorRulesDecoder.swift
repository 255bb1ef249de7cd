/// `terragrunt.errors` of a scenario: the `errors` block of the root terragrunt.hcl, as
/// `import terragrunt` writes it.
///
///     terragrunt:
///       errors:
///         retry:
///           transient_errors: { retryable_errors: [".*timeout.*"], max_attempts: 3, sleep_interval_sec: 5 }
///         ignore:
///           known_safe_errors: { ignorable_errors: [".*Warning.*", "!.*Error.*"], message: "...", signals: { alert_team: false } }
enum ErrorRulesDecoder {
    static func decode(_ value: SourceValue) throws -> ErrorRules {
        let fields = try Fields(value, path: "terragrunt.errors", allowed: ["retry", "ignore"])
        var rules = ErrorRules()
        for (name, block) in try named(fields, "retry") {
            let path = "terragrunt.errors.retry.\(name)"
            let block = try Fields(block, path: path, allowed: ["retryable_errors", "max_attempts", "sleep_interval_sec"])
            guard let items = try block.list("retryable_errors") else { throw ScenarioError.missingKey(block.value.location, key: path + ".retryable_errors") }
            // As the attributes: at least one run, at most a hundred, an hour apart at most.
            rules.retry.append(ErrorRules.Retry(
                name: name, retryableErrors: try ScenarioDecoder.patterns(items, key: path + ".retryable_errors"),
                maxAttempts: try block.int("max_attempts", default: 3, min: 1, max: 100),
                sleepIntervalSeconds: try block.int("sleep_interval_sec", default: 5, min: 0, max: 3600)))
        }
        for (name, block) in try named(fields, "ignore") {
            let path = "terragrunt.errors.ignore.\(name)"
            let block = try Fields(block, path: path, allowed: ["ignorable_errors", "message", "signals"])
            guard let items = try block.list("ignorable_errors") else { throw ScenarioError.missingKey(block.value.location, key: path + ".ignorable_errors") }
            var signals: [String: String] = [:]
            if let given = block.child("signals") {
                guard case .mapping(let entries) = given.kind else {
                    throw ScenarioError.wrongType(given.location, key: path + ".signals", expected: "a mapping of names to values")
                }
                for entry in entries {
                    guard case .scalar(let text) = entry.value.kind else {
                        throw ScenarioError.wrongType(entry.value.location, key: path + ".signals.\(entry.key)", expected: "a single value")
                    }
                    signals[entry.key] = text
                }
            }
            rules.ignore.append(ErrorRules.Ignore(name: name, ignorableErrors: try ScenarioDecoder.patterns(items, key: path + ".ignorable_errors"),
                                                  message: try block.optionalString("message"), signals: signals))
        }
        return rules
    }

    /// The blocks of one kind, by name, in the order written.
    private static func named(_ fields: Fields, _ key: String) throws -> [(String, SourceValue)] {
        guard let value = fields.child(key) else { return [] }
        guard case .mapping(let entries) = value.kind else {
            throw ScenarioError.wrongType(value.location, key: fields.name(key), expected: "a mapping of block names to blocks")
        }
        return entries.map { ($0.key, $0.value) }
    }
}
