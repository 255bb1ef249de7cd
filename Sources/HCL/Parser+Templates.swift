import Diagnostics

extension Parser {
    enum TemplateEnd: String { case close, `else`, endif, endfor }

    /// Literal text, `${ expr }` and `%{ directive }` up to the closing quote (quoted strings)
    /// or the end of the cursor (heredocs). Returns when it meets `%{ else }`, `%{ endif }` or
    /// `%{ endfor }` so the enclosing directive can check they pair up. `at` is the byte offset
    /// of that marker: a position is computed from it only for an error, not for every string.
    mutating func parseTemplateParts(quoted: Bool, openedAt open: SourceLocation, stripIndent: Int) throws
        -> (parts: [TemplatePart], end: TemplateEnd, at: Int) {
        guard depth < Parser.maxDepth else { throw error("templates nested more than \(Parser.maxDepth) deep") }
        depth += 1
        defer { depth -= 1 }
        let base = lists.parts.count
        var text = TemplateLiteral()
        let bytes = cursor.bytes
        var atLineStart = !quoted
        func flush() {
            if let literal = text.take(bytes) { lists.parts.push(.literal(literal)) }
        }
        while true {
            if atLineStart, stripIndent > 0 {
                var removed = 0
                while removed < stripIndent, let b = cursor.peek(), b == 32 || b == 9 { cursor.advance(); removed += 1 }
            }
            atLineStart = false
            if !stripLeading {
                // The common case: a run of bytes that mean only themselves, taken in one step.
                let run = cursor.index
                var i = run
                while i < cursor.end, !Parser.isTemplateSpecial(bytes[i]) { i += 1 }
                if i > run {
                    text.append(run..<i, from: bytes)
                    cursor.index = i
                }
            }
            guard let b = cursor.peek() else {
                if quoted { throw HCLError.syntax(open, "unterminated string: expected '\"' to close the string opened here") }
                flush()
                return (lists.parts.take(from: base), .close, cursor.index)
            }
            if quoted, b == UInt8(ascii: "\"") {
                cursor.advance()
                flush()
                return (lists.parts.take(from: base), .close, cursor.index)
            }
            if quoted, b == 10 { throw HCLError.syntax(open, "unterminated string: expected '\"' before the end of the line") }
            if (b == UInt8(ascii: "$") || b == UInt8(ascii: "%")), cursor.peek(1) == b, cursor.peek(2) == UInt8(ascii: "{") {
                // `$${` and `%%{` are the escapes for a literal `${` and `%{`.
                text.append(cursor.index + 1..<cursor.index + 3, from: bytes)
                cursor.advance(3)
                continue
            }
            if (b == UInt8(ascii: "$") || b == UInt8(ascii: "%")), cursor.peek(1) == UInt8(ascii: "{") {
                let markerStart = cursor.index
                cursor.advance(2)
                if cursor.peek() == UInt8(ascii: "~") {
                    cursor.advance()
                    text.trimTrailingWhitespace(bytes)
                }
                flush()
                if b == UInt8(ascii: "$") {
                    let expression = try nested(newlines: true) { parser in
                        try parser.skip()
                        return try parser.parseExpression()
                    }
                    try closeMarker(what: "the interpolation", openedAt: markerStart)
                    lists.parts.push(.interpolation(expression))
                } else {
                    switch try parseDirective(quoted: quoted, openedAt: markerStart, stripIndent: stripIndent) {
                    case .part(let part): lists.parts.push(part)
                    case .end(let end): return (lists.parts.take(from: base), end, markerStart)
                    }
                }
                continue
            }
            if stripLeading, b == 32 || b == 9 || b == 10 || b == 13 {
                cursor.advance()
                continue
            }
            stripLeading = false
            if quoted, b == UInt8(ascii: "\\") {
                try parseEscape(into: &text)
                continue
            }
            text.append(cursor.index..<cursor.index + 1, from: bytes)
            cursor.advance()
            if b == 10 { atLineStart = true }
        }
    }

    /// Bytes that end a plain run of template text: quotes, escapes, markers and newlines
    /// (which end a quoted string and start a heredoc line whose indent may be stripped).
    @inline(__always) static func isTemplateSpecial(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == UInt8(ascii: "$") || b == UInt8(ascii: "%") || b == 10
    }

    /// `}` or `~}` ending an interpolation or directive; `~}` strips the whitespace after it.
    /// `start` is the marker's byte offset, resolved to a position only for the error.
    mutating func closeMarker(what: String, openedAt startIndex: Int) throws {
        try cursor.skipTrivia(newlines: true)
        if cursor.peek() == UInt8(ascii: "~") {
            cursor.advance()
            stripLeading = true
        }
        guard cursor.peek() == UInt8(ascii: "}") else {
            let start = cursor.location(at: startIndex)
            throw error("expected '}' to close \(what) opened at \(start.line):\(start.column), found \(cursor.found)")
        }
        cursor.advance()
    }

    mutating func parseEscape(into text: inout TemplateLiteral) throws {
        let start = cursor.location
        cursor.advance()
        guard let e = cursor.peek() else { throw HCLError.syntax(start, "unterminated string: escape at the end of the file") }
        cursor.advance()
        switch e {
        case UInt8(ascii: "n"): text.append(byte: 10, from: cursor.bytes)
        case UInt8(ascii: "t"): text.append(byte: 9, from: cursor.bytes)
        case UInt8(ascii: "r"): text.append(byte: 13, from: cursor.bytes)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(byte: e, from: cursor.bytes)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            var hex = ""
            for _ in 0..<(e == UInt8(ascii: "u") ? 4 : 8) {
                guard let h = cursor.peek(), let scalar = Optional(UnicodeScalar(h)), scalar.properties.isASCIIHexDigit else {
                    throw HCLError.syntax(start, "invalid unicode escape: expected hexadecimal digits")
                }
                hex.unicodeScalars.append(scalar)
                cursor.advance()
            }
            guard let code = UInt32(hex, radix: 16), let scalar = UnicodeScalar(code) else {
                throw HCLError.syntax(start, "invalid unicode escape '\\\(Character(UnicodeScalar(e)))\(hex)'")
            }
            for byte in String(scalar).utf8 { text.append(byte: byte, from: cursor.bytes) }
        default:
            throw HCLError.syntax(start, "invalid escape sequence '\\\(Character(UnicodeScalar(e)))' in a string")
        }
    }
}
