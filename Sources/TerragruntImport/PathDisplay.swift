import Diagnostics
import HCL

/// How a file of the tree is named to the user: relative to PATH in the scenario's comments
/// (`terraform/environments/prod/env.hcl:7`), and as PATH was given on the command line in
/// warnings and errors, so a terminal can open them.
struct PathDisplay {
    /// Absolute PATH.
    var root: String
    /// PATH as the user wrote it.
    var given: String

    func relative(_ file: String) -> String {
        guard file.hasPrefix("/") else { return file }
        if file == root { return "." }
        if file.hasPrefix(root + "/") { return String(file.dropFirst(root.count + 1)) }
        return Paths.relative(from: root, to: file)
    }

    func shown(_ file: String) -> String {
        let relative = relative(file)
        if given.isEmpty || given == "." { return relative }
        return relative == "." ? given : Paths.normalize(given + "/" + relative)
    }

    func comment(_ location: SourceLocation) -> String { "\(relative(location.file)):\(location.line)" }

    func shown(_ location: SourceLocation) -> SourceLocation {
        SourceLocation(file: shown(location.file), line: location.line, column: location.column)
    }

    /// An HCL error with its file named as the user gave PATH.
    func shown(_ error: HCLError) -> HCLError {
        switch error {
        case .syntax(let location, let message): .syntax(shown(location), message)
        case .evaluation(let location, let message): .evaluation(location.map(shown), message)
        case .cycle(let location, let names): .cycle(location.map(shown), names)
        }
    }
}
