/// A parsed `GoRegex`, before compiling.
indirect enum GoRegexNode {
    case empty
    case scalar(ScalarTest)
    case assert(GoRegex.Assertion)
    case concat([GoRegexNode])
    case alternate([GoRegexNode])
    /// `max` nil: no upper bound.
    case repetition(GoRegexNode, min: Int, max: Int?)
}

/// Go's regexp/syntax, read by recursive descent: alternation, then concatenation, then atoms
/// with their repetition. Flags (`(?i)`, `(?s)`, `(?m)`) last to the end of their group.
struct GoRegexParser {
    struct Flags { var caseInsensitive = false, multiLine = false, dotAll = false }

    private let scalars: [Unicode.Scalar]
    private var position = 0
    /// Go refuses counts past 1,000 in `{n,m}`.
    static let maxRepeat = 1000

    init(_ pattern: String) { scalars = Array(pattern.unicodeScalars) }

    mutating func parse() throws -> GoRegexNode {
        var flags = Flags()
        let tree = try alternation(&flags)
        if position < scalars.count { throw failure("unexpected )") }
        return tree
    }

    private var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func failure(_ problem: String) -> GoRegexError { GoRegexError(offset: position + 1, problem: problem) }

    private mutating func alternation(_ flags: inout Flags) throws -> GoRegexNode {
        var branches = [try concatenation(&flags)]
        while peek == "|" {
            position += 1
            branches.append(try concatenation(&flags))
        }
        return branches.count == 1 ? branches[0] : .alternate(branches)
    }

    private mutating func concatenation(_ flags: inout Flags) throws -> GoRegexNode {
        var items: [GoRegexNode] = []
        while let next = peek, next != "|", next != ")" {
            if "*+?".unicodeScalars.contains(next) { throw failure("missing argument to repetition operator \(next)") }
            guard let atom = try atom(&flags) else { continue }
            items.append(try repeated(atom))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .concat(items))
    }

    /// `*`, `+`, `?` and `{n,m}` after an atom, each optionally lazy; a second one is refused, as Go does.
    private mutating func repeated(_ atom: GoRegexNode) throws -> GoRegexNode {
        guard let bounds = try repetition() else { return atom }
        if peek == "?" { position += 1 }
        if let next = peek, "*+?".unicodeScalars.contains(next) || (next == "{" && lookingAtCount()) {
            throw failure("invalid nested repetition operator")
        }
        return .repetition(atom, min: bounds.min, max: bounds.max)
    }

    private mutating func repetition() throws -> (min: Int, max: Int?)? {
        switch peek {
        case "*": position += 1; return (0, nil)
        case "+": position += 1; return (1, nil)
        case "?": position += 1; return (0, 1)
        case "{" where lookingAtCount():
            position += 1
            let min = number() ?? 0
            var max: Int? = min
            if peek == "," {
                position += 1
                max = number()
            }
            position += 1  // the closing brace
            guard min <= Self.maxRepeat, (max ?? 0) <= Self.maxRepeat, max.map({ $0 >= min }) ?? true else {
                throw failure("invalid repeat count")
            }
            return (min, max)
        default: return nil
        }
    }

    /// Whether a `{` here starts `{n}`, `{n,}` or `{n,m}`; otherwise Go reads it as a literal brace.
    private func lookingAtCount() -> Bool {
        var index = position + 1
        func digits() -> Bool {
            let first = index
            while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            return index > first
        }
        guard digits() else { return false }
        if index < scalars.count, scalars[index] == "," {
            index += 1
            _ = digits()
        }
        return index < scalars.count && scalars[index] == "}"
    }

    private mutating func number() -> Int? {
        var value: Int?
        while let next = peek, ("0"..."9").contains(next) {
            value = min(100_000, (value ?? 0) * 10 + Int(next.value - 48))
            position += 1
        }
        return value
    }

    /// One atom; nil for a flag group such as `(?i)`, which only changes the flags.
    private mutating func atom(_ flags: inout Flags) throws -> GoRegexNode? {
        guard let next = peek else { return .empty }
        position += 1
        switch next {
        case "(": return try group(&flags)
        case "[": return .scalar(try GoRegexClass.parse(scalars, &position, caseInsensitive: flags.caseInsensitive))
        case ".": return .scalar(ScalarTest(ranges: flags.dotAll ? [0...0x10FFFF] : ScalarTest.anyButNewline))
        case "^": return .assert(flags.multiLine ? .lineStart : .textStart)
        case "$": return .assert(flags.multiLine ? .lineEnd : .textEnd)
        case "\\": return try escape(flags)
        default: return .scalar(ScalarTest(ranges: [next.value...next.value], foldsCase: flags.caseInsensitive))
        }
    }

    private mutating func escape(_ flags: Flags) throws -> GoRegexNode {
        guard let next = peek else { throw failure("trailing backslash at end of expression") }
        switch next {
        case "b": position += 1; return .assert(.wordBoundary)
        case "B": position += 1; return .assert(.notWordBoundary)
        case "A": position += 1; return .assert(.textStart)
        case "z": position += 1; return .assert(.textEnd)
        default:
            var test = try GoRegexClass.escape(scalars, &position)
            test.foldsCase = flags.caseInsensitive
            return .scalar(test)
        }
    }

    /// `(re)`, `(?:re)`, `(?P<name>re)`, `(?<name>re)`, `(?flags)` and `(?flags:re)`.
    private mutating func group(_ flags: inout Flags) throws -> GoRegexNode? {
        // A group left open is reported at its `(`.
        let opening = GoRegexError(offset: position, problem: "missing closing )")
        var inner = flags
        if peek == "?" {
            position += 1
            if peek == "P" { position += 1 }
            if peek == "<" {
                if position + 1 < scalars.count, scalars[position + 1] == "=" || scalars[position + 1] == "!" {
                    throw failure("lookbehind is not supported by Go's regexp")
                }
                guard let close = scalars[position...].firstIndex(of: ">") else { throw failure("invalid named capture") }
                position = close + 1
            } else if peek == "=" || peek == "!" {
                throw failure("lookahead is not supported by Go's regexp")
            } else {
                var on = true
                while let letter = peek, letter != ")", letter != ":" {
                    switch letter {
                    case "i": inner.caseInsensitive = on
                    case "m": inner.multiLine = on
                    case "s": inner.dotAll = on
                    case "U": break  // ungreedy: cannot change whether there is a match
                    case "-" where on: on = false
                    default: throw failure("invalid or unsupported Perl syntax")
                    }
                    position += 1
                }
                guard let end = peek else { throw opening }
                position += 1
                if end == ")" {
                    flags = inner
                    return nil
                }
            }
        }
        let body = try alternation(&inner)
        guard peek == ")" else { throw opening }
        position += 1
        return body
    }
}
