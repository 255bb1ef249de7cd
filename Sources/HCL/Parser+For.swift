import Diagnostics

extension Parser {
    /// `for k, v in coll :` at the start of a tuple or object; nil (cursor untouched) when the
    /// bracket holds an ordinary constructor, e.g. an object whose first key is named `for`.
    mutating func parseForClause() throws -> ForClause? {
        let saved = cursor.index
        guard cursor.consume(keyword: "for") else { return nil }
        try cursor.skipTrivia(newlines: true)
        guard cursor.identifierEnd() != nil else {
            cursor.index = saved
            return nil
        }
        ignoreNewlines = true
        let forStart = cursor.location
        guard let first = cursor.identifier() else { throw error("expected a variable name after 'for'") }
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
        guard cursor.consume(keyword: "in") else {
            throw HCLError.syntax(cursor.location, "expected 'in' in the for expression started at \(forStart.line):\(forStart.column), found \(cursor.found)")
        }
        try skip()
        let collection = try parseExpression()
        try skip()
        guard cursor.peek() == UInt8(ascii: ":") else { throw error("expected ':' after the collection of the for expression, found \(cursor.found)") }
        cursor.advance()
        try skip()
        return ForClause(keyName: keyName, valueName: valueName, collection: collection)
    }

    mutating func parseForCondition() throws -> Expr? {
        try skip()
        guard cursor.consume(keyword: "if") else { return nil }
        try skip()
        return try parseExpression()
    }

    mutating func expectClose(_ close: Character, what: String, openedAt start: SourceLocation) throws {
        try skip()
        guard let ascii = close.asciiValue, cursor.peek() == ascii else {
            throw error("expected '\(close)' to close \(what) opened at \(start.line):\(start.column), found \(cursor.found)")
        }
        cursor.advance()
    }

    /// `name(a, b, rest...)`; the cursor is at the `(`.
    mutating func parseCall(name: String, at start: SourceLocation) throws -> Expr {
        // Only an error needs the `(`'s position: keep its offset.
        let openIndex = cursor.index
        var open: SourceLocation { cursor.location(at: openIndex) }
        cursor.advance()
        try skip()
        let base = lists.expressions.count
        var expands = false
        while cursor.peek() != UInt8(ascii: ")") {
            guard !cursor.atEnd, !expands else {
                throw error("expected ')' to close the call to \(name) opened at \(open.line):\(open.column), found \(cursor.found)")
            }
            let argument = try parseExpression()
            lists.expressions.push(argument)
            try skip()
            if cursor.isAt("...") {
                cursor.advance(3)
                expands = true
                try skip()
            }
            if cursor.peek() == UInt8(ascii: ",") {
                cursor.advance()
                try skip()
            } else if cursor.peek() != UInt8(ascii: ")") {
                throw error("expected ',' or ')' to close the call to \(name) opened at \(open.line):\(open.column), found \(cursor.found)")
            }
        }
        cursor.advance()
        return Expr(.call(name, lists.expressions.take(from: base), expandsLast: expands), start)
    }
}
