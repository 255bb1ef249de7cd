/// A command-line option that cannot be used as given: the message names the option, so
/// there is no file position to print (exit code 2, nothing written).
public struct OptionError: UserError, Equatable {
    /// The option, as typed: `--runs`.
    public var option: String
    public var message: String
    public var hint: String?

    public var location: SourceLocation? { nil }

    public init(_ option: String, _ message: String, hint: String? = nil) {
        self.option = option
        self.message = message
        self.hint = hint
    }

    /// `--faults is 1.5, but it must be from 0 to 1`, in the words of the scenario checks.
    public static func outOfRange(_ option: String, _ value: String, _ rule: String, hint: String? = nil) -> OptionError {
        OptionError(option, "\(option) is \(value), but it must be \(rule)", hint: hint)
    }
}
