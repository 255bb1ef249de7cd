import Foundation
import GoRegex

/// A list of retryable-error patterns, compiled on the first failure that asks and kept, as
/// every failed unit of every rehearsal asks. Compiled with Go's syntax and matched in linear
/// time (`GoRegex`), as Terragrunt's Go engine does.
final class RetryPatterns: @unchecked Sendable {
    private let sources: [String]
    private let lock = NSLock()
    private var compiled: [(expression: GoRegex?, literal: [UInt8])]?

    init(_ sources: [String]) { self.sources = sources }

    func matches(_ text: String) -> Bool { firstMatch(text) != nil }

    /// The index of the first pattern that matches `text`, in the order they were given.
    func firstMatch(_ text: String) -> Int? {
        lock.withLock {
            let patterns = compiled ?? sources.map { source in
                let searchable = Self.searchable(source)
                return (try? GoRegex(searchable), Self.requiredLiteral(searchable))
            }
            compiled = patterns
            var utf8 = text
            return utf8.withUTF8 { bytes in
                patterns.firstIndex { pattern in
                    // Most patterns start with words the output does not hold: a byte search
                    // says so for a fraction of what running the expression costs.
                    guard pattern.literal.isEmpty || Self.contains(bytes, pattern.literal) else { return false }
                    return pattern.expression?.matches(text) == true
                }
            }
        }
    }

    /// Whether `bytes` hold `literal`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: [UInt8]) -> Bool {
        guard let first = literal.first, bytes.count >= literal.count else { return literal.isEmpty }
        var start = 0
        while start <= bytes.count - literal.count {
            if bytes[start] == first {
                var offset = 1
                while offset < literal.count, bytes[start + offset] == literal[offset] { offset += 1 }
                if offset == literal.count { return true }
            }
            start += 1
        }
        return false
    }

    /// `pattern` without a leading or trailing `.*`, which Terragrunt's patterns carry
    /// (`(?s).*Error installing provider.*tcp.*timeout.*`) but which cannot change whether
    /// a search finds a match anywhere: fewer states to follow at every character.
    static func searchable(_ pattern: String) -> String {
        let (flags, body) = split(pattern)
        var text = Substring(body)
        while text.hasPrefix(".*") { text = text.dropFirst(2) }
        while text.hasSuffix(".*") {
            let rest = text.dropLast(2)
            // `\.*` is a run of literal dots: only an unescaped dot is "anything".
            guard rest.reversed().prefix(while: { $0 == "\\" }).count % 2 == 0 else { break }
            text = rest
        }
        return flags + text
    }

    /// The literal text every match starts with, or nothing when there is none to rely on
    /// (case-insensitive or extended flags, an alternation, a quantified first character).
    static func requiredLiteral(_ pattern: String) -> [UInt8] {
        let (flags, body) = split(pattern)
        guard !flags.contains("i"), !flags.contains("x"), !body.contains("|") else { return [] }
        var literal: [Character] = []
        for character in body {
            if "\\^$.|?*+()[]{}".contains(character) {
                // A quantifier may make the last character optional.
                if "?*{".contains(character) { literal = literal.dropLast() }
                break
            }
            literal.append(character)
        }
        return Array(String(literal).utf8)
    }

    /// A leading inline flag group (`(?s)`, `(?is)`), and the rest.
    private static func split(_ pattern: String) -> (flags: String, body: String) {
        guard pattern.hasPrefix("(?"), let close = pattern.firstIndex(of: ")") else { return ("", pattern) }
        let letters = pattern[pattern.index(pattern.startIndex, offsetBy: 2)..<close]
        guard !letters.isEmpty, letters.allSatisfy({ "imsxU".contains($0) }) else { return ("", pattern) }
        return (String(pattern[...close]), String(pattern[pattern.index(after: close)...]))
    }
}
