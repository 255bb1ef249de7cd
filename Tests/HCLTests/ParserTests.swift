import Diagnostics
import Foundation
@testable import HCL
import Testing

@Suite struct ParserTests {
    @Test func bodyWithAttributesBlocksLabelsAndComments() throws {
        let text = """
        # comment
        include "root" {
          path = find_in_parent_folders() // trailing
        }
        /* block
           comment */
        dependency vpc {
          config_path = "../vpc"
        }
        locals { a = 1 }
        x = true
        """
        let body = try Parser.parse(text, file: "t.hcl")
        #expect(body.blocks.map(\.type) == ["include", "dependency", "locals"])
        #expect(body.blocks[0].labels == ["root"])
        #expect(body.blocks[1].labels == ["vpc"])
        #expect(body.blocks[1].location == SourceLocation(file: "t.hcl", line: 7, column: 1))
        let path = try #require(body.blocks[0].body.attribute("path"))
        #expect(path.location == SourceLocation(file: "t.hcl", line: 3, column: 3))
        #expect(path.value.location == SourceLocation(file: "t.hcl", line: 3, column: 10))
        #expect(body.attribute("x")?.value.kind == .literal(.bool(true)))
        #expect(body.blocks[2].body.attribute("a")?.value.kind == .literal(.number(1)))
    }

    @Test func literals() throws {
        #expect(try evaluate("42") == 42)
        #expect(try evaluate("1.5e2") == .number(150))
        #expect(try evaluate("0.25") == .number(Decimal(25) / 100))
        #expect(try evaluate("null") == .null)
        #expect(try evaluate("false") == false)
        #expect(try evaluate(#""a\tb\"c\u00e9""#) == "a\tb\"cé")
        #expect(try evaluate(#""$${x} %%{y}""#) == "${x} %{y}")
    }

    @Test func precedence() throws {
        #expect(try evaluate("1 + 2 * 3") == 7)
        #expect(try evaluate("(1 + 2) * 3") == 9)
        #expect(try evaluate("10 - 4 - 3") == 3)
        #expect(try evaluate("7 % 4 * 2") == 6)
        #expect(try evaluate("-2 * 3") == -6)
        #expect(try evaluate("1 + 1 == 2 && 3 > 2 || false") == true)
        #expect(try evaluate("!true || true") == true)
        #expect(try evaluate("!(true || true)") == false)
        #expect(try evaluate("1 < 2 == true") == true)
        #expect(try evaluate("false && true || true") == true)
        #expect(try evaluate("true ? 1 : false ? 2 : 3") == 1)
        #expect(try evaluate("false ? 1 : false ? 2 : 3") == 3)
        #expect(try evaluate("2 >= 2 && 2 <= 1 != true") == true)
    }

    @Test func tuplesAndObjects() throws {
        let value = try evaluate("""
        {
          a = [1, 2,
               3,]
          "b" : { c = "d", e = null }
          (local.k) = 1,
        }
        """, ["local": ["k": "dyn"]])
        #expect(value == ["a": [1, 2, 3], "b": ["c": "d", "e": nil], "dyn": 1])
        #expect(try evaluate("{}") == .object([:]))
        #expect(try evaluate("[]") == .tuple([]))
    }

    @Test func indexAttributeAndLegacyIndex() throws {
        let vars: [String: Value] = ["var": ["xs": [["n": "a"], ["n": "b"]], "m": ["k-1": 5]]]
        #expect(try evaluate("var.xs[1].n", vars) == "b")
        #expect(try evaluate("var.xs.0.n", vars) == "a")
        #expect(try evaluate(#"var.m["k-1"]"#, vars) == 5)
        #expect(try evaluate("var.m.k-1", vars) == 5)
    }

    @Test func splats() throws {
        let vars: [String: Value] = ["var": ["xs": [["id": "a", "t": [1, 2]], ["id": "b", "t": [3, 4]]], "one": ["id": "z"]]]
        #expect(try evaluate("var.xs[*].id", vars) == ["a", "b"])
        #expect(try evaluate("var.xs.*.id", vars) == ["a", "b"])
        #expect(try evaluate("var.xs[*].t[0]", vars) == [1, 3])
        #expect(try evaluate("var.xs.*.id[1]", vars) == "b")
        #expect(try evaluate("var.one[*].id", vars) == ["z"])
        #expect(try evaluate("null[*]") == .tuple([]))
    }

    @Test func forExpressions() throws {
        #expect(try evaluate("[for x in [1, 2, 3] : x * 2 if x != 2]") == [2, 6])
        #expect(try evaluate("[for i, x in [\"a\", \"b\"] : \"${i}${x}\"]") == ["0a", "1b"])
        #expect(try evaluate("{for k, v in {a = 1, b = 2} : upper(k) => v}") == ["A": 1, "B": 2])
        #expect(try evaluate("""
        {
          for s in ["ax", "ay", "bz"] :
          substr(s, 0, 1) => s...
        }
        """) == ["a": ["ax", "ay"], "b": ["bz"]])
        #expect(try evaluate("{ for = 1 }") == ["for": 1])
        #expect(throws: HCLError.self) { try evaluate("{for s in [\"a\", \"a\"] : s => s}") }
    }

    @Test func callsWithExpansion() throws {
        #expect(try evaluate("max(1, 5, 3)") == 5)
        #expect(try evaluate("max([1, 9, 3]...)") == 9)
        #expect(try evaluate("concat([1], [2, 3],)") == [1, 2, 3])
        #expect(try evaluate("format(\"%s-%s\", [\"a\", \"b\"]...)") == "a-b")
    }

    @Test func everyNodeHasALocation() throws {
        let expression = try attribute("\n  a = foo(1,\n   bar.baz)\n")
        #expect(expression.location == SourceLocation(file: "t.hcl", line: 2, column: 7))
        guard case .call(_, let arguments, _) = expression.kind else { Issue.record("not a call"); return }
        #expect(arguments[1].location.line == 3)
        #expect(arguments[1].location.column == 7)  // attribute access points at its `.baz`
    }
}

@Suite struct ParserEdgeTests {
    @Test func byteOrderMarkAndCRLF() throws {
        let body = try Parser.parse("\u{FEFF}a = 1\r\nb = <<EOF\r\nx\r\nEOF\r\nblk {\r\n  c = [1,\r\n 2]\r\n}\r\n", file: "w.hcl")
        #expect(body.attributes.map(\.name) == ["a", "b"])
        #expect(body.blocks.first?.body.attribute("c") != nil)
    }

    @Test func realisticNestingEvaluates() throws {
        let depth = 12
        let text = String(repeating: "[{ a = ", count: depth) + "1" + String(repeating: " }]", count: depth)
        var value = try evaluate(text)
        for _ in 0..<depth { value = value.tupleValue?.first?["a"] ?? .null }
        #expect(value == 1)
        let chain = Array(repeating: "1", count: 150).joined(separator: " + ")
        #expect(try evaluate(chain) == 150)
    }

    @Test func heredocInsideACallAndNamesWithDashes() throws {
        let body = try Parser.parse("a = trimspace(<<-EOT\n    hello\n    EOT\n)\nb = local.my-name\n", file: "t.hcl")
        #expect(try Evaluator().evaluate(body.attributes[0].value) == "hello")
        #expect(try Evaluator(variables: ["local": ["my-name": 3]]).evaluate(body.attributes[1].value) == 3)
    }
}
