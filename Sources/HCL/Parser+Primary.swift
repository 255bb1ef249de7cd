import Diagnostics
import Foundation

extension Parser {
    mutating func parsePrimary() throws -> Expr {
        let start = cursor.location
        guard let b = cursor.peek() else { throw error("expected an expression, found end of file") }
        switch b {
        case _ where Cursor.isDigit(b):
            return Expr(.literal(.number(try parseNumber())), start)
        case UInt8(ascii: "\""):
            cursor.advance()
            let parts = try parseQuotedTemplate(openedAt: start)
            return Expr(.template(parts), start)
        case UInt8(ascii: "<") where cursor.isAt(60, 60):
            return try parseHeredoc()
        case UInt8(ascii: "("):
            cursor.advance()
            let inner = try nested(newlines: true) { parser in
                try parser.skip()
                let inner = try parser.parseExpression()
                try parser.skip()
                return inner
            }
            guard cursor.peek() == UInt8(ascii: ")") else {
                throw error("expected ')' to close the parenthesis opened at \(start.line):\(start.column), found \(cursor.found)")
            }
            cursor.advance()
            return Expr(.parenthesized(inner), start)
        case UInt8(ascii: "["):
            return try nested(newlines: true) { try $0.parseTuple() }
        case UInt8(ascii: "{"):
            return try nested(newlines: true) { try $0.parseObject() }
        default:
            guard let stop = cursor.identifierEnd() else { throw error("expected an expression, found \(cursor.found)") }
            // Keywords are recognised from the bytes: no String is made for them, nor compared.
            if let literal = cursor.literalKeyword(endingAt: stop) {
                cursor.index = stop
                return Expr(.literal(literal), start)
            }
            let name = cursor.source.identifier(cursor.index, stop)
            cursor.index = stop
            let afterName = cursor.index
            try cursor.skipTrivia(newlines: false)
            if cursor.peek() == UInt8(ascii: "(") {
                return try nested(newlines: true) { try $0.parseCall(name: name, at: start) }
            }
            cursor.index = afterName
            return Expr(.variable(name), start)
        }
    }

    mutating func parseNumber() throws -> Decimal {
        let start = cursor.index
        let location = cursor.location
        // Digits are gathered into a significand and a power of ten while scanning: building the
        // Decimal from those gives the same value as Decimal(string:), which goes through
        // NSString and dominated parse time. Longer or odder numbers still take that path.
        var significand: UInt64 = 0
        var digits = 0
        var exponent = 0
        func digit(_ b: UInt8) {
            significand = significand &* 10 &+ UInt64(b - 48)
            digits += 1
        }
        while let b = cursor.peek(), Cursor.isDigit(b) { digit(b); cursor.advance() }
        if cursor.peek() == UInt8(ascii: "."), Cursor.isDigit(cursor.peek(1)) {
            cursor.advance()
            while let b = cursor.peek(), Cursor.isDigit(b) { digit(b); exponent -= 1; cursor.advance() }
        }
        var exponentDigits = 0
        if let e = cursor.peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            var sign = 1
            if let s = cursor.peek(1), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { sign = 2 }
            if Cursor.isDigit(cursor.peek(sign)) {
                let negative = cursor.peek(1) == UInt8(ascii: "-")
                cursor.advance(sign)
                var power = 0
                while let b = cursor.peek(), Cursor.isDigit(b) {
                    power = power &* 10 &+ Int(b - 48)
                    exponentDigits += 1
                    cursor.advance()
                }
                exponent += negative ? -power : power
            }
        }
        if digits <= 18, exponentDigits <= 2, significand != 0 || exponent == 0 {
            return exponent == 0 ? Decimal(significand)
                : Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand))
        }
        let text = cursor.text(start..<cursor.index)
        guard let value = Value.parseNumber(text) else { throw HCLError.syntax(location, "invalid number '\(text)'") }
        return value
    }

    /// `[a, b, c]` or `[for x in xs : f(x) if cond]`.
    mutating func parseTuple() throws -> Expr {
        let start = cursor.location
        cursor.advance()
        try skip()
        if let clause = try parseForClause() {
            let value = try parseExpression()
            let condition = try parseForCondition()
            try expectClose("]", what: "the for expression", openedAt: start)
            return Expr(.forTuple(clause, value: value, condition: condition), start)
        }
        let base = lists.expressions.count
        while cursor.peek() != UInt8(ascii: "]") {
            guard !cursor.atEnd else { throw error("expected ']' to close the tuple opened at \(start.line):\(start.column)") }
            let item = try parseExpression()
            lists.expressions.push(item)
            try skip()
            if cursor.peek() == UInt8(ascii: ",") {
                cursor.advance()
                try skip()
            } else if cursor.peek() != UInt8(ascii: "]") {
                throw error("expected ',' or ']' to close the tuple opened at \(start.line):\(start.column), found \(cursor.found)")
            }
        }
        cursor.advance()
        return Expr(.tuple(lists.expressions.take(from: base)), start)
    }

    /// `{ k = v, "k" : v, (expr) = v }` separated by commas or newlines, or a for expression.
    mutating func parseObject() throws -> Expr {
        let start = cursor.location
        // A computed message: building it for every object cost a String each time.
        var unclosed: String { "expected '}' to close the object opened at \(start.line):\(start.column)" }
        cursor.advance()
        try cursor.skipTrivia(newlines: true)
        if let clause = try parseForClause() {
            let key = try parseExpression()
            try skip()
            guard cursor.isAt(61, 62) else { throw error("expected '=>' after the key of the for expression, found \(cursor.found)") }
            cursor.advance(2)
            try skip()
            let value = try parseExpression()
            try skip()
            let grouping = cursor.isAt("...")
            if grouping { cursor.advance(3) }
            let condition = try parseForCondition()
            try expectClose("}", what: "the for expression", openedAt: start)
            return Expr(.forObject(clause, key: key, value: value, grouping: grouping, condition: condition), start)
        }
        let base = lists.objectItems.count
        ignoreNewlines = false
        while cursor.peek() != UInt8(ascii: "}") {
            guard !cursor.atEnd else { throw error(unclosed) }
            var key = try parseExpression()
            if case .variable(let name) = key.kind { key = Expr(.literal(.string(name)), key.location) }
            try skip()
            guard let b = cursor.peek(), b == UInt8(ascii: "=") || b == UInt8(ascii: ":") else {
                throw error(cursor.atEnd ? unclosed : "expected '=' or ':' after the object key, found \(cursor.found)")
            }
            cursor.advance()
            try skip()
            let value = try parseExpression()
            lists.objectItems.push(ObjectItem(key: key, value: value))
            try skip()
            if cursor.peek() == UInt8(ascii: ",") { cursor.advance() }
            else if cursor.atEnd { throw error(unclosed) }
            else if cursor.peek() != 10, cursor.peek() != UInt8(ascii: "}") {
                throw error("expected ',' or a newline or '}' after the object item, found \(cursor.found)")
            }
            try cursor.skipTrivia(newlines: true)
        }
        cursor.advance()
        return Expr(.object(lists.objectItems.take(from: base)), start)
    }
}
