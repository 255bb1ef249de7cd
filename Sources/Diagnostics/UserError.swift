/// The exit codes of the command-line contract (DESIGN.md).
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// The run found blocking problems (a failed apply, a hazard with `--fail-on-hazard`).
    case findings = 1
    /// Bad input or usage: nothing was written.
    case badInput = 2
}

/// An error the user caused and can fix. Every module's error enum conforms, so the
/// executable prints one clear message (what, where, what to do) and exits with `exitCode`.
public protocol UserError: Error, CustomStringConvertible {
    /// Where the problem is, when it is in a file.
    var location: SourceLocation? { get }
    /// What went wrong, in one sentence.
    var message: String { get }
    /// What to do about it.
    var hint: String? { get }
    var exitCode: ExitCode { get }
}

extension UserError {
    public var exitCode: ExitCode { .badInput }
    public var hint: String? { nil }

    /// `file:line:column: error: message` then the hint, as compilers print it.
    public var description: String {
        var text = location.map { "\($0): error: " } ?? "error: "
        text += message
        if let hint { text += "\n  " + hint }
        return text
    }
}
