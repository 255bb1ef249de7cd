import Blueprint
import Foundation

/// Attributes as plain JSON objects (`{"cidr_block":"10.0.0.0/16","count":3}`) rather than
/// the synthesized enum coding, so the file reads naturally in `sqlite3` and `json_extract`
/// works on it. Each JSON shape maps back to exactly one case.
enum AttributeJSON {
    private struct Value: Codable {
        var value: AttributeValue

        init(_ value: AttributeValue) { self.value = value }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            // Bool before Int: the decoder refuses `true` as a number and `1` as a Bool,
            // so the order only matters for readability.
            if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                value = .int(number)
            } else if let text = try? container.decode(String.self) {
                value = .string(text)
            } else {
                value = .strings(try container.decode([String].self))
            }
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .string(let text): try container.encode(text)
            case .int(let number): try container.encode(number)
            case .bool(let flag): try container.encode(flag)
            case .strings(let list): try container.encode(list)
            }
        }
    }

    static func encode(_ attributes: [String: AttributeValue]) throws -> String {
        try text(attributes.mapValues(Value.init))
    }

    static func decode(_ text: String, what: String) throws -> [String: AttributeValue] {
        try parse([String: Value].self, text, what: what).mapValues(\.value)
    }

    static func encodeList(_ list: [String]) throws -> String { try text(list) }

    static func decodeList(_ text: String, what: String) throws -> [String] {
        try parse([String].self, text, what: what)
    }

    private static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        // Sorted keys: the same attributes always give the same bytes (stable files, diffs).
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func parse<T: Decodable>(_ type: T.Type, _ text: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw AccountError.corrupt(detail: "\(what) is not the expected JSON: \(text.prefix(80))")
        }
    }
}
