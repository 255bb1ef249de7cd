import Diagnostics
@testable import HCL
import Testing

@Suite struct SyntaxErrorTests {
    /// Broken inputs and the exact `line:column: message` each must produce.
    static let cases: [(String, String)] = [
        ("locals {\n  a = {\n    b = 1\n", "4:1: expected '}' to close the object opened at 2:7"),
        ("a = \"abc\n", "1:5: unterminated string: expected '\"' before the end of the line"),
        ("a = \"abc", "1:5: unterminated string: expected '\"' to close the string opened here"),
        ("block {\n  x = 1\n", "3:1: expected '}' to close the block opened at 1:7"),
        ("a = [1, 2\nb = 3", "2:1: expected ',' or ']' to close the tuple opened at 1:5, found 'b'"),
        ("a = f(1 2)", "1:9: expected ',' or ')' to close the call to f opened at 1:6, found '2'"),
        ("a = (1 + 2", "1:11: expected ')' to close the parenthesis opened at 1:5, found end of file"),
        ("a = 1 +\n", "1:8: expected an expression, found a newline"),
        ("a = true ? 1\n", "1:13: expected ':' in the conditional started at 1:5, found a newline"),
        ("a = 1 b = 2", "1:7: expected a newline after 'a', found 'b'"),
        ("= 1", "1:1: expected an attribute name or a block type, found '='"),
        ("a = <<EOF\nno end\n", "1:5: unterminated heredoc: expected a line holding only 'EOF'"),
        ("/* open", "1:1: unterminated comment: expected '*/' to close the comment opened here"),
        ("a = 1\na = 2", "2:1: attribute 'a' was already defined at 1:1"),
        ("a = [for x in xs x]", "1:18: expected ':' after the collection of the for expression, found 'x'"),
        ("a = {for k, v in m : k v}", "1:24: expected '=>' after the key of the for expression, found 'v'"),
        ("a = {\n  b 1\n}", "2:5: expected '=' or ':' after the object key, found '1'"),
        ("a = x.\n", "1:7: expected an attribute name after '.', found a newline"),
        ("a = x[1", "1:8: expected ']' to close the index opened at 1:6, found end of file"),
        ("}", "1:1: unexpected '}': no block is open"),
        ("blk \"${x}\" {}", "1:5: block labels must be plain strings, without ${ } or %{ }"),
        ("blk 1 {}", "1:5: expected '=' or a block label or '{' after 'blk', found '1'"),
    ]

    @Test(arguments: cases) func pointsAtTheProblem(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test func conformsToUserError() {
        let error = HCLError.syntax(SourceLocation(file: "env.hcl", line: 3, column: 5), "expected '}'")
        #expect(error.exitCode == .badInput)
        #expect(error.description == "env.hcl:3:5: error: expected '}'")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "a = " + String(repeating: "[", count: 10_000)
        #expect(syntaxError(deep)?.contains("nested more than") == true)
        let parens = "a = " + String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        #expect(syntaxError(parens)?.contains("nested more than") == true)
        let chain = "a = " + Array(repeating: "1", count: 5_000).joined(separator: " + ")
        #expect(syntaxError(chain) != nil)
        let negations = "a = " + String(repeating: "!", count: 5_000) + "true"
        #expect(syntaxError(negations) != nil)
    }
}
