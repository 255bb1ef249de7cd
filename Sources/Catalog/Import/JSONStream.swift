import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pull reader of JSON text that holds one chunk of the file at a time, so an AWS offer file
/// of hundreds of megabytes is read in a few megabytes of memory. The caller walks the document
/// (`readObject`, `readString`, `skipValue`); every value it does not want is skipped without
/// building anything, but still checked, so bad JSON anywhere is reported at its line and column.
final class JSONStream {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var position = 0
    private var end = 0
    /// Bytes dropped from the front of the buffer so far: `discarded + position` is the offset in the file.
    private var discarded = 0
    private var line = 1
    private var lineStart = 0
    private var atEnd = false
    private let descriptor: Int32?
    private let name: String
    private var depth = 0

    /// Streams `file`; errors cite `name` (a path or URL as the user knows it).
    init(file: URL, name: String, chunk: Int = 1 << 20) throws {
        let fd = open(file.path, O_RDONLY)
        guard fd >= 0 else { throw CatalogError.importFailed(file: name, detail: "cannot read the file") }
        descriptor = fd
        self.name = name
        capacity = chunk
        buffer = .allocate(capacity: chunk)
    }

    /// Reads JSON already in memory.
    init(data: Data, name: String) {
        descriptor = nil
        self.name = name
        capacity = max(data.count, 1)
        buffer = .allocate(capacity: capacity)
        data.copyBytes(to: buffer, count: data.count)
        end = data.count
        atEnd = true
    }

    deinit {
        buffer.deallocate()
        if let descriptor { close(descriptor) }
    }

    /// Bytes consumed so far.
    var offset: Int { discarded + position }

    // MARK: Reading values

    /// Calls `member` with each key of an object; `member` must read or skip the value.
    func readObject(_ member: (String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"), "'{' (an object)")
        try enter()
        defer { depth -= 1 }
        if try peek() == UInt8(ascii: "}") { position += 1; return }
        while true {
            guard try peek() == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let key = try readString()
            try expect(UInt8(ascii: ":"), "':' after the key \"\(key)\"")
            try member(key)
            let next = try peek()
            position += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "}") { return }
            position -= 1
            throw failure("expected ',' or '}' after the value of \"\(key)\"")
        }
    }

    /// An object whose values are strings (a product's `attributes`); other values, and keys
    /// not in `only` when it is given, are skipped without building their text.
    func readStringMap(only: Set<String>? = nil) throws -> [String: String] {
        var map: [String: String] = [:]
        try readObject { key in
            if only?.contains(key) != false, try peek() == UInt8(ascii: "\"") { map[key] = try readString() } else { try skipValue() }
        }
        return map
    }

    /// A string value, or nil for `null`; anything else is skipped and read as nil.
    func readOptionalString() throws -> String? {
        if try peek() == UInt8(ascii: "\"") { return try readString() }
        try skipValue()
        return nil
    }

    func readString() throws -> String {
        try expect(UInt8(ascii: "\""), "a string")
        var start = position
        while true {
            if position == end {
                let kept = position - start
                guard try refill(keeping: start) else { throw failure("the file ends inside a string") }
                start = position - kept
                continue
            }
            let byte = buffer[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(start: buffer + start, count: position - start), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                position = start
                return try readEscapedString()
            }
            if byte < 0x20 { throw failure("a control character inside a string (a string must end on its line)") }
            position += 1
        }
    }

    /// Skips one value of any kind, checking its syntax.
    func skipValue() throws {
        switch try peek() {
        case UInt8(ascii: "{"): try readObject { _ in try skipValue() }
        case UInt8(ascii: "["): try readArray { try skipValue() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw failure("expected a value")
        }
    }

    /// Calls `element` for each element of an array; `element` must read or skip it.
    func readArray(_ element: () throws -> Void) throws {
        try expect(UInt8(ascii: "["), "'[' (an array)")
        try enter()
        defer { depth -= 1 }
        if try peek() == UInt8(ascii: "]") { position += 1; return }
        while true {
            try element()
            let next = try peek()
            position += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "]") { return }
            position -= 1
            throw failure("expected ',' or ']' in an array")
        }
    }

    /// After the top-level value: only whitespace may follow.
    func expectEnd() throws {
        if try peekOrEnd() != nil { throw failure("unexpected text after the end of the JSON document") }
    }

    // MARK: Bytes

    /// The next byte that is not whitespace, without consuming it.
    func peek() throws -> UInt8 {
        guard let byte = try peekOrEnd() else { throw failure("the file ends before the JSON document does (is it complete?)") }
        return byte
    }

    private func peekOrEnd() throws -> UInt8? {
        while true {
            if position == end { guard try refill(keeping: position) else { return nil } }
            let byte = buffer[position]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = offset
            default: return byte
            }
        }
    }

    private func expect(_ byte: UInt8, _ what: String) throws {
        guard try peek() == byte else { throw failure("expected \(what)") }
        position += 1
    }

    private func enter() throws {
        depth += 1
        // Offer files nest six levels; a thousand means a broken or hostile file, not a deep stack.
        guard depth <= 1000 else { throw failure("values nested more than 1000 deep") }
    }

    private func skipString() throws {
        try expect(UInt8(ascii: "\""), "a string")
        while true {
            if position == end { guard try refill(keeping: position) else { throw failure("the file ends inside a string") } }
            let byte = buffer[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            if byte == UInt8(ascii: "\\") {
                if position == end { guard try refill(keeping: position) else { throw failure("the file ends inside a string") } }
                position += 1
            } else if byte < 0x20 {
                position -= 1
                throw failure("a control character inside a string (a string must end on its line)")
            }
        }
    }

    private func skipNumber() throws {
        var digits = 0
        while true {
            if position == end { guard try refill(keeping: position) else { break } }
            let byte = buffer[position]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") else { break }
            digits += 1
            position += 1
        }
        if digits == 0 { throw failure("expected a number") }
    }

    private func literal(_ word: String) throws {
        for expected in word.utf8 {
            if position == end { guard try refill(keeping: position) else { throw failure("expected \(word)") } }
            guard buffer[position] == expected else { throw failure("expected a value (\(word)?)") }
            position += 1
        }
    }

    /// The slow path for strings with backslash escapes: rare in offer files.
    private func readEscapedString() throws -> String {
        try expect(UInt8(ascii: "\""), "a string")
        var bytes: [UInt8] = []
        func next() throws -> UInt8 {
            if position == end { guard try refill(keeping: position) else { throw failure("the file ends inside a string") } }
            defer { position += 1 }
            return buffer[position]
        }
        while true {
            let byte = try next()
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: bytes, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escaped = try next()
                switch escaped {
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "u"):
                    var value: UInt32 = 0
                    for _ in 0..<4 {
                        guard let digit = hexValue(try next()) else { throw failure("expected four hex digits after \\u") }
                        value = value * 16 + digit
                    }
                    // A lone surrogate half becomes U+FFFD: offer files never split characters.
                    bytes += Array(String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")).utf8)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(escaped)
                default:
                    position -= 1
                    throw failure("an unknown escape in a string")
                }
            default:
                if byte < 0x20 {
                    position -= 1
                    throw failure("a control character inside a string (a string must end on its line)")
                }
                bytes.append(byte)
            }
        }
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// Moves the bytes from `start` to the front, reads more after them, and returns false at
    /// the end of the file. The buffer grows only when one token outgrows half of it.
    private func refill(keeping start: Int) throws -> Bool {
        guard let descriptor, !atEnd else { return false }
        let kept = end - start
        if kept > capacity / 2 {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.update(from: buffer + start, count: kept)
            buffer.deallocate()
            buffer = larger
            capacity *= 2
        } else if start > 0 {
            (buffer).update(from: buffer + start, count: kept)
        }
        discarded += start
        position -= start
        end = kept
        while true {
            let count = read(descriptor, buffer + end, capacity - end)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw CatalogError.importFailed(file: name, detail: "cannot read the file") }
            if count == 0 { atEnd = true; return false }
            end += count
            return true
        }
    }

    /// A syntax error at the current byte, as `file:line:column` (column counted in bytes).
    /// Where the next value starts (after any blank space): for errors about a value that is
    /// valid JSON but not what the format allows.
    func valueLocation() throws -> SourceLocation {
        _ = try peek()
        return SourceLocation(file: name, line: line, column: offset - lineStart + 1)
    }

    func failure(_ detail: String) -> CatalogError {
        .invalidJSON(SourceLocation(file: name, line: line, column: offset - lineStart + 1), detail)
    }
}
