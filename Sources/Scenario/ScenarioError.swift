import Diagnostics

/// What is wrong with a scenario file, always with the place it is wrong.
public enum ScenarioError: UserError, Equatable {
    case missingFile(path: String)
    /// A folder where a scenario file was expected.
    case folder(path: String)
    case malformed(SourceLocation, problem: String)
    case wrongType(SourceLocation, key: String, expected: String)
    case unknownKey(SourceLocation, key: String, allowed: [String])
    case missingKey(SourceLocation, key: String)
    case outOfRange(SourceLocation, key: String, value: String, rule: String)
    case unknownModule(SourceLocation, name: String, known: [String])
    case unknownValue(SourceLocation, key: String, value: String, allowed: [String])
    case extendsCycle(SourceLocation, chain: [String])
    case inconsistent(SourceLocation, problem: String)
    case unknownInstanceType(SourceLocation, service: String, type: String, suggestions: [String])
    case unknownEnvironment(name: String, known: [String])
    /// Past one of the limits of `YAMLLimits` (hostile or runaway input).
    case limit(SourceLocation, problem: String)
    /// The first byte that is not UTF-8.
    case notUTF8(SourceLocation)

    public var location: SourceLocation? {
        switch self {
        case .missingFile, .folder, .unknownEnvironment: return nil
        case .malformed(let l, _), .wrongType(let l, _, _), .unknownKey(let l, _, _), .missingKey(let l, _),
             .outOfRange(let l, _, _, _), .unknownModule(let l, _, _), .unknownValue(let l, _, _, _),
             .extendsCycle(let l, _), .inconsistent(let l, _), .unknownInstanceType(let l, _, _, _), .limit(let l, _),
             .notUTF8(let l):
            return l
        }
    }

    public var message: String {
        switch self {
        case .missingFile(let path): return "no scenario file at \(path)"
        case .folder(let path): return "\(path) is a folder, not a scenario file"
        case .malformed(_, let problem): return "malformed YAML: \(problem)"
        case .wrongType(_, let key, let expected): return "'\(key)' must be \(expected)"
        case .unknownKey(_, let key, _): return "unknown key '\(Printable.escaped(key))'"
        case .missingKey(_, let key): return "missing required key '\(key)'"
        case .outOfRange(_, let key, let value, let rule): return "'\(Printable.escaped(key))' is \(Printable.escaped(value)), but it must be \(rule)"
        case .unknownModule(_, let name, _): return "unknown module '\(name)'"
        case .unknownValue(_, let key, let value, _): return "'\(Printable.escaped(key))' cannot be '\(Printable.escaped(value))'"
        case .extendsCycle(_, let chain): return "scenarios extend each other in a cycle: " + chain.joined(separator: " -> ")
        case .inconsistent(_, let problem), .limit(_, let problem): return problem
        case .notUTF8: return "the file is not UTF-8 text: this byte is not"
        case .unknownInstanceType(_, let service, let type, _): return "unknown \(service) instance type '\(Printable.escaped(type))'"
        case .unknownEnvironment(let name, _): return "the scenario has no environment '\(Printable.escaped(name))'"
        }
    }

    public var hint: String? {
        switch self {
        case .missingFile, .folder: return "check the path; scenarios live in Scenarios/ (for example Scenarios/default.yaml)"
        case .malformed: return "fix the YAML syntax at that place"
        case .wrongType: return nil
        case .unknownKey(_, let key, let allowed), .unknownModule(_, let key, let allowed):
            return Suggestions.hint(for: key, in: allowed) ?? "known: " + allowed.joined(separator: ", ")
        case .unknownValue(_, _, let value, let allowed):
            return Suggestions.hint(for: value, in: allowed) ?? "allowed: " + allowed.joined(separator: ", ")
        case .missingKey(_, let key): return "add '\(key)'"
        case .outOfRange: return nil
        case .extendsCycle: return "remove one of the `extends` lines"
        case .inconsistent: return nil
        case .limit: return "docs/limits.md lists edxplan's limits on scenario files"
        case .notUTF8: return "save the file as UTF-8"
        case .unknownInstanceType(_, _, _, let suggestions):
            return suggestions.isEmpty ? "`edxplan catalog info` lists the catalog's instance types"
                : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        case .unknownEnvironment(_, let known): return "environments: " + known.joined(separator: ", ")
        }
    }
}
