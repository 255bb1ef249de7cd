import Diagnostics
import Foundation
@testable import HCL
import Testing

/// Parses one expression and evaluates it with the given root variables.
func evaluate(_ text: String, _ variables: [String: Value] = [:], context: TerragruntContext = .none) throws -> Value {
    try Evaluator(variables: variables, context: context).evaluate(Parser.parseExpression(text))
}

/// The syntax error a text raises, as "line:column: message", or nil when it parses.
func syntaxError(_ text: String) -> String? {
    do {
        _ = try Parser.parse(text, file: "t.hcl")
        return nil
    } catch let error as HCLError {
        guard let location = error.location else { return error.message }
        return "\(location.line):\(location.column): \(error.message)"
    } catch {
        return "\(error)"
    }
}

func attribute(_ text: String, _ name: String = "a") throws -> Expr {
    let body = try Parser.parse(text, file: "t.hcl")
    guard let attribute = body.attribute(name) else { throw HCLError.evaluation(nil, "no attribute \(name)") }
    return attribute.value
}
