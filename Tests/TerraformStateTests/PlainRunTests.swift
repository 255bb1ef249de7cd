@testable import TerraformState
import Testing

/// `JSONScanner` skips eight bytes of a string at a time when none of them can end its plain
/// run; the word test must say yes exactly when one byte does.
@Suite struct PlainRunTests {
    static func endsPlainRun(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80
    }

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    @Test func everyByteInEveryPlaceOfAPlainWord() {
        let plain = Array("abcdefgh".utf8)
        for place in 0..<8 {
            for byte in UInt8.min...UInt8.max {
                var bytes = plain
                bytes[place] = byte
                #expect(JSONScanner.mayEndPlainRun(Self.word(bytes)) == Self.endsPlainRun(byte), "byte \(byte) at \(place)")
            }
        }
    }

    @Test func randomWords() {
        var generator = SystemRandomNumberGenerator()
        // Bytes near the edges (0x1F/0x20, 0x21-0x23, 0x5B-0x5D, 0x7F/0x80) as often as the rest.
        let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in Bool.random(using: &generator) ? edges.randomElement(using: &generator)! : UInt8.random(in: 0x20...0x7E, using: &generator) }
            #expect(JSONScanner.mayEndPlainRun(Self.word(bytes)) == bytes.contains(where: Self.endsPlainRun), "\(bytes)")
        }
    }
}
