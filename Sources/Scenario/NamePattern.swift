/// Name rules that were regular expressions (`^[a-z][a-z0-9-]*$`), checked character by
/// character: the first regular expression of a run starts ICU, which cost a tenth of an
/// `edxplan cost`. `$` is the end of the text, as in the Go regular expressions the Terraform
/// AWS provider validates names with: a name that ends in a line break ("prod\n", easy to write
/// as a quoted YAML string) is refused, as Terraform refuses it.
enum NamePattern {
    /// `^[first][rest]{0,maxRest}$`, each set of ASCII characters given as a test.
    static func matches(_ text: String, first: (UInt8) -> Bool, rest: (UInt8) -> Bool, maxRest: Int = .max) -> Bool {
        let bytes = text.utf8
        guard let head = bytes.first, first(head), bytes.count - 1 <= maxRest else { return false }
        return bytes.dropFirst().allSatisfy(rest)
    }

    static func isLower(_ c: UInt8) -> Bool { c >= 97 && c <= 122 }
    static func isUpper(_ c: UInt8) -> Bool { c >= 65 && c <= 90 }
    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
}
