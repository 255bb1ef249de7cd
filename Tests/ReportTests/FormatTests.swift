import Foundation
import Report
import Testing

/// The JSON writer's escaping and the shared number formats.
@Suite struct FormatTests {
    @Test func jsonEscapesQuotesBackslashesNewlinesAndControlCharacters() throws {
        let text = "say \"hi\" C:\\path\nline\r\ttab\u{01}\u{1F}\u{7F} é ✓"
        let rendered = JSONValue.string(text).rendered()
        #expect(rendered == "\"say \\\"hi\\\" C:\\\\path\\nline\\r\\ttab\\u0001\\u001f\u{7F} é ✓\"\n")
        let back = try JSONSerialization.jsonObject(with: Data(rendered.utf8), options: .fragmentsAllowed)
        #expect(back as? String == text)
    }

    @Test func jsonEscapesKeysAndEveryControlCharacterRoundTrips() throws {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let value = JSONValue.object([("k\"e\\y\n", .string(all)), ("n", .number("0.0832")), ("b", .bool(false)), ("z", .null)])
        let rendered = value.rendered()
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String: Any])
        #expect(object["k\"e\\y\n"] as? String == all)
        #expect((object["n"] as? NSNumber)?.decimalValue == Decimal(string: "0.0832"))
        #expect(object["z"] is NSNull)
    }

    @Test func jsonKeepsKeyOrderAndIndentsByTwoSpaces() {
        let value = JSONValue.object([("b", .array([.number("1"), .object([])])), ("a", .array([]))])
        #expect(value.rendered() == "{\n  \"b\": [\n    1,\n    {}\n  ],\n  \"a\": []\n}\n")
    }

    @Test(arguments: [
        (Decimal(730), "730"),
        (Decimal(string: "0.5")!, "0.5"),
        (Decimal(1) / Decimal(3), "0.3333"),
        (Decimal(2) / Decimal(3), "0.6667"),
        (Decimal(2190), "2190"),
        (Decimal(string: "33.333333")!, "33.3333"),
        (Decimal(0), "0"),
    ])
    func quantity(_ value: Decimal, _ expected: String) {
        #expect(Format.quantity(value) == expected)
    }

    @Test func numberAndPad() {
        #expect(Format.number(100) == "100")
        #expect(Format.number(0.5) == "0.5")
        #expect(Format.pad("ab", 4) == "ab  ")
        #expect(Format.pad("ab", 4, right: true) == "  ab")
        #expect(Format.pad("abcdef", 4) == "abcdef")
    }
}
