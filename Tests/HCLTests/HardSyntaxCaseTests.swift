import Diagnostics
@testable import HCL
import Testing

/// The hard syntax cases of issue 6: each broken input and the exact `line:column: message` it
/// must produce. Columns count characters (Unicode scalars), so a tab is one column and so is
/// `é` or an emoji, whatever their UTF-8 length; the parser reads bytes but must not let that
/// show in a position.
@Suite struct HardSyntaxCaseTests {
    static let heredocsAndTemplatesCases: [(String, String)] = [
        // The closing line must hold only the marker: `EOF x` does not close it.
        ("a = <<EOF\nline\n  EOF x\n", "1:5: unterminated heredoc: expected a line holding only 'EOF'"),
        ("a = <<-EOT\n  one\n", "1:5: unterminated heredoc: expected a line holding only 'EOT'"),
        ("a = \"x-${local.b\"\n", "1:17: expected '}' to close the interpolation opened at 1:8, found '\"'"),
        ("a = <<EOF\n  ${x\nEOF\n", "3:1: expected '}' to close the interpolation opened at 2:3, found end of file"),
        ("a = \"x %{ endif } y\"\n", "1:8: unexpected %{ endif } without a matching opening directive"),
        ("a = <<EOF\n%{ endif }\nEOF\n", "2:1: unexpected %{ endif } without a matching opening directive"),
        ("a = \"%{ if true }x\"\n", "1:6: expected %{ endif } for the %{ if } opened here, found the end of the template"),
        ("a = <<EOF\n%{ for x in xs }\nEOF\n", "2:1: expected %{ endfor } for the %{ for } opened here, found the end of the template"),
        ("a = \"\\q\"\n", "1:6: invalid escape sequence '\\q' in a string"),
    ]

    static let tokensCases: [(String, String)] = [
        ("a = 1e999\n", "1:5: invalid number '1e999'"),
        ("a = 0x1F\n", "1:6: expected a newline after 'a', found 'x1F'"),
        ("a = 1.\n", "1:7: expected an attribute name after '.', found a newline"),
        ("locals {\n  a 1\n}\n", "2:5: expected '=' or a block label or '{' after 'a', found '1'"),
        ("a \"x\" = 1\n", "1:7: expected '=' or a block label or '{' after 'a', found '='"),
        ("a = 1 )\n", "1:7: expected a newline after 'a', found ')'"),
        ("a = f(1) ]\n", "1:10: expected a newline after 'a', found ']'"),
        ("a = x.y z\n", "1:9: expected a newline after 'a', found 'z'"),
        ("a = {for x on xs : x => 1}\n", "1:12: expected 'in' in the for expression started at 1:10, found 'on'"),
        ("a = [\"${x}\" for]\n", "1:13: expected ',' or ']' to close the tuple opened at 1:5, found 'for'"),
    ]

    static let unclosedAtEndOfFileCases: [(String, String)] = [
        ("block \"x\" {\n  inner {\n    a = 1\n  }\n", "5:1: expected '}' to close the block opened at 1:11"),
        ("a = {\n  b = [1, 2,\n", "3:1: expected ']' to close the tuple opened at 2:7"),
        ("a = {\n  b = 1\n", "3:1: expected '}' to close the object opened at 1:5"),
        ("a = [for x in xs : x\n", "2:1: expected ']' to close the for expression opened at 1:5, found end of file"),
        ("a = f(1,\n  2", "2:4: expected ',' or ')' to close the call to f opened at 1:6, found end of file"),
    ]

    /// Bytes that are not UTF-8 reach the parser as U+FFFD (the file is read into a String).
    static let badBytesCases: [(String, String)] = [
        ("a = 1\n\u{07}b = 2\n", "2:1: expected an attribute name or a block type, found the control character U+0007"),
        ("a = \u{01}\n", "1:5: expected an expression, found the control character U+0001"),
        ("a = x\u{FFFD}\n", "1:6: expected a newline after 'a', found a byte sequence that is not UTF-8 (read as U+FFFD)"),
        ("\u{FFFD} = 1\n", "1:1: expected an attribute name or a block type, found a byte sequence that is not UTF-8 (read as U+FFFD)"),
    ]

    static let tabsAndWideCharactersCases: [(String, String)] = [
        ("\ta = 1 +\n", "1:9: expected an expression, found a newline"),
        ("x {\n\t\tb = [1,\n\t\t\t2 3]\n}\n", "3:6: expected ',' or ']' to close the tuple opened at 2:7, found '3'"),
        ("a = \"é\" b\n", "1:9: expected a newline after 'a', found 'b'"),
        ("a = \"😀😀\" + ]\n", "1:12: expected an expression, found ']'"),
        // `e` and a combining accent are two scalars: two columns, though one visible character.
        ("name = \"e\u{301}\" = 2\n", "1:13: expected a newline after 'name', found '='"),
        ("# ünïcödé comment\nä = \"ö\" +\n", "2:10: expected an expression, found a newline"),
    ]

    @Test(arguments: heredocsAndTemplatesCases) func heredocsAndTemplates(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test(arguments: tokensCases) func tokens(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test(arguments: unclosedAtEndOfFileCases) func unclosedAtEndOfFile(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test(arguments: badBytesCases) func badBytes(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test func invalidUTF8FromDiskIsLocated() {
        // 0xFF is never UTF-8: decoding turns it into U+FFFD, which the parser reports in place.
        let bytes: [UInt8] = Array("locals {\n  ok = 1\n  ".utf8) + [0xFF] + Array(" = 2\n}\n".utf8)
        #expect(syntaxError(String(decoding: bytes, as: UTF8.self))
            == "3:3: expected an attribute name or a block type, found a byte sequence that is not UTF-8 (read as U+FFFD)")
    }

    @Test(arguments: tabsAndWideCharactersCases) func tabsAndWideCharacters(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test func nodePositionsAfterWideCharactersAndTabs() throws {
        let body = try Parser.parse("a = \"日本\"\n\tb = [\"é\", x.y]\n", file: "w.hcl")
        let b = try #require(body.attribute("b"))
        #expect(b.location == SourceLocation(file: "w.hcl", line: 2, column: 2))
        guard case .tuple(let items) = b.value.kind else {
            Issue.record("expected a tuple")
            return
        }
        #expect(items[1].location == SourceLocation(file: "w.hcl", line: 2, column: 13))  // the `.y`
    }

    @Test func byteOrderMarkIsNotAColumn() {
        #expect(syntaxError("\u{FEFF}a = 1 )\n") == "1:7: expected a newline after 'a', found ')'")
    }
}
