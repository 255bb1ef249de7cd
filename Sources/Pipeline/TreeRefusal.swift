import Diagnostics
import Foundation
import Scenario

/// A Terragrunt tree that `import terragrunt` (and `--terragrunt`) refuses, at the place in
/// the tree's files that is wrong.
struct TreeRefusal: UserError {
    var location: SourceLocation?
    var message: String
    var hint: String?

    /// A scenario error about the imported YAML, moved to the tree file and line its value came
    /// from (each line of the YAML names it in a comment, `# path:line`), at the column where
    /// the value is written on that line.
    static func from(_ error: ScenarioError, yaml: String, file: String, root: String, workspace: Workspace) -> TreeRefusal {
        var refusal = TreeRefusal(location: error.location, message: error.message, hint: error.hint)
        guard let location = error.location, location.file == file else { return refusal }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard location.line >= 1, location.line <= lines.count,
              let hash = lines[location.line - 1].range(of: "# ", options: .backwards) else { return refusal }
        let comment = lines[location.line - 1][hash.upperBound...]
        guard let colon = comment.lastIndex(of: ":"), let line = Int(comment[comment.index(after: colon)...]) else { return refusal }
        let relative = String(comment[..<colon])
        let shown = root == "." || root.isEmpty ? relative : (root as NSString).appendingPathComponent(relative)
        refusal.location = SourceLocation(file: shown, line: line,
                                          column: column(of: value(in: error), line: line, file: workspace.url(shown)))
        return refusal
    }

    /// The value an error is about, to find on the tree's line.
    private static func value(in error: ScenarioError) -> String? {
        switch error {
        case .unknownInstanceType(_, _, let type, _): return type
        case .unknownValue(_, _, let value, _): return value
        case .outOfRange(_, _, let value, _): return value.trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        default: return nil
        }
    }

    /// 1-based column of `value` (with its opening quote) on `line` of `file`, or 1.
    private static func column(of value: String?, line: Int, file: URL) -> Int {
        guard let value, let data = FileManager.default.contents(atPath: file.path),
              let text = String(data: data, encoding: .utf8) else { return 1 }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, let range = lines[line - 1].range(of: "\"" + value + "\"") ?? lines[line - 1].range(of: value)
        else { return 1 }
        return lines[line - 1].distance(from: lines[line - 1].startIndex, to: range.lowerBound) + 1
    }
}
