import Blueprint
import Foundation

/// Attributes as plain JSON objects (`{"cidr_block":"10.0.0.0/16","count":3}`) rather than
/// the synthesized enum coding, so the file reads naturally in `sqlite3` and `json_extract`
/// works on it. Each JSON shape maps back to exactly one case. Written by hand because every
/// simulated API call reads or writes attributes, and Foundation's JSON coders dominated a
/// 1,000-environment run.
enum AttributeJSON {
    static func encode(_ attributes: [String: AttributeValue]) throws -> String {
        String(decoding: bytes(attributes), as: UTF8.self)
    }

    /// `encode`'s UTF-8.
    static func bytes(_ attributes: [String: AttributeValue]) -> [UInt8] {
        var out: [UInt8] = []
        append(attributes, to: &out)
        return out
    }

    /// `encode`'s bytes appended to `out`, for a writer that binds them without making a String.
    static func append(_ attributes: [String: AttributeValue], to out: inout [UInt8]) {
        // Sorted keys: the same attributes always give the same bytes (stable files, diffs).
        // Written into one byte buffer: an import encodes every object of a 100 MB state,
        // and building the text from small strings was a seventh of it.
        out.reserveCapacity(out.count + 32 * attributes.count + 2)
        out.append(UInt8(ascii: "{"))
        for (place, index) in JSONBytes.sortedIndices(attributes).enumerated() {
            let (key, value) = attributes[index]
            if place > 0 { out.append(UInt8(ascii: ",")) }
            JSONBytes.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            switch value {
            case .string(let text): JSONBytes.appendQuoted(text, to: &out)
            case .int(let number): JSONBytes.append(number, to: &out)
            case .bool(let flag): JSONBytes.append(flag ? "true" : "false", to: &out)
            case .strings(let list): appendList(list, to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    static func decode(_ text: String, what: String) throws -> [String: AttributeValue] {
        var parser = Parser(bytes: Array(text.utf8))
        guard let object = parser.object(), parser.atEnd else {
            throw AccountError.corrupt(detail: "\(what) is not the expected JSON: \(text.prefix(80))")
        }
        return object
    }

    static func encodeList(_ list: [String]) throws -> String {
        var out: [UInt8] = []
        appendList(list, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendList(_ list: [String], to out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (index, item) in list.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONBytes.appendQuoted(item, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func decodeList(_ text: String, what: String) throws -> [String] {
        var parser = Parser(bytes: Array(text.utf8))
        guard let list = parser.stringList(), parser.atEnd else {
            throw AccountError.corrupt(detail: "\(what) is not the expected JSON: \(text.prefix(80))")
        }
        return list
    }

    /// A parser for exactly the shapes `encode` writes (and what `json` tools write for them).
    struct Parser {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { mutating get { skipSpace(); return index == bytes.count } }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func object() -> [String: AttributeValue]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var result: [String: AttributeValue] = [:]
            if take(UInt8(ascii: "}")) { return result }
            repeat {
                guard let key = string(), take(UInt8(ascii: ":")), let value = value() else { return nil }
                result[key] = value
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? result : nil
        }

        mutating func value() -> AttributeValue? {
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): return string().map { .string($0) }
            case UInt8(ascii: "["): return stringList().map { .strings($0) }
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            default: return integer().map { .int($0) }
            }
        }

        mutating func literal(_ word: String) -> Bool {
            let expected = Array(word.utf8)
            guard index + expected.count <= bytes.count, Array(bytes[index..<index + expected.count]) == expected else { return false }
            index += expected.count
            return true
        }

        mutating func integer() -> Int? {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return Int(String(decoding: bytes[start..<index], as: UTF8.self))
        }

        mutating func stringList() -> [String]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var list: [String] = []
            if take(UInt8(ascii: "]")) { return list }
            repeat {
                guard let item = string() else { return nil }
                list.append(item)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? list : nil
        }

        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            // Fast path: no escapes (nearly every value), one UTF-8 decode of the slice.
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: bytes[start..<index - 1], as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { break }
                index += 1
            }
            index = start
            return escapedString()
        }

        /// A string with escapes, decoded into UTF-8 bytes and made a String once.
        private mutating func escapedString() -> String? {
            var utf8: [UInt8] = []
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    return String(decoding: utf8, as: UTF8.self)
                }
                guard byte == UInt8(ascii: "\\") else { utf8.append(byte); index += 1; continue }
                guard index + 1 < bytes.count else { return nil }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    guard index + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(code) else { return nil }
                    utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
                    index += 4
                default:
                    // `\"`, `\\`, `\/` and any other escaped character stand for themselves.
                    utf8.append(contentsOf: Array(String(Character(Unicode.Scalar(escape))).utf8))
                }
            }
            return nil
        }
    }
}
