import Diagnostics
import Scenario

/// Writes an imported scenario in the repository's scenario format (Scenarios/default.yaml),
/// with a comment on every value naming the file and line of the tree it came from, relative to
/// PATH. The `dependencies:` of each scope is the unit graph `plan` and `rehearse` then use.
struct ScenarioWriter {
    let display: PathDisplay
    private var lines: [String] = []
    /// Line number (1-based) of `lines` -> where in the tree its value was read. A box, so the
    /// comment that names a place can record it while the line is being built.
    private final class Origins { var lines: [Int: SourceLocation] = [:] }
    private let origins = Origins()
    static let commentColumn = 48

    init(display: PathDisplay) { self.display = display }

    static func render(_ scenario: ImportedScenario, display: PathDisplay) -> String { rendered(scenario, display: display).text }

    /// The text and, per line, the tree's place of the value written on it (as `display` shows files).
    static func rendered(_ scenario: ImportedScenario, display: PathDisplay) -> (text: String, origins: [Int: SourceLocation]) {
        var writer = ScenarioWriter(display: display)
        writer.write(scenario)
        return (writer.lines.joined(separator: "\n") + "\n", writer.origins.lines)
    }

    private mutating func write(_ scenario: ImportedScenario) {
        lines.append("# Imported by `edxplan import terragrunt \(display.given)`: \(scenario.layout.rawValue) layout, \(scenario.units) units.")
        lines.append("# Each value names where it came from (file:line, relative to \(display.given)). Values only known after")
        lines.append("# apply (dependency outputs) are not written: the cookiecutter's defaults apply there. A Terragrunt tree")
        lines.append("# has no usage or load figures: add them (see Scenarios/default.yaml).")
        if let name = scenario.name {
            entry("name", scalar(name.value), indent: 0, comment: comment(name.location))
        }
        lines.append("platform:")
        for (key, value) in scenario.platform {
            entry(key, scalar(value.value, forceQuote: key == "account_id"), indent: 2, comment: comment(value.location))
        }
        entry("layout", scenario.layout.rawValue, indent: 0, comment: scenario.layout == .sharedStack
              ? "terraform/stacks/<id>/<module> + terraform/environments/<env>/<module>"
              : "terraform/environments/<env>/<module>")
        if !scenario.retry.isEmpty { write(scenario.retry) }
        if let stack = scenario.scopes.first(where: \.isStack) {
            entry("shared", nil, indent: 0, comment: "stack \(display.relative(stack.directory))")
            write(stack, indent: 2)
        }
        lines.append("environments:")
        for scope in scenario.scopes where !scope.isStack {
            entry(scope.name, nil, indent: 2, comment: display.relative(scope.directory))
            write(scope, indent: 4)
        }
    }

    private mutating func write(_ scope: ImportedScenario.Scope, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        if let subdomain = scope.subdomain {
            entry("subdomain", scalar(subdomain.value), indent: indent, comment: comment(subdomain.location))
        }
        lines.append(pad + "modules:")
        for (module, file) in scope.units {
            entry("- " + module.rawValue, nil, indent: indent + 2, comment: display.relative(file), colon: false)
        }
        lines.append(pad + "dependencies:")
        if let cycle = scope.cycle {
            lines.append(pad + "  # CYCLE: " + cycle.joined(separator: " -> ") + ": terragrunt refuses it, and so do plan and rehearse")
        } else if let waves = scope.waves {
            lines.append(pad + "  # run --all apply waves: " + waves.map { $0.joined(separator: ", ") }.joined(separator: " -> "))
        }
        for (module, file) in scope.units {
            let needs = scope.dependencies[module.rawValue] ?? []
            let declared = scope.dependencyLocations[module.rawValue].map(comment) ?? display.relative(file) + ": no dependencies"
            entry(module.rawValue, "[" + needs.joined(separator: ", ") + "]", indent: indent + 2, comment: declared)
            for other in scope.crossRoot[module.rawValue] ?? [] {
                lines.append(pad + "  # \(module.rawValue) also depends on \(other) in another Terragrunt root, applied before this one")
            }
        }
        for block in scope.settings where !block.isEmpty {
            write(block, indent: indent)
        }
    }

    /// The `terragrunt:` block: Terragrunt's auto-retry, as the tree sets it.
    private mutating func write(_ retry: RetrySettings) {
        lines.append("terragrunt:")
        if let errors = retry.retryableErrors {
            entry("retryable_errors", nil, indent: 2, comment: comment(errors.location))
            for pattern in errors.value { lines.append("    - " + scalar(pattern, forceQuote: true)) }
        }
        if let attempts = retry.maxAttempts {
            entry("retry_max_attempts", String(attempts.value), indent: 2, comment: comment(attempts.location))
        }
        if let sleep = retry.sleepSeconds {
            entry("retry_sleep_interval_sec", String(sleep.value), indent: 2, comment: comment(sleep.location))
        }
        guard !retry.errors.blocks.isEmpty else { return }
        lines.append("  errors:")
        for kind in ["retry", "ignore"] {
            let blocks = retry.errors.blocks.filter { $0.kind == kind }
            guard !blocks.isEmpty else { continue }
            lines.append("    \(kind):")
            for block in blocks {
                entry(scalar(block.name), nil, indent: 6, comment: comment(block.location))
                if let patterns = block.patterns {
                    entry(kind == "retry" ? "retryable_errors" : "ignorable_errors", nil, indent: 8, comment: comment(patterns.location))
                    for pattern in patterns.value { lines.append("          - " + scalar(pattern, forceQuote: true)) }
                }
                if let attempts = block.maxAttempts {
                    entry("max_attempts", String(attempts.value), indent: 8, comment: comment(attempts.location))
                }
                if let sleep = block.sleepSeconds {
                    entry("sleep_interval_sec", String(sleep.value), indent: 8, comment: comment(sleep.location))
                }
                if let message = block.message {
                    entry("message", scalar(message.value, forceQuote: true), indent: 8, comment: comment(message.location))
                }
                if let signals = block.signals {
                    entry("signals", nil, indent: 8, comment: comment(signals.location))
                    for (key, value) in signals.value { lines.append("          " + scalar(key) + ": " + scalar(value, forceQuote: true)) }
                }
            }
        }
    }

    private mutating func write(_ block: SettingsBlock, indent: Int) {
        let pad = String(repeating: " ", count: indent)
        lines.append(pad + block.key + ":")
        for setting in block.settings { write(setting, indent: indent + 2, prefix: "") }
        if !block.nodeGroups.isEmpty {
            lines.append(pad + "  node_groups:")
            for group in block.nodeGroups {
                for (index, setting) in group.enumerated() {
                    write(setting, indent: indent + 4, prefix: index == 0 ? "- " : "  ")
                }
            }
        }
        for unknown in block.unknown {
            lines.append(pad + "  # \(unknown.key): only known after apply (\(comment(unknown.location))); not written")
        }
    }

    private mutating func write(_ setting: ScenarioSetting, indent: Int, prefix: String) {
        let text: String
        switch setting.value {
        case .string(let value): text = scalar(value)
        case .int(let value): text = String(value)
        case .bool(let value): text = value ? "true" : "false"
        }
        let note = setting.note.map { " (\($0))" } ?? ""
        entry(prefix + setting.key, text, indent: indent, comment: comment(setting.location) + note)
    }

    private mutating func entry(_ key: String, _ value: String?, indent: Int, comment: String?, colon: Bool = true) {
        var line = String(repeating: " ", count: indent) + key + (colon ? ":" : "") + (value.map { " " + $0 } ?? "")
        if let comment {
            line += String(repeating: " ", count: max(2, Self.commentColumn - line.count)) + "# " + comment
        }
        lines.append(line)
    }

    /// The comment naming `location`; the line about to be written remembers it as its origin.
    private func comment(_ location: SourceLocation) -> String {
        origins.lines[lines.count + 1] = display.shown(location)
        return display.comment(location)
    }

    /// Plain when YAML reads it back as the same string; double-quoted otherwise (numbers such
    /// as "1.22", booleans, anything with YAML punctuation).
    func scalar(_ text: String, forceQuote: Bool = false) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isLetter || $0.isNumber || "._/-:".contains($0) }
            && !(text.first.map { "-:./".contains($0) } ?? true) && !text.hasSuffix(":")
            && Double(text) == nil && Int(text) == nil
            && !["true", "false", "yes", "no", "y", "n", "on", "off", "null", "~"].contains(text.lowercased())
        if plain && !forceQuote { return text }
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
