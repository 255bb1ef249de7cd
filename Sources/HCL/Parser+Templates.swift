import Diagnostics

extension Parser {
    enum TemplateEnd: String { case close, `else`, endif, endfor }

    /// Literal text, `${ expr }` and `%{ directive }` up to the closing quote (quoted strings)
    /// or the end of the cursor (heredocs). Returns when it meets `%{ else }`, `%{ endif }` or
    /// `%{ endfor }` so the enclosing directive can check they pair up.
    mutating func parseTemplateParts(quoted: Bool, openedAt open: SourceLocation, stripIndent: Int) throws
        -> (parts: [TemplatePart], end: TemplateEnd, at: SourceLocation) {
        guard depth < Parser.maxDepth else { throw error("templates nested more than \(Parser.maxDepth) deep") }
        depth += 1
        defer { depth -= 1 }
        var parts: [TemplatePart] = []
        var text: [UInt8] = []
        var atLineStart = !quoted
        func flush() {
            if !text.isEmpty { parts.append(.literal(text.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })) }
            text.removeAll(keepingCapacity: true)
        }
        while true {
            if atLineStart, stripIndent > 0 {
                var removed = 0
                while removed < stripIndent, let b = cursor.peek(), b == 32 || b == 9 { cursor.advance(); removed += 1 }
            }
            atLineStart = false
            guard let b = cursor.peek() else {
                if quoted { throw HCLError.syntax(open, "unterminated string: expected '\"' to close the string opened here") }
                flush()
                return (parts, .close, cursor.location)
            }
            if quoted, b == UInt8(ascii: "\"") {
                cursor.advance()
                flush()
                return (parts, .close, cursor.location)
            }
            if quoted, b == 10 { throw HCLError.syntax(open, "unterminated string: expected '\"' before the end of the line") }
            if cursor.isAt("$${") || cursor.isAt("%%{") {
                text.append(b)
                text.append(UInt8(ascii: "{"))
                cursor.advance(3)
                continue
            }
            if cursor.isAt("${") || cursor.isAt("%{") {
                let markerStart = cursor.location
                cursor.advance(2)
                if cursor.peek() == UInt8(ascii: "~") {
                    cursor.advance()
                    while let last = text.last, last == 32 || last == 9 || last == 10 || last == 13 { text.removeLast() }
                }
                flush()
                if b == UInt8(ascii: "$") {
                    let expression = try nested(newlines: true) { parser in
                        try parser.skip()
                        return try parser.parseExpression()
                    }
                    try closeMarker(what: "the interpolation", openedAt: markerStart)
                    parts.append(.interpolation(expression))
                } else {
                    switch try parseDirective(quoted: quoted, openedAt: markerStart, stripIndent: stripIndent) {
                    case .part(let part): parts.append(part)
                    case .end(let end): return (parts, end, markerStart)
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
            cursor.advance()
            text.append(b)
            if b == 10 { atLineStart = true }
        }
    }

    /// `}` or `~}` ending an interpolation or directive; `~}` strips the whitespace after it.
    mutating func closeMarker(what: String, openedAt start: SourceLocation) throws {
        try cursor.skipTrivia(newlines: true)
        if cursor.peek() == UInt8(ascii: "~") {
            cursor.advance()
            stripLeading = true
        }
        guard cursor.peek() == UInt8(ascii: "}") else {
            throw error("expected '}' to close \(what) opened at \(start.line):\(start.column), found \(cursor.found)")
        }
        cursor.advance()
    }

    mutating func parseEscape(into text: inout [UInt8]) throws {
        let start = cursor.location
        cursor.advance()
        guard let e = cursor.peek() else { throw HCLError.syntax(start, "unterminated string: escape at the end of the file") }
        cursor.advance()
        switch e {
        case UInt8(ascii: "n"): text.append(10)
        case UInt8(ascii: "t"): text.append(9)
        case UInt8(ascii: "r"): text.append(13)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): text.append(e)
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
            text.append(contentsOf: Array(String(scalar).utf8))
        default:
            throw HCLError.syntax(start, "invalid escape sequence '\\\(Character(UnicodeScalar(e)))' in a string")
        }
    }
}
