import Foundation

/// A JSON reader over the bytes of a whole file that builds only what its caller asks for:
/// `value()` builds a `JSONValue`, `skip()` checks a value without building anything (not even
/// its keys), and `object(_:)` walks an object's members so a caller keeps some keys and skips
/// the rest. Plans of tens of megabytes are mostly values nobody prices (configuration, prior
/// state, planned values), so skipping them cheaply is what makes a 50 MB plan price in under a
/// second. Errors carry the byte offset; the reader turns it into a line and column. Every
/// message that names a key builds it only when it is thrown.
struct JSONParser {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    /// Deeper than this is refused rather than risking the stack (Terraform nests a few dozen levels at most).
    static let maxDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0
    private var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { mutating get { skipSpace(); return offset == bytes.count } }

    func fail(_ message: String, at position: Int? = nil) -> Failure { Failure(offset: position ?? offset, message: message) }

    @inline(__always)
    mutating func skipSpace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    /// The next byte after white space, not consumed; nil at the end.
    @inline(__always)
    mutating func peek() -> UInt8? {
        skipSpace()
        return offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws {
        guard peek() == byte else { throw unexpected(expecting: what()) }
        offset += 1
    }

    private func unexpected(expecting what: String) -> Failure {
        guard offset < bytes.count else { return fail("the JSON ends early, expecting \(what)") }
        let byte = bytes[offset]
        let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : String(format: "byte 0x%02X", byte)
        return fail("unexpected \(shown), expecting \(what)")
    }

    private mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw fail("values nested more than \(Self.maxDepth) deep") }
    }

    // MARK: Walking

    /// Calls `member` with each key; `member` must read or skip the value.
    mutating func object(_ member: (String, inout JSONParser) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "'{' (an object)")
        try enter()
        defer { depth -= 1 }
        if peek() == UInt8(ascii: "}") { offset += 1; return }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw unexpected(expecting: "a key in double quotes") }
            let key = try string()
            try expect(UInt8(ascii: ":"), "':' after the key \"\(key)\"")
            try member(key, &self)
            if try closes(UInt8(ascii: "}"), after: key) { return }
        }
    }

    /// Calls `element` for each element; `element` must read or skip it.
    mutating func array(_ element: (inout JSONParser) throws -> Void) throws {
        try expect(UInt8(ascii: "["), "'[' (a list)")
        try enter()
        defer { depth -= 1 }
        if peek() == UInt8(ascii: "]") { offset += 1; return }
        while true {
            try element(&self)
            if try closes(UInt8(ascii: "]"), after: nil) { return }
        }
    }

    /// Moves past the ',' between two members or elements (false) or the closing bracket (true);
    /// `key` names the member just read in the error, nil in a list.
    @inline(__always)
    private mutating func closes(_ closing: UInt8, after key: @autoclosure () -> String?) throws -> Bool {
        switch peek() {
        case UInt8(ascii: ","): offset += 1; return false
        case closing: offset += 1; return true
        default:
            if let key = key() { throw unexpected(expecting: "',' or '}' after the value of \"\(key)\"") }
            throw unexpected(expecting: "',' or ']' in a list")
        }
    }

    // MARK: Values

    /// Builds the next value.
    mutating func value() throws -> JSONValue {
        switch peek() {
        case UInt8(ascii: "{"):
            offset += 1
            try enter()
            defer { depth -= 1 }
            var members: [(key: String, value: JSONValue)] = []
            if peek() == UInt8(ascii: "}") { offset += 1; return .object(members) }
            // The last two members that are objects or lists, where they are in the file: a member
            // written byte for byte like one of them is the same value, shared rather than built again.
            var recent: (text: Range<Int>, value: JSONValue)?, older: (text: Range<Int>, value: JSONValue)?
            while true {
                guard peek() == UInt8(ascii: "\"") else { throw unexpected(expecting: "a key in double quotes") }
                let key = try string()
                try expect(UInt8(ascii: ":"), "':' after the key \"\(key)\"")
                skipSpace()
                let start = offset
                if let same = repeated(recent) ?? repeated(older) {
                    members.append((key, same.value))
                    offset += same.text.count
                } else {
                    members.append((key, try value()))
                    if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
                        older = recent
                        recent = (start..<offset, members[members.count - 1].value)
                    }
                }
                if try closes(UInt8(ascii: "}"), after: key) { return .object(members) }
            }
        case UInt8(ascii: "["):
            offset += 1
            try enter()
            defer { depth -= 1 }
            var items: [JSONValue] = []
            if peek() == UInt8(ascii: "]") { offset += 1; return .array(items) }
            while true {
                items.append(try value())
                if try closes(UInt8(ascii: "]"), after: nil) { return .array(items) }
            }
        case UInt8(ascii: "\""): return .string(try string())
        default:
            if literal("true") { return .bool(true) }
            if literal("false") { return .bool(false) }
            if literal("null") { return .null }
            let start = offset
            try number()
            return .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
        }
    }

    /// `earlier` when the text at the offset starts with its bytes. Only an object or a list: its
    /// closing bracket ends it, so the same bytes are the same whole value (a number could go on).
    /// Terraform writes a no-op's `before` and `after`, and `tags` and `tags_all`, exactly alike.
    private func repeated(_ earlier: (text: Range<Int>, value: JSONValue)?) -> (text: Range<Int>, value: JSONValue)? {
        guard let earlier, offset + earlier.text.count <= bytes.count, bytes[offset] == bytes[earlier.text.lowerBound],
              memcmp(bytes.baseAddress! + offset, bytes.baseAddress! + earlier.text.lowerBound, earlier.text.count) == 0 else { return nil }
        return earlier
    }

    /// Checks the next value and moves past it without building it, keys included.
    mutating func skip() throws {
        switch peek() {
        case UInt8(ascii: "{"):
            offset += 1
            try enter()
            defer { depth -= 1 }
            if peek() == UInt8(ascii: "}") { offset += 1; return }
            while true {
                guard peek() == UInt8(ascii: "\"") else { throw unexpected(expecting: "a key in double quotes") }
                let key = try scanString()
                let bytes = bytes
                try expect(UInt8(ascii: ":"), "':' after the key \"\(Self.text(of: key, in: bytes))\"")
                try skip()
                if try closes(UInt8(ascii: "}"), after: Self.text(of: key, in: bytes)) { return }
            }
        case UInt8(ascii: "["):
            offset += 1
            try enter()
            defer { depth -= 1 }
            if peek() == UInt8(ascii: "]") { offset += 1; return }
            while true {
                try skip()
                if try closes(UInt8(ascii: "]"), after: nil) { return }
            }
        case UInt8(ascii: "\""): _ = try scanString()
        default:
            if literal("true") || literal("false") || literal("null") { return }
            try number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != word.utf8Start[index] { return false }
        offset += count
        return true
    }

    /// Moves past a number, RFC 8259's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func number() throws {
        let start = offset
        func digits(_ parser: inout JSONParser) -> Int {
            let from = parser.offset
            while parser.offset < parser.bytes.count, (0x30...0x39).contains(parser.bytes[parser.offset]) { parser.offset += 1 }
            return parser.offset - from
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        let integer = digits(&self)
        guard integer > 0 else { offset = start; throw unexpected(expecting: "a value") }
        if integer > 1, bytes[offset - integer] == UInt8(ascii: "0") { throw fail("a number with a leading zero", at: start) }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard digits(&self) > 0 else { throw unexpected(expecting: "digits after the decimal point") }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            guard digits(&self) > 0 else { throw unexpected(expecting: "digits in the exponent") }
        }
    }

    /// Moves past a string, checking its escapes and that its text is UTF-8; returns where its
    /// text is and whether it has escapes.
    private mutating func scanString() throws -> (text: Range<Int>, escaped: Bool) {
        try expect(UInt8(ascii: "\""), "'\"'")
        let start = offset
        var escaped = false
        var ascii = true
        while offset < bytes.count {
            let byte = bytes[offset]
            // Printable ASCII other than '"' and '\' is most of every plan: one test for it.
            if byte &- 0x20 < 0x60, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") { offset += 1; continue }
            if byte == UInt8(ascii: "\"") {
                if !ascii, String(validating: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self) == nil {
                    var check = start
                    while check < offset, bytes[check] < 0x80 { check += 1 }
                    throw fail("the text is not UTF-8", at: check)
                }
                offset += 1
                return (start..<(offset - 1), escaped)
            }
            if byte < 0x20 { throw fail("a control character inside a string (write it as \\n, \\t or \\u00XX)") }
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                offset += 1
                guard offset < bytes.count else { break }
                switch bytes[offset] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"): break
                case UInt8(ascii: "u"):
                    for index in 1...4 {
                        guard offset + index < bytes.count, Self.hex(bytes[offset + index]) != nil else {
                            throw fail("\\u needs four hexadecimal digits", at: offset - 1)
                        }
                    }
                    offset += 4
                default: throw fail("an unknown escape \\\(Character(Unicode.Scalar(bytes[offset])))", at: offset - 1)
                }
            }
            offset += 1
        }
        throw fail("the JSON ends inside a string that starts here", at: start - 1)
    }

    mutating func string() throws -> String { Self.text(of: try scanString(), in: bytes) }

    /// The text of a string `scanString` has moved past.
    private static func text(of string: (text: Range<Int>, escaped: Bool), in bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = UnsafeBufferPointer(rebasing: bytes[string.text])
        return string.escaped ? unescape(text) : String(decoding: text, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// The text of a string already checked by `scanString`. A lone surrogate becomes U+FFFD,
    /// as Go's encoding/json (Terraform's writer) decodes it.
    private static func unescape(_ text: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var index = 0
        func code(at position: Int) -> UInt32 {
            (0..<4).reduce(UInt32(0)) { $0 << 4 | (hex(text[position + $1]) ?? 0) }
        }
        while index < text.count {
            let byte = text[index]
            guard byte == UInt8(ascii: "\\") else { out.append(byte); index += 1; continue }
            let kind = text[index + 1]
            index += 2
            switch kind {
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = code(at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), index + 6 <= text.count, text[index] == UInt8(ascii: "\\"),
                   text[index + 1] == UInt8(ascii: "u") {
                    let low = code(at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
            default: out.append(kind)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
