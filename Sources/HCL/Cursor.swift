import Diagnostics
import Foundation

/// A reader over the UTF-8 bytes of a `SourceText`. The parser reads bytes rather than
/// Characters because HCL's syntax is ASCII and whole Terragrunt trees must parse fast. The
/// state is only an offset: copying a cursor to look ahead is cheap, and positions are
/// computed from the offset when asked for.
struct Cursor {
    let source: SourceText
    let bytes: UnsafePointer<UInt8>
    var index = 0
    /// Reading stops here: a heredoc body is parsed as a template up to its end marker.
    var end: Int

    init(source: SourceText) {
        self.source = source
        bytes = UnsafePointer(source.bytes)
        end = source.count
    }

    var file: String { source.file }
    var location: SourceLocation { source.location(at: index) }
    func location(at offset: Int) -> SourceLocation { source.location(at: offset) }
    var atEnd: Bool { index >= end }

    @inline(__always) func peek(_ ahead: Int = 0) -> UInt8? {
        let i = index + ahead
        return i < end ? bytes[i] : nil
    }

    /// True when the next bytes are `first` then `second`.
    @inline(__always) func isAt(_ first: UInt8, _ second: UInt8) -> Bool {
        index + 1 < end && bytes[index] == first && bytes[index + 1] == second
    }

    @inline(__always) func isAt(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let pointer = text.utf8Start
        for i in 0..<count where bytes[index + i] != pointer[i] { return false }
        return true
    }

    @inline(__always) mutating func advance() {
        if index < end { index += 1 }
    }

    @inline(__always) mutating func advance(_ count: Int) { index = min(index + count, end) }

    /// Skips blanks and comments; newlines too when `newlines` (inside brackets and parentheses
    /// newlines mean nothing, in bodies and objects they end an item).
    mutating func skipTrivia(newlines: Bool) throws {
        while index < end {
            switch bytes[index] {
            case 32, 9, 13: index += 1
            case 10 where newlines: index += 1
            case 35: skipLine()  // #
            case 47 where peek(1) == 47: skipLine()  // //
            case 47 where peek(1) == 42:  // /*
                let start = index
                index += 2
                while !isAt(42, 47) {
                    guard index < end else {
                        throw HCLError.syntax(location(at: start), "unterminated comment: expected '*/' to close the comment opened here")
                    }
                    index += 1
                }
                index += 2
            default: return
            }
        }
    }

    /// Leaves the newline itself in place: it still ends the attribute before the comment.
    mutating func skipLine() {
        while index < end, bytes[index] != 10 { index += 1 }
    }

    @inline(__always) static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    /// HCL identifiers may contain dashes after the first character (`local.my-name`).
    @inline(__always) static func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= 48 && b <= 57) || b == 45
    }

    @inline(__always) static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }

    /// The end of the identifier starting at the cursor, or nil when none starts there.
    func identifierEnd() -> Int? {
        guard index < end, Cursor.isIdentifierStart(bytes[index]), !isReplacementCharacter(at: index) else { return nil }
        var i = index + 1
        while i < end, Cursor.isIdentifierPart(bytes[i]) {
            if bytes[i] == 0xEF, isReplacementCharacter(at: i) { break }
            i += 1
        }
        return i
    }

    /// U+FFFD is what bytes that were not UTF-8 became when the file was read into a String:
    /// never part of a name, so they are reported where they are instead of read as one.
    func isReplacementCharacter(at i: Int) -> Bool {
        i + 2 < end && bytes[i] == 0xEF && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD
    }

    mutating func identifier() -> String? {
        guard let stop = identifierEnd() else { return nil }
        defer { index = stop }
        return source.identifier(index, stop)
    }

    /// Consumes the identifier at the cursor when it is exactly `word` (a keyword such as `in`).
    mutating func consume(keyword word: StaticString) -> Bool {
        guard let stop = identifierEnd(), stop - index == word.utf8CodeUnitCount, isAt(word) else { return false }
        index = stop
        return true
    }

    /// True when the identifier at the cursor is exactly `word`, without consuming it.
    func isAt(keyword word: StaticString) -> Bool {
        guard let stop = identifierEnd() else { return false }
        return stop - index == word.utf8CodeUnitCount && isAt(word)
    }

    /// `true`, `false` or `null` when the identifier from the cursor to `stop` is one of them.
    func literalKeyword(endingAt stop: Int) -> Value? {
        switch stop - index {
        case 4:
            if isAt("true") { return .bool(true) }
            if isAt("null") { return .null }
        case 5:
            if isAt("false") { return .bool(false) }
        default: break
        }
        return nil
    }

    /// Decoding from a buffer pointer takes String's fast UTF-8 path.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count), as: UTF8.self)
    }

    /// The identifier at the cursor without consuming it.
    func peekIdentifier() -> String? {
        identifierEnd().map { text(index..<$0) }
    }

    /// A short description of what is at the cursor, for "expected X, found Y" messages.
    var found: String {
        guard let b = peek() else { return "end of file" }
        if b == 10 { return "a newline" }
        if b == 9 { return "a tab" }
        if b == 13 { return "a carriage return" }
        if isReplacementCharacter(at: index) { return "a byte sequence that is not UTF-8 (read as U+FFFD)" }
        if b < 32 || b == 127 { return "the control character U+\(String(format: "%04X", b))" }
        if let name = peekIdentifier() { return "'\(name)'" }
        return "'\(String(decoding: [b], as: UTF8.self))'"
    }
}
