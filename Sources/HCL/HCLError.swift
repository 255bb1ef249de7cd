import Diagnostics

/// Everything that can go wrong reading or evaluating HCL. Conforms to `UserError` so the
/// executable prints `file:line:column: error: ...` and exits with code 2 (bad input).
public enum HCLError: UserError, Equatable {
    /// The text is not HCL2 native syntax; the message says what was expected.
    case syntax(SourceLocation, String)
    /// The syntax is fine but an expression cannot be evaluated (type error, missing key, ...).
    case evaluation(SourceLocation?, String)
    /// `locals` that depend on each other in a loop, named in order (`local.a -> local.b -> local.a`).
    case cycle(SourceLocation?, [String])

    public var location: SourceLocation? {
        switch self {
        case .syntax(let location, _): location
        case .evaluation(let location, _): location
        case .cycle(let location, _): location
        }
    }

    public var message: String {
        switch self {
        case .syntax(_, let text): text
        case .evaluation(_, let text): text
        case .cycle(_, let names): "locals depend on each other in a cycle: " + names.joined(separator: " -> ")
        }
    }

    public var hint: String? {
        switch self {
        case .cycle: "break the cycle by computing one of these locals from inputs that do not refer back to it"
        default: nil
        }
    }
}

/// Something the evaluator could not model but that does not stop the import, such as a
/// call to a function outside the table: the value becomes `unknown` and this records why.
public struct HCLDiagnostic: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): warning: \(message)" }
}
