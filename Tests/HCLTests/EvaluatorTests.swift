import Diagnostics
import Foundation
@testable import HCL
import Testing

@Suite struct EvaluatorTests {
    @Test func unknownPropagatesThroughOperatorsCallsAndTemplates() throws {
        let vars: [String: Value] = ["dependency": ["vpc": ["outputs": .unknown]]]
        #expect(try evaluate("dependency.vpc.outputs.private_subnets", vars) == .unknown)
        #expect(try evaluate("dependency.vpc.outputs.ids[0]", vars) == .unknown)
        #expect(try evaluate("dependency.vpc.outputs.x + 1", vars) == .unknown)
        #expect(try evaluate("!dependency.vpc.outputs.x", vars) == .unknown)
        #expect(try evaluate(#""id-${dependency.vpc.outputs.vpc_id}""#, vars) == .unknown)
        #expect(try evaluate("length(dependency.vpc.outputs.subnets)", vars) == .unknown)
        #expect(try evaluate("dependency.vpc.outputs.on ? 1 : 2", vars) == .unknown)
        #expect(try evaluate("[for s in dependency.vpc.outputs.subnets : s]", vars) == .unknown)
        #expect(try evaluate("dependency.vpc.outputs[*].id", vars) == .unknown)
        // Known parts stay known around an unknown element.
        #expect(try evaluate("{ a = 1, b = dependency.vpc.outputs.x }", vars) == ["a": 1, "b": .unknown])
        #expect(try evaluate("jsonencode({ a = dependency.vpc.outputs.x })", vars) == .unknown)
    }

    @Test func unsupportedFunctionIsUnknownAndRecorded() throws {
        let evaluator = Evaluator()
        let value = try evaluator.evaluate(Parser.parseExpression("cidrsubnet(\"10.0.0.0/16\", 8, 1)", file: "x.hcl"))
        #expect(value == .unknown)
        #expect(evaluator.diagnostics.count == 1)
        #expect(evaluator.diagnostics.first?.message.hasPrefix("unsupported function 'cidrsubnet'") == true)
        #expect(evaluator.diagnostics.first?.location == SourceLocation(file: "x.hcl", line: 1, column: 1))
    }

    @Test func tryAndCan() throws {
        let vars: [String: Value] = ["local": ["m": ["a": 1]]]
        #expect(try evaluate("try(local.m.b, local.m.a)", vars) == 1)
        #expect(try evaluate("try(local.m.b, \"fallback\")", vars) == "fallback")
        #expect(try evaluate("can(local.m.b)", vars) == false)
        #expect(try evaluate("can(local.m.a)", vars) == true)
        #expect(throws: HCLError.self) { try evaluate("try(local.m.b, local.m.c)", vars) }
    }

    @Test func conditionals() throws {
        let vars: [String: Value] = ["var": ["env": "prod", "count": 3]]
        #expect(try evaluate(#"var.env == "prod" ? "db.t3.large" : "db.t3.small""#, vars) == "db.t3.large")
        #expect(try evaluate("var.count > 2 && var.env != \"dev\"", vars) == true)
        #expect(throws: HCLError.self) { try evaluate("1 ? 2 : 3") }
    }

    @Test func typeErrorsPointAtTheExpression() throws {
        do {
            _ = try evaluate("local.a.nope", ["local": ["a": ["id": 1]]])
            Issue.record("expected an error")
        } catch let error as HCLError {
            #expect(error.message == "object has no attribute 'nope'")
            #expect(error.location?.column == 8)
        }
        do {
            _ = try evaluate("local.nmae", ["local": ["name": 1]])
        } catch let error as HCLError {
            #expect(error.message == "object has no attribute 'nmae'; did you mean 'name'?")
        }
        #expect(throws: HCLError.self) { try evaluate("1 / 0") }
        #expect(throws: HCLError.self) { try evaluate("\"a\" + 1") }
        #expect(throws: HCLError.self) { try evaluate("[1][5]") }
        #expect(throws: HCLError.self) { try evaluate("nope") }
    }

    @Test func locals() throws {
        let body = try Parser.parse("""
        locals {
          namespace = "${local.environment}-${local.platform_name}"
          environment = "prod"
          platform_name = lower("YourSchool")
          tags = merge(local.base, { Environment = local.environment })
          base = { Platform = local.platform_name }
        }
        """, file: "env.hcl")
        let evaluator = Evaluator()
        let locals = try evaluator.evaluateLocals(body.blocks("locals")[0].body.attributes)
        #expect(locals["namespace"] == "prod-yourschool")
        #expect(locals["tags"] == ["Platform": "yourschool", "Environment": "prod"])
        #expect(evaluator.variables["local"]?["environment"] == "prod")
    }

    @Test func localsCycleIsReportedByName() throws {
        let body = try Parser.parse("""
        locals {
          ok = 1
          a = local.b + 1
          b = "${local.c}"
          c = local.a
        }
        """, file: "c.hcl")
        do {
            try Evaluator().evaluateLocals(body.blocks[0].body.attributes)
            Issue.record("expected a cycle")
        } catch let error as HCLError {
            #expect(error.message == "locals depend on each other in a cycle: local.a -> local.b -> local.c -> local.a")
            #expect(error.location == SourceLocation(file: "c.hcl", line: 3, column: 3))
        }
        let selfReference = try Parser.parse("locals {\n  x = local.x\n}", file: "s.hcl")
        #expect(throws: HCLError.cycle(SourceLocation(file: "s.hcl", line: 2, column: 3), ["local.x", "local.x"])) {
            try Evaluator().evaluateLocals(selfReference.blocks[0].body.attributes)
        }
    }
}
