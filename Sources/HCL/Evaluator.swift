import Diagnostics
import Foundation

/// Evaluates expressions against root variables (`local`, `var`, `dependency`, `include`, ...)
/// and the function table. Errors are thrown (so `try()` can catch them); what cannot be
/// known offline evaluates to `.unknown`, and unsupported functions are recorded in `diagnostics`.
public final class Evaluator {
    /// Root names: `local`, `var`, `dependency`, `include`, ... each usually an object.
    public var variables: [String: Value]
    public var context: TerragruntContext
    public internal(set) var diagnostics: [HCLDiagnostic] = []
    /// For Terraform files: references such as `module.eks.cluster_id`, `data.aws_ami.x.id` or
    /// `aws_vpc.main.id` are only known after apply. When set, an undefined root name evaluates
    /// to unknown (recorded once per name) instead of failing.
    public var undefinedNamesAreUnknown = false
    var reportedNames: Set<String> = []
    /// How many `read_terragrunt_config` calls deep this evaluator is (bounded against loops).
    var readDepth = 0

    public init(variables: [String: Value] = [:], context: TerragruntContext = .none) {
        self.variables = variables
        self.context = context
        if let values = context.values, variables["values"] == nil { self.variables["values"] = values }
    }

    /// Iteration variables of `for` expressions, looked up before `variables`.
    typealias Scope = [String: Value]

    public func evaluate(_ expression: Expr) throws -> Value {
        try evaluate(expression, [:])
    }

    func evaluate(_ e: Expr, _ scope: Scope) throws -> Value {
        switch e.kind {
        case .literal(let value): return value
        case .template(let parts): return try template(parts, scope)
        case .variable(let name):
            if let value = scope[name] ?? variables[name] { return value }
            if undefinedNamesAreUnknown {
                if reportedNames.insert(name).inserted { record("'\(name)' is only known after apply; treated as unknown", at: e.location) }
                return .unknown
            }
            let hint = Suggestions.hint(for: name, in: Array(variables.keys) + Array(scope.keys))
            throw HCLError.evaluation(e.location, "unknown variable '\(name)'" + (hint.map { "; \($0)" } ?? ""))
        case .tuple(let items): return .tuple(try items.map { try evaluate($0, scope) })
        case .object(let items): return try object(items, scope)
        case .parenthesized(let inner): return try evaluate(inner, scope)
        case .unary(let op, let operand): return try unary(op, try evaluate(operand, scope), at: e.location)
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left, scope), try evaluate(right, scope), at: e.location)
        case .conditional(let condition, let whenTrue, let whenFalse):
            let test = try evaluate(condition, scope)
            if test.isUnknown { return .unknown }
            return try evaluate(try test.toBool(at: condition.location) ? whenTrue : whenFalse, scope)
        case .call(let name, let arguments, let expands):
            return try call(name, arguments, expandsLast: expands, at: e.location, scope)
        case .forTuple(let clause, let value, let condition):
            return try forTuple(clause, value: value, condition: condition, scope)
        case .forObject(let clause, let key, let value, let grouping, let condition):
            return try forObject(clause, key: key, value: value, grouping: grouping, condition: condition, at: e.location, scope)
        case .index(let base, let key):
            return try index(try evaluate(base, scope), try evaluate(key, scope), at: key.location)
        case .attribute(let base, let name):
            return try attribute(try evaluate(base, scope), name, at: e.location)
        case .splat(let source, let steps):
            return try splat(try evaluate(source, scope), steps, scope)
        }
    }

    func object(_ items: [ObjectItem], _ scope: Scope) throws -> Value {
        var fields: [String: Value] = [:]
        var unknownKey = false
        for item in items {
            let key = try evaluate(item.key, scope)
            let value = try evaluate(item.value, scope)
            if key.isUnknown { unknownKey = true; continue }
            fields[try key.toString(at: item.key.location)] = value
        }
        return unknownKey ? .unknown : .object(fields)
    }

    func index(_ base: Value, _ key: Value, at location: SourceLocation) throws -> Value {
        if base.isUnknown || key.isUnknown { return .unknown }
        switch base {
        case .tuple(let items):
            let i = try key.toInt(at: location)
            guard items.indices.contains(i) else {
                throw HCLError.evaluation(location, "index \(i) is out of range for a tuple of \(items.count) elements")
            }
            return items[i]
        case .object(let fields):
            let name = try key.toString(at: location)
            guard let value = fields[name] else { throw missingKey(name, in: fields, at: location) }
            return value
        default:
            throw HCLError.evaluation(location, "cannot index a \(base.typeName) value")
        }
    }

    func attribute(_ base: Value, _ name: String, at location: SourceLocation) throws -> Value {
        switch base {
        case .unknown: return .unknown
        case .object(let fields):
            guard let value = fields[name] else { throw missingKey(name, in: fields, at: location) }
            return value
        default:
            throw HCLError.evaluation(location, "cannot read attribute '\(name)' of a \(base.typeName) value")
        }
    }

    func missingKey(_ name: String, in fields: [String: Value], at location: SourceLocation) -> HCLError {
        let hint = Suggestions.hint(for: name, in: fields.keys)
        return HCLError.evaluation(location, "object has no attribute '\(name)'" + (hint.map { "; \($0)" } ?? ""))
    }

    /// Applies `steps` to each element; a null source gives an empty tuple and any other
    /// non-list value is treated as a one-element tuple, as HCL does.
    func splat(_ source: Value, _ steps: [Traversal], _ scope: Scope) throws -> Value {
        let items: [Value]
        switch source {
        case .unknown: return .unknown
        case .null: return .tuple([])
        case .tuple(let list): items = list
        default: items = [source]
        }
        return .tuple(try items.map { item in
            var value = item
            for step in steps {
                switch step {
                case .attribute(let name, let location): value = try attribute(value, name, at: location)
                case .index(let key): value = try index(value, try evaluate(key, scope), at: key.location)
                }
            }
            return value
        })
    }

    func record(_ message: String, at location: SourceLocation) {
        diagnostics.append(HCLDiagnostic(location: location, message: message))
    }
}
