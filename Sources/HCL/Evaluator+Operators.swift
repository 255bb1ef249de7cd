import Diagnostics
import Foundation

extension Evaluator {
    func unary(_ op: UnaryOperator, _ operand: Value, at location: SourceLocation) throws -> Value {
        if operand.isUnknown { return .unknown }
        switch op {
        case .not: return .bool(!(try operand.toBool(at: location)))
        case .negate: return .number(-(try operand.toNumber(at: location)))
        }
    }

    /// Both operands are always evaluated (HCL does not short-circuit); any unknown operand
    /// makes the result unknown.
    func binary(_ op: BinaryOperator, _ left: Value, _ right: Value, at location: SourceLocation) throws -> Value {
        if left.isUnknown || right.isUnknown { return .unknown }
        switch op {
        case .equal: return .bool(left == right)
        case .notEqual: return .bool(left != right)
        case .and: return .bool(try left.toBool(at: location) && right.toBool(at: location))
        case .or: return .bool(try left.toBool(at: location) || right.toBool(at: location))
        default: break
        }
        let a = try left.toNumber(at: location)
        let b = try right.toNumber(at: location)
        switch op {
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .add: return try checked(a + b, at: location)
        case .subtract: return try checked(a - b, at: location)
        case .multiply: return try checked(a * b, at: location)
        case .divide:
            guard !b.isZero else { throw HCLError.evaluation(location, "division by zero") }
            return try checked(a / b, at: location)
        case .modulo:
            guard !b.isZero else { throw HCLError.evaluation(location, "modulo by zero") }
            // Truncated remainder, the sign following the dividend as in Terraform.
            var quotient = a / b
            var whole = Decimal()
            NSDecimalRound(&whole, &quotient, 0, .down)
            return try checked(a - b * whole, at: location)
        default: return .unknown
        }
    }

    /// Decimal overflows to NaN rather than trapping; report it instead of carrying NaN on.
    func checked(_ result: Decimal, at location: SourceLocation) throws -> Value {
        guard !result.isNaN else { throw HCLError.evaluation(location, "arithmetic overflow") }
        return .number(result)
    }

    func template(_ parts: [TemplatePart], _ scope: Scope) throws -> Value {
        // "${x}" alone keeps x's type (a list stays a list), as in HCL.
        if parts.count == 1, case .interpolation(let only) = parts[0] { return try evaluate(only, scope) }
        var text = ""
        return try append(parts, to: &text, scope) ? .string(text) : .unknown
    }

    /// Appends the rendering of `parts`; false when something unknown was met.
    func append(_ parts: [TemplatePart], to text: inout String, _ scope: Scope) throws -> Bool {
        for part in parts {
            switch part {
            case .literal(let literal): text += literal
            case .interpolation(let expression):
                let value = try evaluate(expression, scope)
                if value.isUnknown { return false }
                if value == .null { throw HCLError.evaluation(expression.location, "cannot include a null value in a string") }
                text += try value.toString(at: expression.location)
            case .ifDirective(let condition, let then, let otherwise):
                let test = try evaluate(condition, scope)
                if test.isUnknown { return false }
                guard try append(try test.toBool(at: condition.location) ? then : otherwise, to: &text, scope) else { return false }
            case .forDirective(let clause, let body):
                let collection = try evaluate(clause.collection, scope)
                if collection.isUnknown { return false }
                for (key, value) in try collection.elements(at: clause.collection.location) {
                    var inner = scope
                    if let keyName = clause.keyName { inner[keyName] = key }
                    inner[clause.valueName] = value
                    guard try append(body, to: &text, inner) else { return false }
                }
            }
        }
        return true
    }
}
