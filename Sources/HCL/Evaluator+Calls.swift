import Diagnostics
import Foundation

extension Evaluator {
    /// Names of the functions this evaluator knows, for "did you mean" and for reports.
    public static var supportedFunctions: [String] {
        (Array(Functions.table.keys) + ["try", "can"] + Evaluator.terragruntFunctions).sorted()
    }

    func call(_ name: String, _ arguments: [Expr], expandsLast: Bool, at location: SourceLocation,
              _ scope: Scope) throws -> Value {
        // try() and can() see errors of their arguments, so they evaluate them lazily.
        if name == "try" {
            var lastError: Error?
            for argument in arguments {
                do { return try evaluate(argument, scope) } catch { lastError = error }
            }
            throw HCLError.evaluation(location, "no argument of try() could be evaluated"
                + (lastError.map { ": the last failed with \(($0 as? HCLError)?.message ?? "\($0)")" } ?? ""))
        }
        if name == "can" {
            guard arguments.count == 1 else { throw HCLError.evaluation(location, "can() takes exactly one argument") }
            do {
                let value = try evaluate(arguments[0], scope)
                return value.isUnknown ? .unknown : .bool(true)
            } catch {
                return .bool(false)
            }
        }
        var values = try arguments.map { try evaluate($0, scope) }
        if expandsLast, let last = values.popLast() {
            switch last {
            case .unknown: return .unknown
            case .tuple(let items): values += items
            default: throw HCLError.evaluation(location, "the argument expanded with '...' must be a list, found \(last.typeName)")
            }
        }
        if Evaluator.terragruntFunctions.contains(name) {
            if values.contains(where: \.isUnknown) { return .unknown }
            return try terragrunt(name, values, at: location)
        }
        guard let function = Functions.table[name] else {
            guard KnownFunctions.exists(name) else {
                let near = Suggestions.closest(to: name, in: KnownFunctions.terraform.union(KnownFunctions.terragrunt), limit: 1)
                throw HCLError.evaluation(location, "Call to unknown function: there is no function named \"\(name)\"."
                    + (near.first.map { " Did you mean \"\($0)\"?" } ?? ""))
            }
            let hint = Suggestions.hint(for: name, in: Evaluator.supportedFunctions)
            record("unsupported function '\(name)'; its result is unknown" + (hint.map { " (\($0))" } ?? ""), at: location)
            return .unknown
        }
        // coalesce skips unknowns only when a known non-null comes first; everything else
        // is unknown as soon as an argument is.
        if values.contains(where: \.isUnknown), name != "coalesce" { return .unknown }
        return try function(values, location)
    }
}
