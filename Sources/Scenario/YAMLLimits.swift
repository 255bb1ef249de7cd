// libyaml's event API, which Yams 6.2.2 wraps but does not expose: Yams composes a document
// with every alias already expanded and gives no hook to count on the way, so a nine-line
// "billion laughs" file would be expanded (and walked) before any check could run. Yams
// builds libyaml as its CYaml module; Package.swift pins Yams to exactly 6.2.2.
internal import CYaml
import Diagnostics
import Foundation

/// The limits that keep scenario parsing responsive on hostile input, checked on libyaml's
/// event stream before Yams builds any tree: each refusal comes within one pass over the text,
/// at the line that crosses the limit. docs/limits.md lists them.
public enum YAMLLimits {
    /// The largest scenario file: a thousand-environment scenario is about 700 KB.
    public static let maxBytes = 2 * 1024 * 1024
    /// Values (keys, scalars, lists, mappings) once every alias is expanded. A
    /// thousand-environment scenario has about 70,000.
    public static let maxValues = 200_000
    /// Lists and mappings nested in each other, aliases expanded; a scenario needs 6.
    public static let maxDepth = 32
    /// Environments in one scenario (each up to eleven Terragrunt units): the largest benchmark
    /// scenario (`edxplan-bench infra 1000`) has a thousand.
    public static let maxEnvironments = 1_000

    /// Refuses `text` when it is past a limit, with the place where it crosses it.
    static func check(_ text: String, file: String) throws {
        let size = text.utf8.count
        guard size <= maxBytes else {
            throw ScenarioError.limit(SourceLocation(file: file, line: 1, column: 1),
                                      problem: "the file is \(grouped(size)) bytes; a scenario may have at most \(grouped(maxBytes))")
        }
        var copy = text
        try copy.withUTF8 { try walk($0, file: file) }
    }

    /// One container still open: where it started in the running count, and its tallest child.
    private struct Open {
        var anchor: String?
        var start: Int
        var height = 0
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

        // Anchor name -> (values it expands to, its height); a later anchor of the same name shadows it.
        var anchors: [String: (values: Int, height: Int)] = [:]
        var open: [Open] = []
        var total = 0
        var event = yaml_event_t()
        while true {
            // A syntax error is left to Yams, which reports it with its place; libyaml's own
            // nesting limit (1,000) is reported as ours, since its scanner can reach it first.
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if let problem = parser.problem, String(cString: problem).contains("nesting level") {
                    let mark = parser.problem_mark
                    throw ScenarioError.limit(SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                                              problem: "lists and mappings are nested more than \(maxDepth) deep")
                }
                return
            }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            let location = SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
            var finished: (anchor: String?, values: Int, height: Int)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return
            case YAML_SCALAR_EVENT:
                total += 1
                finished = (string(event.data.scalar.anchor), 1, 0)
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                // An undefined alias is Yams's to report.
                let target = anchors[name] ?? (1, 0)
                total += target.values
                guard total <= maxValues else {
                    throw ScenarioError.limit(location, problem: "the alias *\(name) expands the scenario past \(grouped(maxValues)) values "
                                              + "(each reference repeats all of its anchor's values)")
                }
                finished = (nil, target.values, target.height)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = event.type == YAML_SEQUENCE_START_EVENT ? string(event.data.sequence_start.anchor)
                    : string(event.data.mapping_start.anchor)
                open.append(Open(anchor: anchor, start: total))
                total += 1
                guard open.count <= maxDepth else {
                    throw ScenarioError.limit(location, problem: "lists and mappings are nested more than \(maxDepth) deep")
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let container = open.popLast() {
                    finished = (container.anchor, total - container.start, container.height + 1)
                }
            default:
                break
            }
            guard let node = finished else { continue }
            guard total <= maxValues else {
                throw ScenarioError.limit(location, problem: "the scenario has more than \(grouped(maxValues)) values")
            }
            guard open.count + node.height <= maxDepth else {
                throw ScenarioError.limit(location, problem: "lists and mappings are nested more than \(maxDepth) deep once aliases are expanded")
            }
            if let anchor = node.anchor { anchors[anchor] = (node.values, node.height) }
            if !open.isEmpty { open[open.count - 1].height = max(open[open.count - 1].height, node.height) }
        }
    }

    /// 2,097,152: digits in threes, whatever the locale.
    static func grouped(_ number: Int) -> String {
        var digits = String(number), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}
