import Diagnostics
@testable import HCL
import Testing

@Suite struct TemplateTests {
    let locals: [String: Value] = ["local": ["environment": "prod", "platform_name": "yourschool",
                                             "platform_region": "usa_east", "names": ["a", "b"], "on": true]]

    @Test func interpolation() throws {
        #expect(try evaluate(#""${local.environment}-${local.platform_name}-${local.platform_region}""#, locals)
            == "prod-yourschool-usa_east")
        // A lone interpolation keeps the type of its value.
        #expect(try evaluate(#""${local.names}""#, locals) == ["a", "b"])
        #expect(try evaluate(#""n=${1 + 2}""#) == "n=3")
        #expect(try evaluate(#""${ { a = "x" }.a }""#) == "x")
    }

    @Test func directives() throws {
        #expect(try evaluate(#""%{ if local.on }yes%{ else }no%{ endif }""#, locals) == "yes")
        #expect(try evaluate(#""%{ if !local.on }yes%{ endif }!""#, locals) == "!")
        #expect(try evaluate(#""%{ for n in local.names }[${n}]%{ endfor }""#, locals) == "[a][b]")
        #expect(try evaluate(#""%{ for i, n in local.names }${i}=${n};%{ endfor }""#, locals) == "0=a;1=b;")
        #expect(try evaluate(#""%{ for n in local.names }%{ if n == "b" }${n}%{ endif }%{ endfor }""#, locals) == "b")
    }

    @Test func stripMarkers() throws {
        #expect(try evaluate(#""a   ${~ "b" ~}   c""#) == "abc")
        let text = """
        a = <<EOT
        %{ for n in local.names ~}
        - ${n}
        %{ endfor ~}
        done
        EOT
        """
        let value = try Evaluator(variables: locals).evaluate(attribute(text))
        #expect(value == "- a\n- b\ndone\n")
    }

    @Test func heredocs() throws {
        let plain = try attribute("a = <<EOF\n  one\n    two ${1 + 1}\nEOF\nb = 2\n")
        #expect(try Evaluator().evaluate(plain) == "  one\n    two 2\n")
        let indented = try attribute("a = <<-EOF\n    one\n\n      two\n    EOF\n")
        #expect(try Evaluator().evaluate(indented) == "one\n\n  two\n")
        // Backslashes are not escapes in heredocs.
        let raw = try attribute("a = <<EOF\nC:\\path\nEOF\n")
        #expect(try Evaluator().evaluate(raw) == "C:\\path\n")
        let body = try Parser.parse("a = <<EOF\nx ${local.missing}\nEOF\n", file: "t.hcl")
        #expect(throws: HCLError.self) { try Evaluator(variables: ["local": [:]]).evaluate(body.attributes[0].value) }
        do {
            _ = try Evaluator(variables: ["local": [:]]).evaluate(body.attributes[0].value)
        } catch let error as HCLError {
            #expect(error.location == SourceLocation(file: "t.hcl", line: 2, column: 10))
        }
    }

    @Test func templateErrors() {
        #expect(syntaxError("a = \"x %{ endif }\"") == "1:8: unexpected %{ endif } without a matching opening directive")
        #expect(syntaxError("a = \"%{ if true }x\"") == "1:6: expected %{ endif } for the %{ if } opened here, found the end of the template")
        #expect(syntaxError("a = \"%{ for x in y }x%{ endif }\"") == "1:6: expected %{ endfor } for the %{ for } opened here, found %{ endif }")
        #expect(syntaxError("a = \"${1 + }\"") == "1:12: expected an expression, found '}'")
        #expect(syntaxError("a = \"\\q\"") == "1:6: invalid escape sequence '\\q' in a string")
    }
}

@Suite struct HeredocInBlockTests {
    @Test func heredocWithDirectivesInsideABlock() throws {
        let text = """
        locals {
          policy = <<-EOT
            {
            %{~ for b in ["x", "y"] }
              "${b}": true,
            %{~ endfor }
            }
            EOT
          after = 1
        }
        """
        let body = try Parser.parse(text, file: "p.hcl")
        let attributes = body.blocks[0].body.attributes
        #expect(attributes.map(\.name) == ["policy", "after"])
        #expect(try Evaluator().evaluate(attributes[0].value) == "{\n  \"x\": true,\n  \"y\": true,\n}\n")
        #expect(attributes[1].location.line == 9)
    }
}
