/// A JSON value as Terraform writes it. Objects keep their members in file order (as pairs:
/// Terraform's objects are small, so a scan beats hashing), and numbers keep their text, so a
/// value is never rounded on its way through edxplan. Not `indirect`: lists and objects hold
/// their elements on the heap already, so a string, number or flag costs no allocation of its own.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b || (Double(a) != nil && Double(a) == Double(b))
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && a.allSatisfy { member in b.contains { $0.key == member.key && $0.value == member.value } }
        default: return false
        }
    }

    /// The member `key` of an object; nil for other values and missing keys.
    public subscript(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Element `index` of an array.
    public subscript(_ index: Int) -> JSONValue? {
        guard case .array(let items) = self, items.indices.contains(index) else { return nil }
        return items[index]
    }

    public var string: String? { if case .string(let text) = self { return text }; return nil }
    public var bool: Bool? { if case .bool(let flag) = self { return flag }; return nil }
    public var array: [JSONValue]? { if case .array(let items) = self { return items }; return nil }
    public var members: [(key: String, value: JSONValue)]? { if case .object(let members) = self { return members }; return nil }
    public var isNull: Bool { self == .null }

    /// A whole number, from a JSON number (`20`, `20.0`) or a string holding one (`"20"`, as
    /// some providers write counts).
    public var int: Int? {
        switch self {
        case .number(let text): return Int(text) ?? Double(text).flatMap { $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }
        case .string(let text): return Int(text)
        default: return nil
        }
    }

    /// The first object of a nested block, which Terraform writes as a list of one object
    /// (`scaling_config`, `root_block_device`), or the object itself.
    public var block: JSONValue? {
        switch self {
        case .array(let items): return items.first
        case .object: return self
        default: return nil
        }
    }
}
