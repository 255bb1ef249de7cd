import Diagnostics
import Foundation

extension Evaluator {
    static let terragruntFunctions = [
        "find_in_parent_folders", "get_env", "path_relative_to_include", "get_terragrunt_dir",
        "read_terragrunt_config", "get_parent_terragrunt_dir",
    ]
    /// read_terragrunt_config may read files that read files; a loop between two must end.
    static let maxReadDepth = 8

    func terragrunt(_ name: String, _ a: [Value], at l: SourceLocation) throws -> Value {
        switch name {
        case "find_in_parent_folders":
            try Functions.arity(a, 0...2, name, l)
            let file = a.isEmpty ? "terragrunt.hcl" : try a[0].toString(at: l)
            // Terragrunt starts in the parent of the current directory and walks up to the root.
            var directory = Paths.directory(of: context.terragruntDir)
            while true {
                let candidate = Paths.join(directory, file)
                if context.readFile(candidate) != nil { return .string(candidate) }
                if directory == "/" || directory == "." { break }
                directory = Paths.directory(of: directory)
            }
            if a.count == 2 { return a[1] }
            throw HCLError.evaluation(l, "find_in_parent_folders() found no '\(file)' above \(context.terragruntDir)")
        case "get_env":
            try Functions.arity(a, 1...2, name, l)
            let variable = try a[0].toString(at: l)
            if let value = context.environment[variable] { return .string(value) }
            if a.count == 2 { return a[1] }
            throw HCLError.evaluation(l, "get_env(): environment variable \(variable) is not set and no default was given")
        case "path_relative_to_include":
            guard let includeDir = context.includeDir else { return .string(".") }
            return .string(Paths.relative(from: includeDir, to: context.terragruntDir))
        case "get_terragrunt_dir":
            return .string(context.terragruntDir)
        case "get_parent_terragrunt_dir":
            return .string(context.includeDir ?? context.terragruntDir)
        default:
            try Functions.arity(a, 1...2, name, l)
            return try readConfig(try a[0].toString(at: l), default: a.count == 2 ? a[1] : nil, at: l)
        }
    }

    /// Parses and evaluates another configuration: its `locals` and top-level attributes
    /// (such as `inputs`), as an object. Functions inside it see its own directory.
    func readConfig(_ path: String, default fallback: Value?, at location: SourceLocation) throws -> Value {
        let absolute = Paths.join(context.terragruntDir, path)
        guard let text = context.readFile(absolute) else {
            if let fallback { return fallback }
            throw HCLError.evaluation(location, "read_terragrunt_config(): cannot read \(absolute)")
        }
        guard readDepth < Evaluator.maxReadDepth else {
            throw HCLError.evaluation(location, "read_terragrunt_config() nested more than \(Evaluator.maxReadDepth) deep; do these files read each other?")
        }
        var inner = context
        inner.terragruntDir = Paths.directory(of: absolute)
        inner.includeDir = nil
        let evaluator = Evaluator(context: inner)
        evaluator.readDepth = readDepth + 1
        defer { diagnostics += evaluator.diagnostics }
        let body = try Parser.parse(text, file: absolute)
        return .object(try evaluator.evaluateConfig(body))
    }

    /// `locals` first (in dependency order), then every top-level attribute, keyed by name.
    public func evaluateConfig(_ body: Body) throws -> [String: Value] {
        var result: [String: Value] = [:]
        result["locals"] = .object(try evaluateLocals(body.blocks("locals").flatMap(\.body.attributes)))
        for attribute in body.attributes {
            result[attribute.name] = try evaluate(attribute.value)
        }
        return result
    }
}
