import Diagnostics
import Foundation
import HCL

/// One unit read: its terragrunt.hcl evaluated (includes, dependency blocks, inputs) with each
/// input traced to the line that wrote it, and the resolved folders it depends on.
struct UnitConfig {
    struct DependencyPath {
        /// Absolute folder the path names.
        var directory: String
        var location: SourceLocation
    }

    var unit: UnitTree.Unit
    var file: TerragruntFile
    /// Inputs by name. Values derived from `dependency.*.outputs` are unknown: mock outputs are
    /// placeholders for `plan`, never the real value.
    var inputs: [String: Sourced<Value>]
    var dependencies: [DependencyPath]
    /// The locals of env.hcl, global.hcl and stack.hcl above the unit.
    var configLocals: [String: Sourced<Value>]

    static func read(_ unit: UnitTree.Unit, locals index: LocalsIndex, top: String) throws -> UnitConfig {
        guard let text = try SourceFile.read(unit.file) else { throw ImportError.unreadable(path: unit.file) }
        var context = TerragruntContext.fileSystem(terragruntDir: unit.directory, environment: index.environment)
        context.values = unit.values
        let file = try TerragruntFile.read(text, file: unit.file, context: context)
        let body = try Parser.parse(text, file: unit.file)
        let configLocals = try index.locals(from: Paths.directory(of: unit.directory), top: top)
        let unitLocals = Dictionary(body.blocks("locals").flatMap(\.body.attributes).map { ($0.name, $0.value) },
                                    uniquingKeysWith: { first, _ in first })
        var written: [String: Expr] = [:]
        if let inputs = body.attribute("inputs") { collect(inputs.value, into: &written) }

        var inputs: [String: Sourced<Value>] = [:]
        for (name, value) in file.inputs {
            if let expression = written[name] {
                let fromDependency = !references(expression, "dependency", locals: unitLocals).isEmpty
                inputs[name] = Sourced(value: fromDependency ? .unknown : value,
                                       location: trace(expression, unitLocals: unitLocals, configLocals: configLocals, depth: 0))
            } else {
                // Set by an included file, usually the root's `merge(global.locals, env.locals)`.
                inputs[name] = Sourced(value: value, location: configLocals[name]?.location
                                       ?? file.inputLocations[name] ?? unit.location)
            }
        }
        var dependencies: [DependencyPath] = []
        for dependency in file.dependencies {
            guard let path = dependency.configPath else { continue }
            dependencies.append(DependencyPath(directory: Paths.join(unit.directory, path), location: dependency.location))
        }
        for path in file.dependencyPaths {
            dependencies.append(DependencyPath(directory: Paths.join(unit.directory, path),
                                               location: file.dependencyPathsLocation ?? unit.location))
        }
        return UnitConfig(unit: unit, file: file, inputs: inputs, dependencies: dependencies, configLocals: configLocals)
    }

    /// The expressions of `inputs = { ... }` (also inside `merge(...)`; later arguments win).
    static func collect(_ expression: Expr, into written: inout [String: Expr]) {
        switch expression.kind {
        case .object(let items):
            for item in items { if let key = TerraformModule.literal(item.key) { written[key] = item.value } }
        case .call("merge", let arguments, _):
            for argument in arguments { collect(argument, into: &written) }
        case .parenthesized(let inner):
            collect(inner, into: &written)
        default: break
        }
    }

    /// Roots such as `dependency` read by `expression`, also through the unit's locals.
    static func references(_ expression: Expr, _ root: String, locals: [String: Expr], depth: Int = 0) -> Set<String> {
        var found = expression.references(to: root)
        guard depth < 8 else { return found }
        for local in expression.references(to: "local") {
            if let inner = locals[local] { found.formUnion(references(inner, root, locals: locals, depth: depth + 1)) }
        }
        return found
    }

    /// `local.x` to its definition; `<anything>.locals.name` (a `read_terragrunt_config` of
    /// env.hcl or global.hcl) to the line of env.hcl or global.hcl that sets `name`.
    static func trace(_ expression: Expr, unitLocals: [String: Expr], configLocals: [String: Sourced<Value>], depth: Int) -> SourceLocation {
        guard depth < 16 else { return expression.location }
        switch expression.kind {
        case .attribute(let base, let name):
            if case .variable("local") = base.kind, let inner = unitLocals[name] {
                return trace(inner, unitLocals: unitLocals, configLocals: configLocals, depth: depth + 1)
            }
            if case .attribute(_, "locals") = base.kind, let local = configLocals[name] { return local.location }
        case .parenthesized(let inner):
            return trace(inner, unitLocals: unitLocals, configLocals: configLocals, depth: depth + 1)
        case .call(let function, let arguments, _) where ModuleScope.transparent.contains(function) && arguments.count == 1:
            return trace(arguments[0], unitLocals: unitLocals, configLocals: configLocals, depth: depth + 1)
        case .template(let parts):
            if parts.count == 1, case .interpolation(let inner) = parts[0] {
                return trace(inner, unitLocals: unitLocals, configLocals: configLocals, depth: depth + 1)
            }
        default: break
        }
        return expression.location
    }
}

extension UnitTree.Unit {
    /// The first line of the unit's terragrunt.hcl, for what the file says as a whole.
    var location: SourceLocation { SourceLocation(file: file, line: 1, column: 1) }
}
