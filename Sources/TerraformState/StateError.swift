import Diagnostics

/// A state file edxplan cannot read: where, what, and what to do. Exit code 2.
public struct StateError: UserError, Equatable {
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation?, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }
}
