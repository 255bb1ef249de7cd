import Diagnostics

/// Recursive-descent parser of HCL2 native syntax. Scannerless: templates change what a
/// byte means (`"` ends a string, `${` opens an expression), so the parser reads bytes directly.
public struct Parser {
    var cursor: Cursor
    /// Inside parentheses, brackets and interpolations newlines are blank space; in bodies and
    /// object constructors they end an item.
    var ignoreNewlines = false
    /// Nesting depth, bounded so hostile input cannot overflow the stack (parser or evaluator).
    var depth = 0
    static let maxDepth = 64
    /// Set by a `~}` strip marker: the next literal text loses its leading whitespace.
    var stripLeading = false
    var lists = ParserLists()

    init(source: SourceText) {
        cursor = Cursor(source: source)
        // Editors on Windows may save a byte-order mark; it is not part of the first name.
        if source.hasByteOrderMark { cursor.index = 3 }
    }

    /// Runs `body` with a parser reading `text` in place: the cursor points into the String's own
    /// UTF-8 storage, which stays valid only inside this call, so no parser may escape it.
    static func withParser<T>(_ text: String, file: String, _ body: (inout Parser) throws -> T) throws -> T {
        var text = text
        return try text.withUTF8 { buffer in
            var parser = Parser(source: SourceText(buffer, file: file))
            return try body(&parser)
        }
    }

    /// Parses a whole file into its body.
    public static func parse(_ text: String, file: String) throws -> Body {
        try withParser(text, file: file) { try $0.parseBody(openedAt: nil) }
    }

    /// Parses one expression (for tests and for values given on the command line).
    public static func parseExpression(_ text: String, file: String = "<expression>") throws -> Expr {
        try withParser(text, file: file) { parser in
            parser.ignoreNewlines = true
            try parser.skip()
            let expression = try parser.parseExpression()
            try parser.skip()
            guard parser.cursor.atEnd else { throw parser.error("expected the end of the expression, found \(parser.cursor.found)") }
            return expression
        }
    }

    func error(_ message: String) -> HCLError { .syntax(cursor.location, message) }

    mutating func skip() throws { try cursor.skipTrivia(newlines: ignoreNewlines) }

    /// Runs `body` one level deeper, with newlines ignored or significant, restoring both after.
    mutating func nested<T>(newlines ignored: Bool, _ body: (inout Parser) throws -> T) throws -> T {
        guard depth < Parser.maxDepth else { throw error("expressions nested more than \(Parser.maxDepth) deep") }
        let saved = ignoreNewlines
        depth += 1
        ignoreNewlines = ignored
        defer {
            depth -= 1
            ignoreNewlines = saved
        }
        return try body(&self)
    }

    /// A body: attributes (`name = expr`) and blocks (`type "label" bare_label { ... }`), each
    /// ending at a newline. `openedAt` is the offset of the block's `{` or nil for the file
    /// itself; its position is computed only for the error that needs it.
    mutating func parseBody(openedAt openIndex: Int?) throws -> Body {
        let location = cursor.location
        let base = lists.items.count
        let namesBase = lists.names.count
        defer { lists.names.discard(from: namesBase) }
        /// Built only for long bodies (a generated `locals` of thousands): see `attribute(named:in:)`.
        var seen: [String: SourceLocation]?
        while true {
            try cursor.skipTrivia(newlines: true)
            if cursor.atEnd {
                if let openIndex {
                    let open = cursor.location(at: openIndex)
                    throw error("expected '}' to close the block opened at \(open.line):\(open.column)")
                }
                return Body(items: lists.items.take(from: base), location: location)
            }
            if cursor.peek() == UInt8(ascii: "}") {
                guard openIndex != nil else { throw error("unexpected '}': no block is open") }
                cursor.advance()
                return Body(items: lists.items.take(from: base), location: location)
            }
            let start = cursor.location
            guard let name = cursor.identifier() else {
                throw error("expected an attribute name or a block type, found \(cursor.found)")
            }
            try cursor.skipTrivia(newlines: false)
            if cursor.peek() == UInt8(ascii: "="), cursor.peek(1) != UInt8(ascii: "=") {
                cursor.advance()
                try cursor.skipTrivia(newlines: false)
                let value = try nested(newlines: false) { try $0.parseExpression() }
                if seen == nil, lists.items.count - base > 32 {
                    var names: [String: SourceLocation] = [:]
                    for i in base..<lists.items.count {
                        if case .attribute(let a) = lists.items[i], names[a.name] == nil { names[a.name] = a.location }
                    }
                    seen = names
                }
                let repeated = seen != nil ? seen?[name] != nil : lists.names.contains(from: namesBase) { $0 == name }
                if repeated, let previous = seen?[name] ?? Parser.attribute(named: name, in: lists.items, from: base) {
                    throw HCLError.syntax(start, "attribute '\(name)' was already defined at \(previous.line):\(previous.column)")
                }
                seen?[name] = start
                lists.names.push(name)
                lists.items.push(.attribute(Attribute(name: name, value: value, location: start)))
            } else {
                let block = try parseBlock(type: name, at: start)
                lists.items.push(.block(block))
            }
            try endOfItem(after: name, inBlock: openIndex != nil)
        }
    }

    /// Where an earlier attribute of this body named `name` starts. A linear scan: bodies are
    /// short, and hashing every name cost more than comparing them.
    static func attribute(named name: String, in items: ListStack<BodyItem>, from base: Int) -> SourceLocation? {
        for i in base..<items.count {
            if case .attribute(let attribute) = items[i], attribute.name == name { return attribute.location }
        }
        return nil
    }

    mutating func parseBlock(type: String, at start: SourceLocation) throws -> Block {
        var labels: [String] = []
        while let b = cursor.peek(), b != UInt8(ascii: "{") {
            if b == UInt8(ascii: "\"") {
                let labelStart = cursor.location
                cursor.advance()
                let parts = try parseQuotedTemplate(openedAt: labelStart)
                guard parts.allSatisfy({ if case .literal = $0 { true } else { false } }) else {
                    throw HCLError.syntax(labelStart, "block labels must be plain strings, without ${ } or %{ }")
                }
                if parts.count == 1, case .literal(let text) = parts[0] {
                    labels.append(text)
                } else {
                    labels.append(parts.map { if case .literal(let s) = $0 { s } else { "" } }.joined())
                }
            } else if let label = cursor.identifier() {
                labels.append(label)
            } else {
                throw error("expected '=' or a block label or '{' after '\(type)', found \(cursor.found)")
            }
            try cursor.skipTrivia(newlines: false)
        }
        guard cursor.peek() == UInt8(ascii: "{") else {
            throw error("expected '=' or a block label or '{' after '\(type)', found \(cursor.found)")
        }
        let open = cursor.index
        cursor.advance()
        let body = try nested(newlines: true) { try $0.parseBody(openedAt: open) }
        return Block(type: type, labels: labels, body: body, location: start)
    }

    /// An attribute or block ends at a newline, at the end of the file or (for one-line blocks
    /// such as `locals { a = 1 }`) at the closing brace.
    mutating func endOfItem(after name: String, inBlock: Bool) throws {
        try cursor.skipTrivia(newlines: false)
        guard let b = cursor.peek() else { return }
        if b == 10 || (inBlock && b == UInt8(ascii: "}")) { return }
        throw error("expected a newline after '\(name)', found \(cursor.found)")
    }
}
