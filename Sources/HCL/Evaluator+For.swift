import Diagnostics
import Foundation

extension Evaluator {
    /// Binds the clause's variables for each element that passes `condition`.
    func iterate(_ clause: ForClause, condition: Expr?, _ scope: Scope, _ body: (Scope) throws -> Void) throws -> Bool {
        let collection = try evaluate(clause.collection, scope)
        if collection.isUnknown { return false }
        for (key, value) in try collection.elements(at: clause.collection.location) {
            var inner = scope
            if let keyName = clause.keyName { inner[keyName] = key }
            inner[clause.valueName] = value
            if let condition {
                let test = try evaluate(condition, inner)
                if test.isUnknown { return false }
                guard try test.toBool(at: condition.location) else { continue }
            }
            try body(inner)
        }
        return true
    }

    func forTuple(_ clause: ForClause, value: Expr, condition: Expr?, _ scope: Scope) throws -> Value {
        var items: [Value] = []
        let known = try iterate(clause, condition: condition, scope) { items.append(try evaluate(value, $0)) }
        return known ? .tuple(items) : .unknown
    }

    /// `{for k, v in m : k => v}`; with `...` values sharing a key are grouped into tuples,
    /// without it a repeated key is an error (as in HCL).
    func forObject(_ clause: ForClause, key: Expr, value: Expr, grouping: Bool, condition: Expr?,
                   at location: SourceLocation, _ scope: Scope) throws -> Value {
        var fields: [String: Value] = [:]
        var groups: [String: [Value]] = [:]
        var unknownKey = false
        let known = try iterate(clause, condition: condition, scope) { inner in
            let k = try evaluate(key, inner)
            let v = try evaluate(value, inner)
            if k.isUnknown { unknownKey = true; return }
            let name = try k.toString(at: key.location)
            if grouping {
                groups[name, default: []].append(v)
            } else {
                guard fields[name] == nil else {
                    throw HCLError.evaluation(key.location, "duplicate key '\(name)' in the for expression; add '...' after the value to group them")
                }
                fields[name] = v
            }
        }
        guard known, !unknownKey else { return .unknown }
        return grouping ? .object(groups.mapValues { .tuple($0) }) : .object(fields)
    }
}
