import Diagnostics
import Foundation
import Yams

/// A YAML value that remembers where it was written, so any later check can point at
/// `file:line:column`. Values from a base scenario keep the base file's location.
public struct SourceValue: Sendable {
    public enum Kind: Sendable {
        case scalar(String)
        case null
        case sequence([SourceValue])
        /// Keys in file order, each with its own location.
        case mapping([Entry])
    }

    public struct Entry: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: SourceValue
    }

    public var kind: Kind
    public var location: SourceLocation

    /// Parses `text` (the contents of `file`) into a tree; YAML errors carry their place.
    public static func parse(_ text: String, file: String) throws -> SourceValue {
        try YAMLLimits.check(text, file: file)
        let node: Node?
        do {
            // UTF-8 named here: Yams's default reads YAMS_DEFAULT_ENCODING and prints to stdout when it is set.
            // No tag resolution: `convert` reads each scalar's text and style, never its tag, and Yams's
            // default resolver compiles seven regular expressions first (more work than the whole parse).
            node = try Parser(yaml: text, resolver: .basic, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            throw ScenarioError.malformed(location(of: error, file: file), problem: problem(of: error))
        }
        guard let node else { return SourceValue(kind: .mapping([]), location: SourceLocation(file: file, line: 1, column: 1)) }
        return convert(node, file: file)
    }

    private static func convert(_ node: Node, file: String) -> SourceValue {
        let mark = node.mark
        let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return SourceValue(kind: .null, location: location)
            }
            return SourceValue(kind: .scalar(scalar.string), location: location)
        case .sequence(let sequence):
            return SourceValue(kind: .sequence(sequence.map { convert($0, file: file) }), location: location)
        case .mapping(let mapping):
            let entries = mapping.map { key, value in
                Entry(key: key.string ?? "\(key)",
                      keyLocation: SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1),
                      value: convert(value, file: file))
            }
            return SourceValue(kind: .mapping(entries), location: location)
        case .alias:
            return SourceValue(kind: .null, location: location)
        }
    }

    /// Every location on a line that `origins` names moved to that origin.
    public func relocated(_ origins: [Int: SourceLocation]) -> SourceValue {
        func move(_ location: SourceLocation) -> SourceLocation { origins[location.line] ?? location }
        switch kind {
        case .scalar, .null:
            return SourceValue(kind: kind, location: move(location))
        case .sequence(let items):
            return SourceValue(kind: .sequence(items.map { $0.relocated(origins) }), location: move(location))
        case .mapping(let entries):
            return SourceValue(kind: .mapping(entries.map {
                Entry(key: $0.key, keyLocation: move($0.keyLocation), value: $0.value.relocated(origins))
            }), location: move(location))
        }
    }

    /// `self` with `override` laid over it: mappings merge key by key, anything else is replaced.
    /// This is how `extends` makes a what-if from a base scenario.
    public func merged(with override: SourceValue) -> SourceValue {
        guard case .mapping(let base) = kind, case .mapping(let top) = override.kind else { return override }
        var entries = base
        for entry in top {
            if let index = entries.firstIndex(where: { $0.key == entry.key }) {
                entries[index].value = entries[index].value.merged(with: entry.value)
                entries[index].keyLocation = entry.keyLocation
            } else {
                entries.append(entry)
            }
        }
        return SourceValue(kind: .mapping(entries), location: override.location)
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        case .reader(_, let offset?, _, let yaml):
            // libyaml's reader counts bytes: the line and column of that byte.
            let (line, column) = UTF8Position.position(ofByte: offset, in: Data(yaml.utf8))
            return SourceLocation(file: file, line: line, column: column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return context.map { "\(problem) (\($0.text))" } ?? problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicated keys " + duplicates.sorted().joined(separator: ", ")
        case .reader(let problem, _, let value, _):
            return value >= 0 ? "\(problem) (character U+\(String(value, radix: 16, uppercase: true)))" : problem
        default:
            return "\(error)"
        }
    }
}
