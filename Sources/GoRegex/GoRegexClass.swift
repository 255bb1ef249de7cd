/// Character classes and escapes of Go's regexp syntax: `[a-z_]`, `[^\d]`, `[[:alpha:]]`,
/// `\d \w \s` and their negations, `\t \n \x41 \x{263a}`, and escaped punctuation.
enum GoRegexClass {
    static let posix: [String: [ClosedRange<UInt32>]] = [
        "alnum": [48...57, 65...90, 97...122], "alpha": [65...90, 97...122], "ascii": [0...0x7F],
        "blank": [9...9, 32...32], "cntrl": [0...31, 127...127], "digit": [48...57],
        "graph": [33...126], "lower": [97...122], "print": [32...126],
        "punct": [33...47, 58...64, 91...96, 123...126], "space": [9...13, 32...32], "upper": [65...90],
        "word": ScalarTest.word, "xdigit": [48...57, 65...70, 97...102],
    ]

    /// A class from just after its `[` to just after its `]`.
    static func parse(_ scalars: [Unicode.Scalar], _ position: inout Int, caseInsensitive: Bool) throws -> ScalarTest {
        let opening = position
        func failure(_ problem: String) -> GoRegexError { GoRegexError(offset: opening, problem: problem) }
        var test = ScalarTest(ranges: [], foldsCase: caseInsensitive)
        if position < scalars.count, scalars[position] == "^" {
            test.negated = true
            position += 1
        }
        var first = true
        while true {
            guard position < scalars.count else { throw failure("missing closing ]") }
            let next = scalars[position]
            if next == "]", !first {
                position += 1
                return test
            }
            first = false
            if next == "[", position + 1 < scalars.count, scalars[position + 1] == ":" {
                guard let close = (position + 2..<scalars.count).first(where: { scalars[$0] == ":" && $0 + 1 < scalars.count
                                                                                && scalars[$0 + 1] == "]" }) else {
                    throw failure("missing closing ]")
                }
                var name = String(String.UnicodeScalarView(scalars[(position + 2)..<close]))
                let negated = name.hasPrefix("^")
                if negated { name.removeFirst() }
                guard let ranges = posix[name] else { throw failure("invalid character class range [:\(name):]") }
                test.ranges += negated ? complement(ranges) : ranges
                position = close + 2
                continue
            }
            let low: ClosedRange<UInt32>
            if next == "\\" {
                position += 1
                let escaped = try escape(scalars, &position)
                // `\d`, `\W` and the like are sets, not a range's end.
                guard escaped.ranges.count == 1, escaped.ranges[0].count == 1, !escaped.negated else {
                    test.ranges += escaped.negated ? complement(escaped.ranges) : escaped.ranges
                    continue
                }
                low = escaped.ranges[0]
            } else {
                position += 1
                low = next.value...next.value
            }
            // A range `a-z`, unless the `-` is the class's last character.
            if position + 1 < scalars.count, scalars[position] == "-", scalars[position + 1] != "]" {
                position += 1
                var high = scalars[position].value
                position += 1
                if scalars[position - 1] == "\\" {
                    let escaped = try escape(scalars, &position)
                    guard escaped.ranges.count == 1, !escaped.negated else { throw failure("invalid character class range") }
                    high = escaped.ranges[0].lowerBound
                }
                guard high >= low.lowerBound else { throw failure("invalid character class range") }
                test.ranges.append(low.lowerBound...high)
            } else {
                test.ranges.append(low)
            }
        }
    }

    /// An escape from just after its backslash: one character, or a set (`\d`).
    static func escape(_ scalars: [Unicode.Scalar], _ position: inout Int) throws -> ScalarTest {
        let at = position
        func failure(_ problem: String) -> GoRegexError { GoRegexError(offset: at, problem: problem) }
        guard position < scalars.count else { throw failure("trailing backslash at end of expression") }
        let next = scalars[position]
        position += 1
        func one(_ value: UInt32) -> ScalarTest { ScalarTest(ranges: [value...value]) }
        switch next {
        case "d": return ScalarTest(ranges: ScalarTest.digit)
        case "D": return ScalarTest(ranges: ScalarTest.digit, negated: true)
        case "w": return ScalarTest(ranges: ScalarTest.word)
        case "W": return ScalarTest(ranges: ScalarTest.word, negated: true)
        case "s": return ScalarTest(ranges: ScalarTest.space)
        case "S": return ScalarTest(ranges: ScalarTest.space, negated: true)
        case "t": return one(9)
        case "n": return one(10)
        case "v": return one(11)
        case "f": return one(12)
        case "r": return one(13)
        case "a": return one(7)
        case "x": return one(try hex(scalars, &position, at: at))
        case "0"..."9":
            throw failure("backreferences and octal escapes are not supported: write the character itself")
        default:
            // Go lets any punctuation be escaped; a letter it does not know is an error.
            guard next.value < 128, !next.properties.isAlphabetic else { throw failure("invalid escape sequence \\\(next)") }
            return one(next.value)
        }
    }

    /// `\x41` or `\x{263a}`, from just after the `x`.
    private static func hex(_ scalars: [Unicode.Scalar], _ position: inout Int, at: Int) throws -> UInt32 {
        let failure = GoRegexError(offset: at, problem: "invalid escape sequence \\x")
        func digit(_ index: Int) -> UInt32? {
            guard index < scalars.count else { return nil }
            return UInt32(String(scalars[index]), radix: 16)
        }
        if position < scalars.count, scalars[position] == "{" {
            var value: UInt32 = 0
            var index = position + 1
            while let next = digit(index) {
                value = value * 16 + next
                guard value <= 0x10FFFF else { throw failure }
                index += 1
            }
            guard index > position + 1, index < scalars.count, scalars[index] == "}" else { throw failure }
            position = index + 1
            return value
        }
        guard let high = digit(position), let low = digit(position + 1) else { throw failure }
        position += 2
        return high * 16 + low
    }

    /// The Unicode scalar values not in `ranges`.
    static func complement(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            next = max(next, range.upperBound &+ 1)
        }
        if next <= 0x10FFFF { result.append(next...0x10FFFF) }
        return result
    }
}
