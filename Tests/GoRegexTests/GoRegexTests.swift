import Foundation
import GoRegex
import TestSupport
import Testing

/// `GoRegex`: Go's syntax, "is there a match anywhere", in time linear in the text.
@Suite struct GoRegexTests {
    func matches(_ pattern: String, _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        do {
            return try GoRegex(pattern).matches(text)
        } catch {
            Issue.record("\(pattern) did not compile: \(error)", sourceLocation: sourceLocation)
            return false
        }
    }

    @Test func terragruntsOwnPatternsMatchTheirErrors() {
        #expect(matches("(?s).*Error installing provider.*tcp.*timeout.*",
                        "Initializing...\nError installing provider \"aws\": dial tcp 1.2.3.4:443: i/o timeout\n"))
        #expect(!matches(".*Error installing provider.*tcp.*timeout.*", "Error installing provider\ndial tcp: timeout"),
                "without (?s) a dot does not cross the line")
        #expect(matches("(?s).*Client\\.Timeout exceeded while awaiting headers.*", "net/http: request canceled (Client.Timeout exceeded while awaiting headers)"))
        #expect(!matches("Client\\.Timeout", "ClientxTimeout"))
        #expect(matches("NoSuchBucket: The specified bucket does not exist", "Error: NoSuchBucket: The specified bucket does not exist"))
    }

    @Test func syntaxOfGo() {
        let cases: [(String, String, Bool)] = [
            ("a|b|c", "xxc", true), ("^abc$", "abc", true), ("^abc$", "xabc", false), ("^b", "a\nb", false),
            ("(?m)^b$", "a\nb\nc", true), ("(?i)bucketnotempty", "BucketNotEmpty", true), ("(?i:a)B", "Ab", false),
            ("colou?r", "color", true), ("colou?r", "colouur", false), ("a{2,3}", "caab", true), ("a{2,3}b", "cab", false),
            ("^a{2}$", "aa", true), ("^a{2}$", "aaa", false), ("x{2,}", "axxxb", true), ("[a-c]+z", "bcaz", true),
            ("[^a-c]z", "az", false), ("[^a-c]z", "dz", true), ("\\d{3}", "HTTP 409", true), ("\\bvpc\\b", "the vpc-1", true),
            ("\\bvpc\\b", "vpcs", false), ("\\Bpc", "vpc", true), ("[[:upper:]]{2}", "aBCd", true), ("[\\d.]+", "v1.2", true),
            ("a.c", "a\nc", false), ("(?s)a.c", "a\nc", true), ("(?:ab)+$", "ababab", true), ("(?P<code>\\w+)State", "GroupState", true),
            ("\\x41\\x{263a}", "A\u{263a}", true), ("a\\.*b", "a..b", true), ("a\\.*b", "axb", false), ("{", "a{", true),
            ("a{,2}", "a{,2}", true), ("", "anything", true), ("a*?b", "aab", true), ("(a|)+b", "b", true),
            ("\\$\\{", "cost ${x}", true), ("[]a]", "]", true), ("[a-]", "-", true), ("\\A\\w", " x", false), ("x\\z", "x\n", false),
        ]
        for (pattern, text, expected) in cases {
            #expect(matches(pattern, text) == expected, "\(pattern) on \(text.debugDescription)")
        }
    }

    @Test func whatGoRefusesIsRefusedWithWhere() {
        for (pattern, problem) in [
            ("(?s).*Invalid(.*", "missing closing ) at character 14"), ("a)", "unexpected ) at character 2"),
            ("*a", "missing argument to repetition operator * at character 1"), ("a**", "invalid nested repetition operator at character 3"),
            ("a{1001}", "invalid repeat count at character 8"), ("a{3,2}", "invalid repeat count at character 7"),
            ("(\\w)\\1", "backreferences and octal escapes are not supported: write the character itself at character 5"),
            ("(?=a)", "lookahead is not supported by Go's regexp at character 3"), ("(?<!a)b", "lookbehind is not supported by Go's regexp at character 3"),
            ("[z-a]", "invalid character class range at character 1"), ("[abc", "missing closing ] at character 1"),
            ("a\\", "trailing backslash at end of expression at character 3"), ("\\q", "invalid escape sequence \\q at character 1"),
            ("(?y)a", "invalid or unsupported Perl syntax at character 3"), ("[[:nope:]]", "invalid character class range [:nope:] at character 1"),
        ] {
            #expect(throws: GoRegexError.self, "\(pattern)") { try GoRegex(pattern) }
            #expect((try? GoRegex(pattern)) == nil)
            do { _ = try GoRegex(pattern) } catch { #expect("\(error)" == problem, "\(pattern)") }
        }
    }

    /// Patterns that keep a backtracking engine busy for minutes on one error message: Go,
    /// and this, answer after one pass.
    @Test func nestedRepetitionTakesOnePass() throws {
        let output = String(repeating: "Error: DependencyViolation: resource sg-0123 has a dependent object\n", count: 50)
        #expect(try !GoRegex("(.*)*zzz").matches(output))
        #expect(try !GoRegex("(\\w+\\s?)*$X").matches(output))
        #expect(try !GoRegex("(a|aa)+$b").matches(String(repeating: "a", count: 5000)))
        #expect(try GoRegex("((a+)+)+b").matches(String(repeating: "a", count: 3000) + "b"))
    }

    /// Against Foundation's engine, on patterns it answers quickly: the two agree.
    @Test func agreesWithFoundationOnSimplePatterns() throws {
        var random = SplitMix(seed: 20261126)
        let pieces = ["a", "b", "ab", ".", "a*", "b+", "(a|b)", "[ab]", "[^a]", "a?", "\\d", "x{1,2}", "^", "$"]
        let texts = ["", "a", "b", "ab", "ba", "aab", "abba", "x1", "xx2b", "bbbb", "a\nb"]
        for _ in 0..<400 {
            let pattern = (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "a" }.joined()
            let foundation = try NSRegularExpression(pattern: pattern)
            let ours = try GoRegex(pattern)
            for text in texts {
                let expected = foundation.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                #expect(ours.matches(text) == expected, "\(pattern) on \(text.debugDescription)")
            }
        }
    }

    /// Any string is either refused with a position or compiled and matched: never a crash,
    /// and never a program past the size Go allows.
    @Test func anyPatternIsRefusedOrAnswered() {
        var random = SplitMix(seed: 7)
        let alphabet = Array("ab.*+?|()[]{}^$\\-,:=!<>P0123dwsSbBxAz?i".unicodeScalars)
        for _ in 0..<5000 {
            let length = Int(random.next() % 14)
            let pattern = String(String.UnicodeScalarView((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
            guard let expression = try? GoRegex(pattern) else { continue }
            _ = expression.matches("ab{1,2}x\n0d")
        }
        #expect(throws: GoRegexError.self) { try GoRegex("((a{1000}){1000}){1000}") }
    }

}
