import Diagnostics

/// A position-tracking reader over UTF-8 bytes. The parser reads bytes rather than
/// Characters because HCL's syntax is ASCII and whole Terragrunt trees must parse fast.
struct Cursor {
    let bytes: [UInt8]
    let file: String
    var index = 0
    /// Reading stops here: a heredoc body is parsed as a template up to its end marker.
    var end: Int
    var line = 1
    var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
        self.end = bytes.count
    }

    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    var atEnd: Bool { index >= end }

    func peek(_ ahead: Int = 0) -> UInt8? {
        let i = index + ahead
        return i < end ? bytes[i] : nil
    }

    func isAt(_ text: String) -> Bool {
        var i = index
        for b in text.utf8 {
            guard i < end, bytes[i] == b else { return false }
            i += 1
        }
        return true
    }

    mutating func advance() {
        guard index < end else { return }
        let b = bytes[index]
        index += 1
        if b == 10 {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            // Continuation bytes of a multi-byte character do not move the column.
            column += 1
        }
    }

    mutating func advance(_ count: Int) { for _ in 0..<count { advance() } }

    /// Skips blanks and comments; newlines too when `newlines` (inside brackets and parentheses
    /// newlines mean nothing, in bodies and objects they end an item).
    mutating func skipTrivia(newlines: Bool) throws {
        while let b = peek() {
            switch b {
            case 32, 9, 13: advance()
            case 10 where newlines: advance()
            case 35: skipLine()  // #
            case 47 where peek(1) == 47: skipLine()  // //
            case 47 where peek(1) == 42:  // /*
                let start = location
                advance(2)
                while !isAt("*/") {
                    guard !atEnd else { throw HCLError.syntax(start, "unterminated comment: expected '*/' to close the comment opened here") }
                    advance()
                }
                advance(2)
            default: return
            }
        }
    }

    /// Leaves the newline itself in place: it still ends the attribute before the comment.
    mutating func skipLine() {
        while let b = peek(), b != 10 { advance() }
    }

    static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    /// HCL identifiers may contain dashes after the first character (`local.my-name`).
    static func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= 48 && b <= 57) || b == 45
    }

    static func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= 48 && $0 <= 57 } ?? false }

    mutating func identifier() -> String? {
        guard let b = peek(), Cursor.isIdentifierStart(b) else { return nil }
        let start = index
        while let b = peek(), Cursor.isIdentifierPart(b) { advance() }
        return text(start..<index)
    }

    /// Decoding from a buffer pointer takes String's fast UTF-8 path; an ArraySlice does not.
    func text(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The identifier at the cursor without consuming it.
    func peekIdentifier() -> String? {
        var copy = self
        return copy.identifier()
    }

    /// A short description of what is at the cursor, for "expected X, found Y" messages.
    var found: String {
        guard let b = peek() else { return "end of file" }
        if b == 10 { return "a newline" }
        if let name = peekIdentifier() { return "'\(name)'" }
        return "'\(String(decoding: [b], as: UTF8.self))'"
    }
}
