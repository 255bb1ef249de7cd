@testable import Account
import Blueprint
import Diagnostics
import Testing

/// `AttributeJSON` writes attributes byte by byte; what it writes must be what the plain
/// definition gives: keys sorted with String's `<`, each key and text quoted by `JSONText`.
@Suite struct AttributeJSONTests {
    /// The plain definition, written the obvious way.
    static func reference(_ attributes: [String: AttributeValue]) -> String {
        func list(_ items: [String]) -> String { "[" + items.map(JSONText.quote).joined(separator: ",") + "]" }
        let members = attributes.sorted { $0.key < $1.key }.map { key, value in
            let text: String
            switch value {
            case .string(let string): text = JSONText.quote(string)
            case .int(let number): text = String(number)
            case .bool(let flag): text = flag ? "true" : "false"
            case .strings(let items): text = list(items)
            }
            return JSONText.quote(key) + ":" + text
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    @Test func escapesAsJSONTextDoes() throws {
        let attributes: [String: AttributeValue] = [
            "say \"hi\"": .string("line\nbreak\ttab\r\u{1}\u{8}\u{C}\u{1F} back\\slash ü 😀"),
            "list": .strings(["module.a[\"x\"].aws_b.c", "\u{0}", ""]),
        ]
        let expected = #"{"list":["module.a[\"x\"].aws_b.c","\u0000",""],"say \"hi\"":"line\nbreak\ttab\r\u0001\u0008\u000c\u001f back\\slash ü 😀"}"#
        #expect(try AttributeJSON.encode(attributes) == expected)
        #expect(Self.reference(attributes) == expected)
        #expect(try AttributeJSON.decode(expected, what: "test") == attributes)
    }

    /// Keys whose byte order and String order differ (a combining accent after an ASCII
    /// letter sorts as the composed letter), long keys that share their first 16 bytes, and
    /// every kind of value, in many random maps.
    @Test func writesWhatThePlainDefinitionWrites() throws {
        let pieces = ["a", "b", "e", "f", "z", "A", "_", "0", "security_group_", "security_group_ids", "e\u{301}", "é", "ü",
                      "\"", "\\", "\n", "\u{1}", "😀", "tags_all", "availability_zone"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<500 {
            var attributes: [String: AttributeValue] = [:]
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let key = (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                // Some rounds use ASCII keys only, the fast order; the others mix in the rest.
                let usable = round % 2 == 0 ? key.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } : true
                guard usable else { continue }
                let text = (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: attributes[key] = .string(text)
                case 1: attributes[key] = .int(Int.random(in: -1_000...1_000, using: &generator))
                case 2: attributes[key] = .bool(Bool.random(using: &generator))
                default: attributes[key] = .strings([text, key])
                }
            }
            let encoded = try AttributeJSON.encode(attributes)
            #expect(encoded == Self.reference(attributes), "\(attributes)")
            #expect(try AttributeJSON.decode(encoded, what: "round \(round)") == attributes)
        }
    }

    @Test func orderOfKeysThatBytesAndTextSortApart() throws {
        // "é" written as e and a combining accent is U+00E9 to String's `<`, after "f"; its first byte is before.
        let attributes: [String: AttributeValue] = ["e\u{301}": .int(1), "f": .int(2), "security_group_ids": .int(3), "security_group_id": .int(4)]
        #expect(try AttributeJSON.encode(attributes) == #"{"f":2,"security_group_id":4,"security_group_ids":3,"e\#u{301}":1}"#)
    }
}
