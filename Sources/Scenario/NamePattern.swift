/// Name rules that were regular expressions (`^[a-z][a-z0-9-]*$`), checked character by
/// character: the first regular expression of a run starts ICU, which cost a tenth of an
/// `edxplan cost`. Matches exactly what NSRegularExpression matched, including its `$`,
/// which also matches before one line terminator that ends the text.
enum NamePattern {
    /// `^[first][rest]{0,maxRest}$`, each set of ASCII characters given as a test.
    static func matches(_ text: String, first: (UInt8) -> Bool, rest: (UInt8) -> Bool, maxRest: Int = .max) -> Bool {
        var scalars = Substring(text).unicodeScalars
        if scalars.last.map(isLineTerminator) == true {
            let last = scalars.removeLast()
            if last == "\n", scalars.last == "\r" { scalars.removeLast() }
        }
        guard let head = scalars.first, head.isASCII, first(UInt8(head.value)), scalars.count - 1 <= maxRest else { return false }
        return scalars.dropFirst().allSatisfy { $0.isASCII && rest(UInt8($0.value)) }
    }

    /// ICU's line terminators: LF, VT, FF, CR, NEL, LS and PS (CR LF counts as one).
    private static func isLineTerminator(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }

    static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
