import Diagnostics
import Foundation

/// An HCL value. Numbers are `Decimal` so sizes and prices read from files stay exact.
/// `unknown` stands for what only `terraform apply` would know (a dependency's outputs
/// without mocks, an unsupported function): it propagates instead of failing the import.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Decimal)
    case string(String)
    case tuple([Value])
    case object([String: Value])
    case unknown

    public var isUnknown: Bool { if case .unknown = self { true } else { false } }

    /// True when this value or anything inside it is unknown.
    public var containsUnknown: Bool {
        switch self {
        case .unknown: true
        case .tuple(let items): items.contains { $0.containsUnknown }
        case .object(let fields): fields.values.contains { $0.containsUnknown }
        default: false
        }
    }

    /// The name of the type, for error messages.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "bool"
        case .number: "number"
        case .string: "string"
        case .tuple: "tuple"
        case .object: "object"
        case .unknown: "unknown"
        }
    }

    public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    public var numberValue: Decimal? { if case .number(let n) = self { n } else { nil } }
    public var boolValue: Bool? { if case .bool(let b) = self { b } else { nil } }
    public var tupleValue: [Value]? { if case .tuple(let t) = self { t } else { nil } }
    public var objectValue: [String: Value]? { if case .object(let o) = self { o } else { nil } }

    /// Member access for tests and callers: `value["locals"]?["environment"]`.
    public subscript(key: String) -> Value? { objectValue?[key] }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Decimal(value)) }
    public init(arrayLiteral elements: Value...) { self = .tuple(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
    public init(nilLiteral: ()) { self = .null }
}

/// Conversions HCL applies implicitly (a number where a string is wanted, "true" for a bool).
extension Value {
    static func format(_ number: Decimal) -> String {
        var copy = number
        return NSDecimalString(&copy, Locale(identifier: "en_US_POSIX"))
    }

    /// Decimal's own parser accepts a prefix ("1x" is 1); HCL numbers must be whole:
    /// `-?digits(.digits)?([eE][+-]?digits)?`, checked byte by byte (this is on the parse path).
    static func parseNumber(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(trimmed.utf8)
        var i = 0
        func digits() -> Bool {
            let start = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 { i += 1 }
            return i > start
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits() else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() else { return nil }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() else { return nil }
        }
        guard i == bytes.count, let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")),
              !value.isNaN else { return nil }
        return value
    }

    func toString(at location: SourceLocation?) throws -> String {
        switch self {
        case .string(let s): return s
        case .number(let n): return Value.format(n)
        case .bool(let b): return b ? "true" : "false"
        default: throw HCLError.evaluation(location, "expected a string, found \(typeName)")
        }
    }

    func toNumber(at location: SourceLocation?) throws -> Decimal {
        switch self {
        case .number(let n): return n
        case .string(let s):
            if let n = Value.parseNumber(s) { return n }
            throw HCLError.evaluation(location, "cannot convert \"\(s)\" to a number")
        default: throw HCLError.evaluation(location, "expected a number, found \(typeName)")
        }
    }

    func toBool(at location: SourceLocation?) throws -> Bool {
        switch self {
        case .bool(let b): return b
        case .string("true"): return true
        case .string("false"): return false
        default: throw HCLError.evaluation(location, "expected a bool, found \(typeName)")
        }
    }

    /// A whole number small enough to index with; never traps on NaN or huge values.
    func toInt(at location: SourceLocation?) throws -> Int {
        let number = try toNumber(at: location)
        let double = NSDecimalNumber(decimal: number).doubleValue
        guard double.isFinite, abs(double) < 1e15, double == double.rounded() else {
            throw HCLError.evaluation(location, "expected a whole number, found \(Value.format(number))")
        }
        return Int(double)
    }

    /// Elements of a tuple, or of an object in key order (how HCL iterates maps).
    func elements(at location: SourceLocation?) throws -> [(key: Value, value: Value)] {
        switch self {
        case .tuple(let items): return items.enumerated().map { (.number(Decimal($0.offset)), $0.element) }
        case .object(let fields): return fields.keys.sorted().map { (.string($0), fields[$0] ?? .null) }
        default: throw HCLError.evaluation(location, "expected a list or map, found \(typeName)")
        }
    }

    /// JSON text with sorted keys (unknown is written as null), for reports and YAML comments.
    public var jsonText: String { json() }

    /// JSON text with sorted keys, as Terraform's jsonencode writes it.
    func json() -> String {
        switch self {
        case .null, .unknown: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Value.format(n)
        case .string(let s): return JSONText.quote(s)
        case .tuple(let items): return "[" + items.map { $0.json() }.joined(separator: ",") + "]"
        case .object(let fields):
            return "{" + fields.keys.sorted().map { JSONText.quote($0) + ":" + (fields[$0] ?? .null).json() }
                .joined(separator: ",") + "}"
        }
    }
}
