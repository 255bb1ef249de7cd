import Diagnostics

/// What the importer needs from one terragrunt.hcl: where it includes from, what it depends
/// on, which module it runs and its inputs, evaluated offline (dependency outputs are the
/// `mock_outputs` or unknown).
public struct TerragruntFile: Sendable {
    public struct Include: Sendable, Hashable {
        /// The block label (`include "root"`), or nil for a bare `include`.
        public var name: String?
        /// The evaluated absolute path of the included file (unknown paths are kept as nil).
        public var path: String?
        public var location: SourceLocation
    }

    public struct Dependency: Sendable, Hashable {
        public var name: String
        /// As written, usually relative (`../vpc`); nil when it could not be evaluated.
        public var configPath: String?
        public var mockOutputs: Value?
        public var location: SourceLocation
    }

    public var includes: [Include] = []
    public var dependencies: [Dependency] = []
    /// `dependencies { paths = [...] }`, as written.
    public var dependencyPaths: [String] = []
    public var dependencyPathsLocation: SourceLocation?
    /// `terraform { source = ... }`, nil when absent or unknown.
    public var terraformSource: String?
    public var terraformSourceLocation: SourceLocation?
    public var locals: [String: Value] = [:]
    /// The child's inputs over those of the included files (Terragrunt's shallow merge).
    public var inputs: [String: Value] = [:]
    /// Where each input's value is written: its item in an object literal when it is one,
    /// otherwise the `inputs` attribute that produced it.
    public var inputLocations: [String: SourceLocation] = [:]
    /// Unsupported functions and similar, in evaluation order.
    public var diagnostics: [HCLDiagnostic] = []
    /// The auto-retry attributes (`retryable_errors`, `retry_max_attempts`,
    /// `retry_sleep_interval_sec`): the child's, else an included file's, as Terragrunt's
    /// shallow include merge gives them.
    public var retry: [String: (value: Value, location: SourceLocation)] = [:]
    public static let retryAttributes = ["retryable_errors", "retry_max_attempts", "retry_sleep_interval_sec"]
    /// The `retry` and `ignore` blocks of `errors` (Terragrunt 0.69.6 and later): an included
    /// file's first, a child's block of the same kind and name in its place.
    public var errors: [ErrorsBlock] = []

    /// One `retry "name" { ... }` or `ignore "name" { ... }` block of `errors`, evaluated.
    public struct ErrorsBlock: Sendable {
        /// `retry` or `ignore`.
        public var kind: String
        public var name: String
        public var attributes: [String: (value: Value, location: SourceLocation)]
        public var location: SourceLocation
    }
    /// The blocks a terragrunt.hcl may hold (Terragrunt's configuration reference, 0.x to 1.0:
    /// `errors`, `exclude`, `feature` and `engine` are the newer ones).
    static let blockTypes = ["include", "locals", "dependency", "dependencies", "generate", "terraform", "remote_state",
                             "engine", "feature", "exclude", "errors", "catalog"]

    /// Reads `text`, the terragrunt.hcl in `context.terragruntDir`. Includes are read through
    /// `context.readFile` and evaluated in the child's context, as Terragrunt does.
    public static func read(_ text: String, file: String, context: TerragruntContext) throws -> TerragruntFile {
        let body = try Parser.parse(text, file: file)
        for block in body.blocks where !blockTypes.contains(block.type) {
            // Terragrunt decodes its configuration with gohcl, which refuses any other block.
            throw HCLError.evaluation(block.location, "Unsupported block type: blocks of type \"\(block.type)\" are not expected here"
                + (Suggestions.closest(to: block.type, in: blockTypes, limit: 1).first.map { "; did you mean \"\($0)\"?" } ?? ""))
        }
        var result = TerragruntFile()
        let evaluator = Evaluator(context: context)
        var exposed: [String: Value] = [:]
        for block in body.blocks("include") {
            let include = try readInclude(block, evaluator, into: &result, exposed: &exposed)
            result.includes.append(include)
        }
        evaluator.variables["include"] = .object(exposed)
        result.locals = try evaluator.evaluateLocals(body.blocks("locals").flatMap(\.body.attributes))
        var outputs: [String: Value] = [:]
        for block in body.blocks("dependency") {
            let name = block.labels.first ?? ""
            let path = try block.body.attribute("config_path").map { try evaluator.evaluate($0.value) }
            let mocks = try block.body.attribute("mock_outputs").map { try evaluator.evaluate($0.value) }
            result.dependencies.append(Dependency(name: name, configPath: path?.stringValue, mockOutputs: mocks, location: block.location))
            outputs[name] = ["outputs": mocks ?? .unknown]
        }
        evaluator.variables["dependency"] = .object(outputs)
        for attribute in body.blocks("dependencies").compactMap({ $0.body.attribute("paths") }) {
            result.dependencyPaths += (try evaluator.evaluate(attribute.value).tupleValue ?? []).compactMap(\.stringValue)
            result.dependencyPathsLocation = attribute.location
        }
        if let source = body.blocks("terraform").compactMap({ $0.body.attribute("source") }).first {
            result.terraformSource = try evaluator.evaluate(source.value).stringValue
            result.terraformSourceLocation = source.value.location
        }
        if let inputs = body.attribute("inputs") {
            try merge(inputs, evaluator, into: &result)
        }
        try readRetry(body, evaluator, into: &result)
        result.diagnostics = evaluator.diagnostics
        return result
    }

    /// Evaluates the include's path, then the included file's locals and inputs with the
    /// child as `get_terragrunt_dir()` and the included file's folder as the include base.
    static func readInclude(_ block: Block, _ evaluator: Evaluator, into result: inout TerragruntFile,
                            exposed: inout [String: Value]) throws -> Include {
        let name = block.labels.first
        var include = Include(name: name, path: nil, location: block.location)
        guard let pathAttribute = block.body.attribute("path"),
              let path = try evaluator.evaluate(pathAttribute.value).stringValue else { return include }
        let absolute = Paths.join(evaluator.context.terragruntDir, path)
        include.path = absolute
        guard let text = evaluator.context.readFile(absolute) else {
            throw HCLError.evaluation(pathAttribute.value.location, "cannot read the included file \(absolute)")
        }
        let parentBody = try Parser.parse(text, file: absolute)
        var context = evaluator.context
        context.includeDir = Paths.directory(of: absolute)
        let parent = Evaluator(context: context)
        defer { evaluator.diagnostics += parent.diagnostics }
        let config = try parent.evaluateConfig(parentBody)
        if let inputs = parentBody.attribute("inputs") { try merge(inputs, parent, into: &result) }
        try readRetry(parentBody, parent, into: &result)
        // Later includes see the include base of the first, as `path_relative_to_include()` does.
        evaluator.context.includeDir = evaluator.context.includeDir ?? context.includeDir
        if let expose = block.body.attribute("expose"), try evaluator.evaluate(expose.value) == .bool(true) {
            if let name { exposed[name] = .object(config) } else { exposed.merge(config) { _, new in new } }
        }
        return include
    }

    /// The auto-retry attributes `body` sets, over what an earlier include set, and its
    /// `errors` blocks (which replaced the attributes in Terragrunt 0.93).
    static func readRetry(_ body: Body, _ evaluator: Evaluator, into result: inout TerragruntFile) throws {
        for name in retryAttributes {
            guard let attribute = body.attribute(name) else { continue }
            result.retry[name] = (try evaluator.evaluate(attribute.value), attribute.value.location)
        }
        for errors in body.blocks("errors") {
            for block in errors.body.blocks where block.type == "retry" || block.type == "ignore" {
                var attributes: [String: (value: Value, location: SourceLocation)] = [:]
                for attribute in block.body.attributes {
                    attributes[attribute.name] = (try evaluator.evaluate(attribute.value), attribute.value.location)
                }
                let read = ErrorsBlock(kind: block.type, name: block.labels.first ?? "", attributes: attributes, location: block.location)
                if let index = result.errors.firstIndex(where: { $0.kind == read.kind && $0.name == read.name }) {
                    result.errors[index] = read
                } else {
                    result.errors.append(read)
                }
            }
        }
    }

    /// Shallow-merges an `inputs` attribute over what is there, keeping where each key came from.
    static func merge(_ inputs: Attribute, _ evaluator: Evaluator, into result: inout TerragruntFile) throws {
        let value = try evaluator.evaluate(inputs.value)
        guard case .object(let fields) = value else {
            if value.isUnknown {
                evaluator.record("inputs are unknown offline (they depend on an unknown value); no input was read", at: inputs.location)
                return
            }
            throw HCLError.evaluation(inputs.value.location, "inputs must be an object, found \(value.typeName)")
        }
        var locations: [String: SourceLocation] = [:]
        collectLocations(inputs.value, into: &locations)
        for (key, field) in fields {
            result.inputs[key] = field
            result.inputLocations[key] = locations[key] ?? inputs.location
        }
    }

    /// Keys of object literals, also inside `merge(...)` (later arguments win, as merge does).
    static func collectLocations(_ expression: Expr, into locations: inout [String: SourceLocation]) {
        switch expression.kind {
        case .object(let items):
            for item in items {
                if case .literal(.string(let key)) = item.key.kind { locations[key] = item.value.location }
                else if case .template(let parts) = item.key.kind, parts.count == 1, case .literal(let key) = parts[0] {
                    locations[key] = item.value.location
                }
            }
        case .call("merge", let arguments, _):
            for argument in arguments { collectLocations(argument, into: &locations) }
        case .parenthesized(let inner):
            collectLocations(inner, into: &locations)
        default: break
        }
    }
}
