import Foundation
import Testing

/// One bad input for the table-driven suite: what the user runs, in a folder holding what,
/// and how the real executable must answer: the exit code, the start of the first line of
/// standard error, and no file added, removed or changed (checksums before and after).
struct BadInputCase: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    /// Files written into the working folder first (relative path -> bytes).
    var files: [String: Data] = [:]
    /// Environment variables set for the run (on top of the test process's, catalog unset).
    var environment: [String: String] = [:]
    /// A copy of a Terragrunt fixture tree at `tree/`, with text replaced in its files.
    var tree: [TreeEdit]? = nil
    /// Commands run first, which must succeed (an `apply` that makes an account).
    var setup: [[String]] = []
    /// The start of the first line of standard error.
    var firstLine: String
    /// Text the whole of standard error must hold.
    var contains: [String] = []
    var status: Int32 = 2

    var testDescription: String { name }

    struct TreeEdit: Sendable {
        var file: String
        var replacing: String
        var with: Data
    }
}

extension BadInputCase {
    /// `cost s.yaml --output out.txt` on scenario text.
    static func scenario(_ name: String, _ yaml: String, _ firstLine: String, contains: [String] = [],
                         command: [String] = ["cost"]) -> BadInputCase {
        BadInputCase(name: name, arguments: command + ["s.yaml"] + (command == ["cost"] ? ["--output", "out.txt"] : []),
                     files: ["s.yaml": Data(yaml.utf8)], firstLine: firstLine, contains: contains)
    }

    /// A scenario of one environment `prod` with `modules` and then `lines` (indented four spaces).
    static func environment(_ name: String, modules: String = "vpc, kubernetes, mysql, ec2_bastion", _ lines: String,
                            _ firstLine: String, contains: [String] = []) -> BadInputCase {
        scenario(name, "name: t\nenvironments:\n  prod:\n    modules: [\(modules)]\n" + lines + "\n", firstLine, contains: contains)
    }

    /// `import terragrunt tree` on the per-environment fixture with `file` edited.
    static func tree(_ name: String, _ file: String, replacing: String, with: String, _ firstLine: String,
                     contains: [String] = [], command: [String] = ["import", "terragrunt", "tree", "--output", "out.txt"]) -> BadInputCase {
        BadInputCase(name: name, arguments: command, tree: [TreeEdit(file: file, replacing: replacing, with: Data(with.utf8))],
                     firstLine: firstLine, contains: contains)
    }
}
