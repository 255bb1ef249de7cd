import Diagnostics
import Foundation

extension Parser {
    enum Directive {
        case part(TemplatePart)
        case end(TemplateEnd)
    }

    /// After `%{` (and an optional `~`): `if cond`, `for k, v in coll`, `else`, `endif`, `endfor`.
    /// `startIndex` is the offset of the `%`; directives are rare, so its position is computed here.
    mutating func parseDirective(quoted: Bool, openedAt startIndex: Int, stripIndent: Int) throws -> Directive {
        let start = cursor.location(at: startIndex)
        try cursor.skipTrivia(newlines: true)
        let keyword = cursor.identifier()
        switch keyword {
        case "else", "endif", "endfor":
            try closeMarker(what: "the %{ \(keyword ?? "") } directive", openedAt: startIndex)
            return .end(TemplateEnd(rawValue: keyword ?? "") ?? .close)
        case "if":
            let condition = try nested(newlines: true) { parser in
                try parser.skip()
                return try parser.parseExpression()
            }
            try closeMarker(what: "the %{ if } directive", openedAt: startIndex)
            let body = try parseTemplateParts(quoted: quoted, openedAt: start, stripIndent: stripIndent)
            var otherwise: [TemplatePart] = []
            var end = body.end
            if end == .else {
                let rest = try parseTemplateParts(quoted: quoted, openedAt: start, stripIndent: stripIndent)
                otherwise = rest.parts
                end = rest.end
            }
            guard end == .endif else { throw unpaired(end, expected: "%{ endif }", for: "%{ if }", start) }
            return .part(.ifDirective(condition, then: body.parts, else: otherwise))
        case "for":
            let clause = try nested(newlines: true) { try $0.parseTemplateForClause() }
            let body = try parseTemplateParts(quoted: quoted, openedAt: start, stripIndent: stripIndent)
            guard body.end == .endfor else { throw unpaired(body.end, expected: "%{ endfor }", for: "%{ for }", start) }
            return .part(.forDirective(clause, body: body.parts))
        default:
            throw HCLError.syntax(start, "expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{', found \(keyword.map { "'\($0)'" } ?? cursor.found)")
        }
    }

    func unpaired(_ end: TemplateEnd, expected: String, for opener: String, _ start: SourceLocation) -> HCLError {
        let found = end == .close ? "the end of the template" : "%{ \(end.rawValue) }"
        return HCLError.syntax(start, "expected \(expected) for the \(opener) opened here, found \(found)")
    }

    /// `k, v in coll }` inside a `%{ for }` directive, through the closing marker.
    mutating func parseTemplateForClause() throws -> ForClause {
        let start = cursor.index
        try skip()
        guard let first = cursor.identifier() else { throw error("expected a variable name after 'for', found \(cursor.found)") }
        try skip()
        var keyName: String?
        var valueName = first
        if cursor.peek() == UInt8(ascii: ",") {
            cursor.advance()
            try skip()
            guard let second = cursor.identifier() else { throw error("expected a second variable name after ',', found \(cursor.found)") }
            keyName = first
            valueName = second
            try skip()
        }
        guard cursor.consume(keyword: "in") else { throw error("expected 'in' in the %{ for } directive, found \(cursor.found)") }
        try skip()
        let collection = try parseExpression()
        try closeMarker(what: "the %{ for } directive", openedAt: start)
        return ForClause(keyName: keyName, valueName: valueName, collection: collection)
    }

    /// `<<EOF` or `<<-EOF` (indent stripped), up to a line holding only the marker. The body is
    /// a template read in place so positions of interpolations stay exact.
    mutating func parseHeredoc() throws -> Expr {
        let start = cursor.location
        cursor.advance(2)
        let flush = cursor.peek() == UInt8(ascii: "-")
        if flush { cursor.advance() }
        let markerStart = cursor.index
        guard let marker = cursor.identifier() else { throw error("expected a heredoc marker such as EOF after '<<', found \(cursor.found)") }
        let markerLength = cursor.index - markerStart
        try cursor.skipTrivia(newlines: false)
        guard cursor.peek() == 10 else { throw error("expected a newline after the heredoc marker '\(marker)', found \(cursor.found)") }
        cursor.advance()
        // Find the closing line and the smallest indent of the non-blank lines before it.
        let bytes = cursor.bytes
        let end = cursor.end
        var lineStart = cursor.index
        var minIndent = Int.max
        var closing: (start: Int, end: Int)?
        while lineStart < end {
            var lineEnd = lineStart
            while lineEnd < end, bytes[lineEnd] != 10 { lineEnd += 1 }
            var first = lineStart
            while first < lineEnd, bytes[first] == 32 || bytes[first] == 9 { first += 1 }
            var last = lineEnd
            while last > first, bytes[last - 1] == 32 || bytes[last - 1] == 9 || bytes[last - 1] == 13 { last -= 1 }
            if last - first == markerLength, memcmp(bytes + first, bytes + markerStart, markerLength) == 0 {
                closing = (lineStart, last)
                break
            }
            if last > first { minIndent = min(minIndent, first - lineStart) }
            lineStart = lineEnd + 1
        }
        guard let closing else { throw HCLError.syntax(start, "unterminated heredoc: expected a line holding only '\(marker)'") }
        var body = self
        body.cursor.end = closing.start
        let parts = try body.parseTemplateParts(quoted: false, openedAt: start, stripIndent: flush && minIndent != .max ? minIndent : 0)
        guard parts.end == .close else { throw HCLError.syntax(cursor.location(at: parts.at), "unexpected %{ \(parts.end.rawValue) } without a matching opening directive") }
        stripLeading = false
        cursor.index = closing.end
        return Expr(.template(parts.parts), start)
    }
}

extension Parser {
    /// A whole quoted template after its opening quote: a stray `%{ endif }` is an error here.
    mutating func parseQuotedTemplate(openedAt start: SourceLocation) throws -> [TemplatePart] {
        let result = try parseTemplateParts(quoted: true, openedAt: start, stripIndent: 0)
        guard result.end == .close else {
            throw HCLError.syntax(cursor.location(at: result.at), "unexpected %{ \(result.end.rawValue) } without a matching opening directive")
        }
        return result.parts
    }
}
