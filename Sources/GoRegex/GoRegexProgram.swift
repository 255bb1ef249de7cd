/// The pieces of a compiled `GoRegex`: the automaton's instructions, what a character state
/// accepts, and the zero-width assertions.
extension GoRegex {
    enum Instruction: Sendable {
        /// Reads one character that passes the test, then goes on to the next instruction.
        case scalar(ScalarTest)
        case split(Int, Int)
        case jump(Int)
        /// Goes on to the next instruction only where the assertion holds.
        case assert(Assertion)
        case match
    }

    enum Assertion: Sendable {
        case lineStart, lineEnd, textStart, textEnd, wordBoundary, notWordBoundary

        func holds(previous: Unicode.Scalar?, following: Unicode.Scalar?) -> Bool {
            switch self {
            case .textStart: return previous == nil
            case .textEnd: return following == nil
            case .lineStart: return previous == nil || previous == "\n"
            case .lineEnd: return following == nil || following == "\n"
            case .wordBoundary: return ScalarTest.isWord(previous) != ScalarTest.isWord(following)
            case .notWordBoundary: return ScalarTest.isWord(previous) == ScalarTest.isWord(following)
            }
        }
    }
}

/// What one character state accepts: a set of ranges of Unicode scalar values, possibly
/// negated, compared case-folded under `(?i)`.
struct ScalarTest: Sendable {
    var ranges: [ClosedRange<UInt32>]
    var negated = false
    var foldsCase = false

    static let digit: [ClosedRange<UInt32>] = [48...57]
    static let word: [ClosedRange<UInt32>] = [48...57, 65...90, 95...95, 97...122]
    /// Go's `\s`: space, \t, \n, \v, \f, \r.
    static let space: [ClosedRange<UInt32>] = [9...13, 32...32]
    /// Any character; `.` without `(?s)` leaves out the newline.
    static let anyButNewline: [ClosedRange<UInt32>] = [0...9, 11...0x10FFFF]

    func accepts(_ scalar: Unicode.Scalar) -> Bool {
        var found = contains(scalar.value)
        if !found, foldsCase {
            found = Self.otherCases(of: scalar).contains { contains($0) }
        }
        return found != negated
    }

    private func contains(_ value: UInt32) -> Bool { ranges.contains { $0.contains(value) } }

    /// The scalar's other cases, one scalar each (Go folds case by simple folding).
    static func otherCases(of scalar: Unicode.Scalar) -> [UInt32] {
        let properties = scalar.properties
        return [properties.lowercaseMapping, properties.uppercaseMapping].compactMap { mapping in
            let scalars = mapping.unicodeScalars
            guard scalars.count == 1, let only = scalars.first, only != scalar else { return nil }
            return only.value
        }
    }

    /// Go's ASCII word characters, for `\b`.
    static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let value = scalar?.value else { return false }
        return word.contains { $0.contains(value) }
    }
}
