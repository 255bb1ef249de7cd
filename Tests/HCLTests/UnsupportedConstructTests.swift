import Diagnostics
@testable import HCL
import Testing

/// What the parser or evaluator does not support is reported with its position and a message
/// that says what is wrong, never a trap: a syntax error, an evaluation error, or (where the
/// import can go on) a warning and an unknown value.
@Suite struct UnsupportedConstructTests {
    static let syntax: [(String, String)] = [
        // Ruby's squiggly heredoc is not HCL: only `<<` and `<<-`.
        ("a = <<~EOF\nx\nEOF\n", "1:7: expected a heredoc marker such as EOF after '<<', found '~'"),
        // A .tf.json file given as native syntax.
        ("{\"a\": 1}\n", "1:1: expected an attribute name or a block type, found '{'"),
        ("blk \"${x}\" {}\n", "1:5: block labels must be plain strings, without ${ } or %{ }"),
        ("a = x[*\n", "1:7: expected an expression, found '*'"),
        ("a = \"%{ while x }\"\n", "1:6: expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{', found 'while'"),
    ]

    @Test(arguments: syntax) func syntaxIsReportedInPlace(input: String, expected: String) {
        #expect(syntaxError(input) == expected)
    }

    @Test func unsupportedFunctionWarnsAndGivesUnknown() throws {
        let body = try Parser.parse("locals {\n  net = cidrsubnet(\"10.0.0.0/16\", 8, 1)\n}\n", file: "u.hcl")
        let evaluator = Evaluator()
        let locals = try evaluator.evaluateLocals(body.blocks[0].body.attributes)
        #expect(locals["net"] == .unknown)
        #expect(evaluator.diagnostics.map(\.location) == [SourceLocation(file: "u.hcl", line: 2, column: 9)])
        #expect(evaluator.diagnostics.first?.description.hasPrefix("u.hcl:2:9: warning: unsupported function 'cidrsubnet'") == true)
    }

    @Test func unsupportedFormatVerbIsAnEvaluationError() throws {
        let expression = try Parser.parseExpression("format(\"%x\", 255)", file: "f.hcl")
        #expect(throws: HCLError.evaluation(SourceLocation(file: "f.hcl", line: 1, column: 1),
                                            "format() verb '%x' is not supported (use %s, %d, %v, %q, %f)")) {
            try Evaluator().evaluate(expression)
        }
    }
}
