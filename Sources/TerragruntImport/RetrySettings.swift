import Diagnostics
import Foundation
import HCL
import Scenario

/// The auto-retry attributes of the tree (usually in the root terragrunt.hcl every unit
/// includes), for the scenario's `terragrunt:` block. The scenario holds one set for the whole
/// platform; units that set different ones are reported, and the first unit's are kept.
struct RetrySettings {
    var retryableErrors: Sourced<[String]>?
    var maxAttempts: Sourced<Int>?
    var sleepSeconds: Sourced<Int>?

    /// The `errors` blocks, Terragrunt 1.0's form.
    var errors = ErrorsSettings()

    var isEmpty: Bool { retryableErrors == nil && maxAttempts == nil && sleepSeconds == nil && errors.blocks.isEmpty }

    static func read(_ configs: [String: UnitConfig], warnings: inout [ImportWarning]) -> RetrySettings {
        var settings = RetrySettings()
        var seen: [String: (value: Value, location: SourceLocation, unit: String)] = [:]
        for id in configs.keys.sorted() {
            guard let config = configs[id] else { continue }
            for name in TerragruntFile.retryAttributes {
                let set = config.file.retry[name]
                if let first = seen[name] {
                    if set?.value != first.value {
                        warnings.append(ImportWarning(location: set?.location ?? config.unit.location, message:
                            "\(name) differs from \(first.unit)'s; the scenario has one terragrunt: block, so \(first.unit)'s is kept"))
                    }
                    continue
                }
                guard let set else { continue }
                seen[name] = (set.value, set.location, id)
                settings.take(name, set.value, at: set.location, warnings: &warnings)
            }
        }
        settings.errors = ErrorsSettings.read(configs, warnings: &warnings)
        return settings
    }

    private mutating func take(_ name: String, _ value: Value, at location: SourceLocation, warnings: inout [ImportWarning]) {
        switch (name, value) {
        case ("retryable_errors", .tuple(let items)) where items.allSatisfy { $0.stringValue != nil }:
            retryableErrors = Sourced(value: items.compactMap(\.stringValue), location: location)
        case ("retry_max_attempts", .number(let number)):
            maxAttempts = Sourced(value: NSDecimalNumber(decimal: number).intValue, location: location)
        case ("retry_sleep_interval_sec", .number(let number)):
            sleepSeconds = Sourced(value: NSDecimalNumber(decimal: number).intValue, location: location)
        default:
            warnings.append(ImportWarning(location: location, message:
                "\(name) is \(value.isUnknown ? "unknown offline" : "a \(value.typeName)"), not \(name == "retryable_errors" ? "a list of strings" : "a number"); not written"))
        }
    }
}
