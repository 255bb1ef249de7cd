import Diagnostics
import Foundation
import HCL

/// The `errors` blocks of the tree (Terragrunt 0.69.6 and later, the only form from 0.93),
/// for the scenario's `terragrunt.errors`: like the auto-retry attributes, one set for the
/// whole platform; the first unit's are kept and units that differ are reported.
struct ErrorsSettings {
    /// One block as the scenario writes it.
    struct Block {
        var kind: String
        var name: String
        var location: SourceLocation
        var patterns: Sourced<[String]>?
        var maxAttempts: Sourced<Int>?
        var sleepSeconds: Sourced<Int>?
        var message: Sourced<String>?
        var signals: Sourced<[(String, String)]>?
    }

    var blocks: [Block] = []

    static func read(_ configs: [String: UnitConfig], warnings: inout [ImportWarning]) -> ErrorsSettings {
        var settings = ErrorsSettings()
        var first: (unit: String, names: [String])?
        for id in configs.keys.sorted() {
            guard let config = configs[id], !config.file.errors.isEmpty else { continue }
            let names = config.file.errors.map { "\($0.kind) \"\($0.name)\"" }
            if let first {
                if names != first.names {
                    warnings.append(ImportWarning(location: config.file.errors[0].location, message:
                        "the errors blocks differ from \(first.unit)'s; the scenario has one terragrunt: block, so \(first.unit)'s are kept"))
                }
                continue
            }
            first = (id, names)
            settings.blocks = config.file.errors.map { block in Self.block(block, warnings: &warnings) }
        }
        return settings
    }

    private static func block(_ read: TerragruntFile.ErrorsBlock, warnings: inout [ImportWarning]) -> Block {
        var block = Block(kind: read.kind, name: read.name, location: read.location)
        func wrong(_ name: String, _ value: Value, _ location: SourceLocation, _ expected: String) {
            warnings.append(ImportWarning(location: location, message:
                "\(read.kind) \"\(read.name)\": \(name) is \(value.isUnknown ? "unknown offline" : "a \(value.typeName)"), not \(expected); not written"))
        }
        for name in read.attributes.keys.sorted() {
            guard let (value, location) = read.attributes[name] else { continue }
            switch (name, value) {
            case ("retryable_errors", .tuple(let items)), ("ignorable_errors", .tuple(let items)):
                if items.allSatisfy({ $0.stringValue != nil }) {
                    block.patterns = Sourced(value: items.compactMap(\.stringValue), location: location)
                } else {
                    wrong(name, value, location, "a list of strings")
                }
            case ("max_attempts", .number(let number)):
                block.maxAttempts = Sourced(value: NSDecimalNumber(decimal: number).intValue, location: location)
            case ("sleep_interval_sec", .number(let number)):
                block.sleepSeconds = Sourced(value: NSDecimalNumber(decimal: number).intValue, location: location)
            case ("message", .string(let text)):
                block.message = Sourced(value: text, location: location)
            case ("signals", .object(let fields)):
                block.signals = Sourced(value: fields.keys.sorted().map { key in (key, fields[key].map(Self.text) ?? "") }, location: location)
            case ("retryable_errors", _), ("ignorable_errors", _): wrong(name, value, location, "a list of strings")
            case ("max_attempts", _), ("sleep_interval_sec", _): wrong(name, value, location, "a number")
            case ("message", _): wrong(name, value, location, "a string")
            case ("signals", _): wrong(name, value, location, "an object")
            default:
                warnings.append(ImportWarning(location: location, message: "\(read.kind) \"\(read.name)\": \(name) is not an attribute of \(read.kind) blocks; not written"))
            }
        }
        return block
    }

    /// A signal's value as YAML reads it back.
    static func text(_ value: Value) -> String {
        switch value {
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return "\(number)"
        case .string(let text): return text
        default: return value.typeName
        }
    }
}
