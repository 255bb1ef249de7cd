import Diagnostics
import Foundation

extension Parser {
    /// The lowest precedence: `cond ? a : b` (right-associative).
    mutating func parseExpression() throws -> Expr {
        try nested(newlines: ignoreNewlines) { parser in
            // Positions are computed only when used: most expressions are not conditionals.
            let startIndex = parser.cursor.index
            let condition = try parser.parseBinary(minimum: 1)
            try parser.skip()
            guard parser.cursor.peek() == UInt8(ascii: "?") else { return condition }
            let start = parser.cursor.location(at: startIndex)
            parser.cursor.advance()
            try parser.skip()
            let whenTrue = try parser.parseExpression()
            try parser.skip()
            guard parser.cursor.peek() == UInt8(ascii: ":") else {
                throw parser.error("expected ':' in the conditional started at \(start.line):\(start.column), found \(parser.cursor.found)")
            }
            parser.cursor.advance()
            try parser.skip()
            let whenFalse = try parser.parseExpression()
            return Expr(.conditional(condition, whenTrue, whenFalse), start)
        }
    }

    /// Precedence climbing: operators of one level are left-associative; tighter levels recurse.
    mutating func parseBinary(minimum: Int) throws -> Expr {
        var left = try parseUnary()
        var chain = 0
        while true {
            try skip()
            guard let op = peekOperator(), op.precedence >= minimum else { return left }
            // A long flat chain builds a deep left-leaning tree the evaluator recurses through.
            chain += 1
            guard chain + depth < 4 * Parser.maxDepth else { throw error("too many operators in one expression") }
            cursor.advance(op.rawValue.utf8.count)
            try skip()
            let right = try nested(newlines: ignoreNewlines) { try $0.parseBinary(minimum: op.precedence + 1) }
            left = Expr(.binary(op, left, right), left.location)
        }
    }

    func peekOperator() -> BinaryOperator? {
        guard let b = cursor.peek() else { return nil }
        let next = cursor.peek(1)
        switch b {
        case UInt8(ascii: "|"): return next == UInt8(ascii: "|") ? .or : nil
        case UInt8(ascii: "&"): return next == UInt8(ascii: "&") ? .and : nil
        case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? .equal : nil
        case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? .notEqual : nil
        case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? .greaterOrEqual : .greater
        case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? .lessOrEqual : (next == UInt8(ascii: "<") ? nil : .less)
        case UInt8(ascii: "+"): return .add
        case UInt8(ascii: "-"): return .subtract
        case UInt8(ascii: "*"): return .multiply
        case UInt8(ascii: "/"): return .divide
        case UInt8(ascii: "%"): return next == UInt8(ascii: "{") ? nil : .modulo
        default: return nil
        }
    }

    mutating func parseUnary() throws -> Expr {
        let op: UnaryOperator? = switch cursor.peek() {
        case UInt8(ascii: "!"): .not
        case UInt8(ascii: "-"): .negate
        default: nil
        }
        guard let op else { return try parsePostfix() }
        let start = cursor.location
        cursor.advance()
        try skip()
        let operand = try nested(newlines: ignoreNewlines) { try $0.parseUnary() }
        return Expr(.unary(op, operand), start)
    }

    /// A primary expression followed by `.name`, `.0`, `[i]`, `[*]` and `.*`.
    mutating func parsePostfix() throws -> Expr {
        var result = try parsePrimary()
        while true {
            try cursor.skipTrivia(newlines: false)
            guard let b = cursor.peek() else { return result }
            if b == UInt8(ascii: "."), cursor.peek(1) == UInt8(ascii: "*") {
                cursor.advance(2)
                result = try parseSplatSteps(source: result, full: false)
            } else if b == UInt8(ascii: "["), isFullSplat() {
                while cursor.peek() != UInt8(ascii: "]") { cursor.advance() }
                cursor.advance()
                result = try parseSplatSteps(source: result, full: true)
            } else if let step = try parseTraversal(allowIndex: true) {
                result = switch step {
                case .attribute(let name, let location): Expr(.attribute(result, name), location)
                case .index(let key): Expr(.index(result, key), result.location)
                }
            } else {
                return result
            }
        }
    }

    func isFullSplat() -> Bool {
        // Cheap first: `[` followed by anything but blanks and `*` is an index, not a splat.
        guard let next = cursor.peek(1), next == UInt8(ascii: "*") || next == 32 || next == 9 || next == 10 || next == 13
                || next == UInt8(ascii: "#") || next == UInt8(ascii: "/") else { return false }
        var copy = cursor
        copy.advance()
        try? copy.skipTrivia(newlines: true)
        guard copy.peek() == UInt8(ascii: "*") else { return false }
        copy.advance()
        try? copy.skipTrivia(newlines: true)
        return copy.peek() == UInt8(ascii: "]")
    }

    /// One `.name`, `.0` or `[expr]` step, or nil when the cursor is at none.
    mutating func parseTraversal(allowIndex: Bool) throws -> Traversal? {
        let startIndex = cursor.index
        if cursor.peek() == UInt8(ascii: "."), cursor.peek(1) != UInt8(ascii: ".") {
            let start = cursor.location
            cursor.advance()
            if let name = cursor.identifier() { return .attribute(name, start) }
            if Cursor.isDigit(cursor.peek()) {
                // Legacy `list.0` index syntax from HCL1.
                let digitsStart = cursor.location
                var digits = ""
                while let d = cursor.peek(), Cursor.isDigit(d) {
                    digits.append(Character(UnicodeScalar(d)))
                    cursor.advance()
                }
                return .index(Expr(.literal(.number(Decimal(string: digits) ?? 0)), digitsStart))
            }
            throw error("expected an attribute name after '.', found \(cursor.found)")
        }
        if allowIndex, cursor.peek() == UInt8(ascii: "[") {
            cursor.advance()
            let key = try nested(newlines: true) { parser in
                try parser.skip()
                let key = try parser.parseExpression()
                try parser.skip()
                return key
            }
            guard cursor.peek() == UInt8(ascii: "]") else {
                let start = cursor.location(at: startIndex)
                throw error("expected ']' to close the index opened at \(start.line):\(start.column), found \(cursor.found)")
            }
            cursor.advance()
            return .index(key)
        }
        return nil
    }

    /// After `[*]` both attributes and indexes apply to each element; after `.*` only
    /// attributes do, and a following `[i]` indexes the resulting tuple (HCL's rule).
    mutating func parseSplatSteps(source: Expr, full: Bool) throws -> Expr {
        var steps: [Traversal] = []
        while true {
            try cursor.skipTrivia(newlines: false)
            if cursor.peek() == UInt8(ascii: "."), cursor.peek(1) == UInt8(ascii: "*") { break }
            if cursor.peek() == UInt8(ascii: "["), isFullSplat() { break }
            guard let step = try parseTraversal(allowIndex: full) else { break }
            steps.append(step)
        }
        return Expr(.splat(source, steps), source.location)
    }
}
