import Diagnostics
import Foundation

/// A JSON value with keys in the order they were given, printed the same way every time:
/// what makes `--format json` byte-for-byte deterministic.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    /// A number written exactly as given (money is `12.34`, prices keep every digit).
    case number(String)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private static let indents = (0..<64).map { String(repeating: "  ", count: $0) }

    private func write(into out: inout String, indent: Int) {
        let pad = indent + 1 < Self.indents.count ? Self.indents[indent + 1] : String(repeating: "  ", count: indent + 1)
        let close = indent < Self.indents.count ? Self.indents[indent] : String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad + Self.quote(key) + ": "
                value.write(into: &out, indent: indent + 1)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += close + "}"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += close + "]"
        case .string(let text): out += Self.quote(text)
        case .number(let text): out += text
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        }
    }

    static func quote(_ text: String) -> String { JSONText.quote(text) }
}
