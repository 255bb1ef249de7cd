import Diagnostics
import HCL

/// One instance of a Terraform module with its variables set: the unit's inputs over the
/// variable defaults (for a nested local module, the calling block's arguments). Evaluates
/// arguments offline and traces each value back to the line that decided it:
/// resource argument <- `local.x` <- `var.x` <- input (or default) <- env.hcl local.
final class ModuleScope {
    let module: TerraformModule
    /// Each declared variable's value and where it was set.
    let variables: [String: Sourced<Value>]
    let evaluator: Evaluator
    private let localExpressions: [String: Expr]
    /// Nesting depth of local module calls, bounded against a module that calls itself.
    let depth: Int
    private(set) var warnings: [ImportWarning] = []

    init(module: TerraformModule, inputs: [String: Sourced<Value>], depth: Int = 0) {
        self.module = module
        self.depth = depth
        var variables: [String: Sourced<Value>] = [:]
        for name in Set(module.variables.keys).union(module.variableBlocks.keys) {
            if let input = inputs[name] {
                variables[name] = input
            } else if let declared = module.variables[name], let value = declared.value {
                variables[name] = Sourced(value: value, location: declared.location)
            } else if let location = module.variableBlocks[name] {
                variables[name] = Sourced(value: .unknown, location: location)
            }
        }
        self.variables = variables
        localExpressions = Dictionary(module.locals.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        evaluator = Evaluator(variables: ["var": .object(variables.mapValues(\.value))])
        evaluator.undefinedNamesAreUnknown = true
        do {
            try evaluator.evaluateLocals(module.locals)
        } catch {
            // One bad local must not lose the rest of the module: each is evaluated on its own.
            var values: [String: Value] = [:]
            for attribute in module.locals {
                evaluator.variables["local"] = .object(values)
                values[attribute.name] = (try? evaluator.evaluate(attribute.value)) ?? .unknown
            }
            evaluator.variables["local"] = .object(values)
            warnings.append(ImportWarning(location: module.locals.first?.location,
                                          message: "locals of \(module.directory) could not all be evaluated: \(error)"))
        }
    }

    /// The value of `expression` offline: what needs apply (resources, data sources, dependency
    /// outputs) is unknown; an expression that fails to evaluate is unknown too.
    func evaluate(_ expression: Expr) -> Value {
        (try? evaluator.evaluate(expression)) ?? .unknown
    }

    func sourced(_ expression: Expr) -> Sourced<Value> {
        Sourced(value: evaluate(expression), location: trace(expression))
    }

    /// `name = ...` of a block body, evaluated and traced; nil when the argument is absent.
    func argument(_ body: Body, _ name: String) -> Sourced<Value>? {
        body.attribute(name).map { sourced($0.value) }
    }

    /// The line that decided `expression`'s value: through `var.x` to the input or default,
    /// through `local.x` to its definition, through conversions such as `tostring(...)`.
    func trace(_ expression: Expr, depth: Int = 0) -> SourceLocation {
        guard depth < 16 else { return expression.location }
        switch expression.kind {
        case .attribute(let base, let name):
            if case .variable("var") = base.kind, let variable = variables[name] { return variable.location }
            if case .variable("local") = base.kind, let local = localExpressions[name] { return trace(local, depth: depth + 1) }
        case .parenthesized(let inner):
            return trace(inner, depth: depth + 1)
        case .call(let function, let arguments, _) where ModuleScope.transparent.contains(function) && arguments.count == 1:
            return trace(arguments[0], depth: depth + 1)
        case .template(let parts):
            if parts.count == 1, case .interpolation(let inner) = parts[0] { return trace(inner, depth: depth + 1) }
        default:
            break
        }
        return expression.location
    }

    static let transparent: Set<String> = ["tostring", "tonumber", "tobool", "lower", "upper", "trimspace", "tolist", "toset"]

    /// The expression `local.x` stands for (for reading object literals through locals).
    func resolveLocal(_ expression: Expr) -> Expr {
        var current = expression
        for _ in 0..<16 {
            switch current.kind {
            case .attribute(let base, let name):
                guard case .variable("local") = base.kind, let local = localExpressions[name] else { return current }
                current = local
            case .parenthesized(let inner): current = inner
            default: return current
            }
        }
        return current
    }

    /// The scopes of local `module` calls (`source = "./modules/elasticache"`), their variables set
    /// from the calling block's arguments, traced in this scope.
    func localModules() throws -> [(block: Block, scope: ModuleScope)] {
        guard depth < 4 else { return [] }
        var result: [(Block, ModuleScope)] = []
        for block in module.modules {
            guard let source = block.body.attribute("source").flatMap({ TerraformModule.literal($0.value) }),
                  source.hasPrefix("./") || source.hasPrefix("../") else { continue }
            guard let child = try TerraformModule.read(directory: Paths.join(module.directory, source)) else { continue }
            var inputs: [String: Sourced<Value>] = [:]
            for attribute in block.body.attributes where !ModuleScope.metaArguments.contains(attribute.name) {
                inputs[attribute.name] = sourced(attribute.value)
            }
            let scope = ModuleScope(module: child, inputs: inputs, depth: depth + 1)
            warnings += scope.warnings
            result.append((block, scope))
        }
        return result
    }

    static let metaArguments: Set<String> = ["source", "version", "providers", "count", "for_each", "depends_on"]
}
