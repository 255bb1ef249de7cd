/// A JSON value as a state file holds it: object keys in the order written, numbers as
/// their exact text (cty numbers are arbitrary precision, and a round trip must not turn
/// `20` into `20.0`). Not `indirect`: arrays already hold their elements apart, and boxing
/// every string and number would be an allocation per value of a 100 MB state.
public enum StateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([StateValue])
    case object([(key: String, value: StateValue)])

    public static func == (lhs: StateValue, rhs: StateValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The member named `key` of an object.
    public subscript(_ key: String) -> StateValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var string: String? { if case .string(let text) = self { return text }; return nil }
    public var bool: Bool? { if case .bool(let flag) = self { return flag }; return nil }
    public var number: String? { if case .number(let text) = self { return text }; return nil }
    public var array: [StateValue]? { if case .array(let items) = self { return items }; return nil }
    public var members: [(key: String, value: StateValue)]? { if case .object(let members) = self { return members }; return nil }

    /// A whole number, when the value is one that fits.
    public var int: Int? { number.flatMap { Int($0) } }

    /// The same value with every object's members sorted by key, as cty writes objects.
    public func sortedKeys() -> StateValue {
        switch self {
        case .array(let items): return .array(items.map { $0.sortedKeys() })
        case .object(let members):
            return .object(members.sorted { $0.key < $1.key }.map { ($0.key, $0.value.sortedKeys()) })
        default: return self
        }
    }
}
