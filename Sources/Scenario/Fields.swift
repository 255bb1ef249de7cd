import Diagnostics
import Foundation

/// Reads one YAML mapping as typed fields: rejects keys it does not know (with a
/// suggestion), and reports every wrong value at its own location.
struct Fields {
    let value: SourceValue
    let path: String
    private let entries: [String: SourceValue.Entry]

    init(_ value: SourceValue, path: String, allowed: [String]) throws {
        guard case .mapping(let list) = value.kind else {
            if case .null = value.kind {
                self.value = value
                self.path = path
                self.entries = [:]
                return
            }
            throw ScenarioError.wrongType(value.location, key: path, expected: "a mapping of keys to values")
        }
        for entry in list where !allowed.contains(entry.key) {
            throw ScenarioError.unknownKey(entry.keyLocation, key: entry.key, allowed: allowed)
        }
        self.value = value
        self.path = path
        self.entries = Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { _, last in last })
    }

    func has(_ key: String) -> Bool {
        guard let entry = entries[key] else { return false }
        if case .null = entry.value.kind { return false }
        return true
    }

    func child(_ key: String) -> SourceValue? { has(key) ? entries[key]?.value : nil }

    /// Where `key`'s value is, or the mapping itself when the key is absent.
    func location(_ key: String) -> SourceLocation { entries[key]?.value.location ?? value.location }

    func name(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func string(_ key: String, default fallback: String? = nil) throws -> String {
        guard let child = child(key) else {
            if let fallback { return fallback }
            throw ScenarioError.missingKey(value.location, key: name(key))
        }
        guard case .scalar(let text) = child.kind else {
            throw ScenarioError.wrongType(child.location, key: name(key), expected: "a single value")
        }
        return text
    }

    func optionalString(_ key: String) throws -> String? { has(key) ? try string(key) : nil }

    func int(_ key: String, default fallback: Int, min: Int? = nil, max: Int? = nil) throws -> Int {
        guard has(key) else { return fallback }
        let text = try string(key)
        guard let number = Int(text) else {
            throw ScenarioError.wrongType(location(key), key: name(key), expected: "a whole number")
        }
        if let min, number < min {
            throw ScenarioError.outOfRange(location(key), key: name(key), value: text, rule: "at least \(min)")
        }
        if let max, number > max {
            throw ScenarioError.outOfRange(location(key), key: name(key), value: text, rule: "at most \(max)")
        }
        return number
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard has(key) else { return fallback }
        switch try string(key).lowercased() {
        case "true", "yes", "y": return true
        case "false", "no", "n": return false
        default: throw ScenarioError.wrongType(location(key), key: name(key), expected: "true or false")
        }
    }

    /// An exact non-negative decimal, or nil when absent (usage not known).
    func decimal(_ key: String) throws -> Decimal? {
        guard has(key) else { return nil }
        let text = try string(key)
        guard let number = Decimal(exactly: text.replacingOccurrences(of: "_", with: "")) else {
            throw ScenarioError.wrongType(location(key), key: name(key), expected: "a number")
        }
        if number < 0 {
            throw ScenarioError.outOfRange(location(key), key: name(key), value: text, rule: "zero or more")
        }
        return number
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T) throws -> T where T.RawValue == String {
        guard has(key) else { return fallback }
        let text = try string(key)
        guard let found = T(rawValue: text) else {
            throw ScenarioError.unknownValue(location(key), key: name(key), value: text, allowed: T.allCases.map(\.rawValue))
        }
        return found
    }

    func list(_ key: String) throws -> [SourceValue]? {
        guard let child = child(key) else { return nil }
        guard case .sequence(let items) = child.kind else {
            throw ScenarioError.wrongType(child.location, key: name(key), expected: "a list")
        }
        return items
    }
}

extension Decimal {
    /// Exact decimal from a plain literal such as `12.5` (no exponent, no locale).
    init?(exactly text: String) {
        guard let value = DecimalLiteral.parse(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        self = value
    }
}
