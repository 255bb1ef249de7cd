import Foundation

/// A JSON parser over the bytes of one file, fast enough for a 100 MB state: values are
/// built straight from the bytes, strings without escapes are copied whole, and numbers
/// keep their text. It fails at a byte offset; `StateReader` turns that into line:column.
struct JSONScanner {
    /// Where the input is not JSON, and why.
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Members and items of the objects and lists being read, innermost last: each value is
    /// collected here and copied out once into an array of its exact size, rather than grown
    /// by doubling (seven allocations for an object of forty attributes).
    private var members: [(key: String, value: StateValue)] = []
    private var items: [StateValue] = []
    /// Deep enough for any state (cty values nest a dozen levels), shallow enough that a
    /// hostile file of nested brackets cannot overflow the stack.
    static let maxDepth = 512

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { mutating get { skipSpace(); return index >= bytes.count } }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func fail(_ message: String, at offset: Int? = nil) -> Failure { Failure(offset: offset ?? index, message: message) }

    /// What the next byte is, for messages: `'x'` or "the end of the file".
    var found: String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        return byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
    }

    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { throw fail("expected \(what), found \(found)") }
        index += 1
    }

    /// Takes `byte` if it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// Where a value is in a state, for a reader that keeps only what an import reads of
    /// instances' attributes (`lean`): the values of the members of `attributes` are read by `leanMember`.
    enum Lean {
        case none, resource, instances, instance, attributes

        func member(_ key: String) -> Lean {
            switch self {
            case .resource: key == "instances" ? .instances : .none
            case .instance: key == "attributes" ? .attributes : .none
            default: .none
            }
        }

        var item: Lean { self == .instances ? .instance : .none }
    }

    /// Attributes whose nested value a lean read keeps whole (the import lifts values out of them).
    var whole: Set<String> = []

    /// A nested attribute value a lean read checks but does not build: not empty, and
    /// neither a scalar nor a list of strings, as the value it stands for.
    static let dropped = StateValue.array([.null])

    /// The first byte of the value at `index`, after white space; the depth and the end of
    /// the file checked as every reader of a value (built, lean or skipped) checks them.
    @inline(__always)
    private mutating func valueStart(depth: Int) throws -> UInt8 {
        skipSpace()
        guard depth < Self.maxDepth else { throw fail("values nested more than \(Self.maxDepth) deep") }
        guard index < bytes.count else { throw fail("expected a value, found the end of the file") }
        return bytes[index]
    }

    mutating func value(depth: Int = 0, lean level: Lean = .none) throws -> StateValue {
        switch try valueStart(depth: depth) {
        case UInt8(ascii: "{"):
            index += 1
            if take(UInt8(ascii: "}")) { return .object([]) }
            let first = members.count
            defer { members.removeSubrange(first...) }
            repeat {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw fail("expected a member name in quotes, found \(found)")
                }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':' after the member name")
                let member = level == .attributes ? try leanMember(key, depth: depth + 1) : try value(depth: depth + 1, lean: level.member(key))
                members.append((key, member))
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "}"), "',' or '}' in the object")
            return .object(Array(members[first...]))
        case UInt8(ascii: "["):
            index += 1
            if take(UInt8(ascii: "]")) { return .array([]) }
            let first = items.count
            defer { items.removeSubrange(first...) }
            repeat {
                let item = try value(depth: depth + 1, lean: level.item)
                items.append(item)
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), "',' or ']' in the array")
            return .array(Array(items[first...]))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("expected a value, found \(found)")
        }
    }

    /// The value of attribute `key` in a lean read: a scalar, an empty list or object, or a
    /// list of strings as `value` reads it; any other list or object (tags, nested blocks:
    /// what the import drops) checked as `value` checks it, in the same order, with the same
    /// errors, but not built: `dropped`. Building them and freeing them again was a third
    /// of reading a state.
    private mutating func leanMember(_ key: String, depth: Int) throws -> StateValue {
        switch try valueStart(depth: depth) {
        case UInt8(ascii: "{") where !whole.contains(key):
            index += 1
            if take(UInt8(ascii: "}")) { return .object([]) }
            try skipMembers(depth: depth)
            return Self.dropped
        case UInt8(ascii: "[") where !whole.contains(key):
            index += 1
            if take(UInt8(ascii: "]")) { return .array([]) }
            let first = items.count
            defer { items.removeSubrange(first...) }
            var strings = true
            repeat {
                if strings {
                    skipSpace()
                    if depth + 1 < Self.maxDepth, index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        items.append(.string(try string()))
                        continue
                    }
                    strings = false
                }
                try skip(depth: depth + 1)
            } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), "',' or ']' in the array")
            return strings ? .array(Array(items[first...])) : Self.dropped
        default:
            return try value(depth: depth)
        }
    }

    /// A value checked as `value` checks it, not built.
    private mutating func skip(depth: Int) throws {
        switch try valueStart(depth: depth) {
        case UInt8(ascii: "{"):
            index += 1
            if take(UInt8(ascii: "}")) { return }
            try skipMembers(depth: depth)
        case UInt8(ascii: "["):
            index += 1
            if take(UInt8(ascii: "]")) { return }
            repeat { try skip(depth: depth + 1) } while take(UInt8(ascii: ","))
            try expect(UInt8(ascii: "]"), "',' or ']' in the array")
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try word("true")
        case UInt8(ascii: "f"): try word("false")
        case UInt8(ascii: "n"): try word("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        default: throw fail("expected a value, found \(found)")
        }
    }

    /// The members of a non-empty object after its '{', checked, not built.
    private mutating func skipMembers(depth: Int) throws {
        repeat {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw fail("expected a member name in quotes, found \(found)")
            }
            try skipString()
            try expect(UInt8(ascii: ":"), "':' after the member name")
            try skip(depth: depth + 1)
        } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"), "',' or '}' in the object")
    }

    private mutating func word(_ text: StaticString) throws {
        let start = index
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[index + $0] == text.utf8Start[$0] }) else {
            throw fail("expected a value, found \(found)", at: start)
        }
        index += count
    }

    /// A number as written, checked against JSON's grammar.
    mutating func number() throws -> String {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let whole = index
        guard digits() > 0 else { throw fail("a number needs digits", at: start) }
        if bytes[whole] == UInt8(ascii: "0"), index - whole > 1 { throw fail("a number cannot start with 0", at: start) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("a number needs digits after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("a number needs digits in its exponent") }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    /// A string literal; `index` is at its opening quote.
    mutating func string() throws -> String { try scanString(make: true) }

    /// A string literal checked as `string` checks it; the String made only when it has
    /// escapes or bytes from 0x80 (which the check makes anyway).
    private mutating func skipString() throws { _ = try scanString(make: false) }

    @inline(__always)
    private mutating func scanString(make: Bool) throws -> String {
        let open = index
        index += 1
        let start = index
        // The usual case: no escapes, so the bytes are the string, and ASCII ones (every byte
        // below 0x80) need no UTF-8 check.
        var high: UInt8 = 0
        // Eight bytes at a time while none of them can end the plain run (no quote, backslash,
        // control character or byte from 0x80): the loop below takes the rest byte by byte.
        // Looking at each byte was a sixth of reading a state.
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count, !Self.mayEndPlainRun(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { index += 8 }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = high >= 0x80 ? try utf8(start, index)
                    : make ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : ""
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail("a control character must be escaped in a string") }
            high |= byte
            index += 1
        }
        guard index < bytes.count else { throw fail("the string has no closing quote", at: open) }
        // With escapes: the string's UTF-8 gathered in one buffer, each run between escapes
        // checked, each escape encoded, and made a String once.
        var text: [UInt8] = []
        try append(start, index, to: &text)
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &text)
            case 0..<0x20:
                throw fail("a control character must be escaped in a string")
            default:
                let run = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                    index += 1
                }
                try append(run, index, to: &text)
            }
        }
        throw fail("the string has no closing quote", at: open)
    }

    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    private static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// Whether any of the eight bytes of `word` is a quote, a backslash, below 0x20 or from
    /// 0x80 (exact as a yes or no, by the usual bit tricks: `(v - 0x01..) & ~v & 0x80..` is
    /// nonzero when a byte of v is zero, and with 0x20.. in place of 0x01.. when one is below 0x20).
    static func mayEndPlainRun(_ word: UInt64) -> Bool {
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return word & highs != 0 || hasZero(word ^ (0x22 &* ones)) || hasZero(word ^ (0x5C &* ones))
            || (word &- 0x20 &* ones) & ~word & highs != 0
    }

    /// The bytes from `start` to `end`, checked as UTF-8 (an error at the first bad byte).
    private func append(_ start: Int, _ end: Int, to text: inout [UInt8]) throws {
        let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if run.contains(where: { $0 >= 0x80 }) { _ = try utf8(start, end) }
        text.append(contentsOf: run)
    }

    private mutating func escape(into text: inout [UInt8]) throws {
        let start = index
        index += 1
        guard index < bytes.count else { throw fail("the string has no closing quote") }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(byte)
        case UInt8(ascii: "b"): text.append(0x08)
        case UInt8(ascii: "f"): text.append(0x0C)
        case UInt8(ascii: "n"): text.append(0x0A)
        case UInt8(ascii: "r"): text.append(0x0D)
        case UInt8(ascii: "t"): text.append(0x09)
        case UInt8(ascii: "u"):
            var code = try hex4(start)
            if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
               bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let low = index
                index += 2
                let second = try hex4(low)
                if (0xDC00..<0xE000).contains(second) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    index = low
                }
            }
            // A lone surrogate is what Go's decoder turns into U+FFFD too.
            UTF8.encode(Unicode.Scalar(code) ?? "\u{FFFD}") { text.append($0) }
        default:
            throw fail("'\\\(Character(Unicode.Scalar(byte)))' is not a JSON escape", at: start)
        }
    }

    private mutating func hex4(_ start: Int) throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("\\u needs four hex digits", at: start) }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexDigit(bytes[index]) else { throw fail("\\u needs four hex digits", at: start) }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x37)
        case 0x61...0x66: return UInt32(byte - 0x57)
        default: return nil
        }
    }

    /// The bytes from `start` to `end` as text; bytes that are not UTF-8 are an error at the first of them.
    private func utf8(_ start: Int, _ end: Int) throws -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // ASCII (nearly every string of a state) is UTF-8 already: `String(validating:as:)` is
        // generic and not specialized here, and asking it for every string was half of reading.
        if !slice.contains(where: { $0 >= 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        if let text = String(validating: slice, as: UTF8.self) { return text }
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        var offset = start
        while case .scalarValue(let scalar) = decoder.decode(&iterator) { offset += UTF8.width(scalar) }
        throw fail("the file is not UTF-8 here", at: offset)
    }
}
