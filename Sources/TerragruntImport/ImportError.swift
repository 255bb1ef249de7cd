import Diagnostics

/// What stops an import: nothing is written. HCL syntax and evaluation errors are thrown as
/// `HCLError` (already `file:line:column`), with paths shown as the user gave them.
public enum ImportError: UserError, Equatable {
    /// PATH does not exist or is not a folder.
    case notADirectory(path: String)
    /// No unit (`terragrunt.hcl` with a module below a root) anywhere under PATH.
    case noUnits(path: String)
    /// A file could not be read as UTF-8 text.
    case unreadable(path: String)
    /// More units than edxplan reads in one tree (`TerragruntImporter.maxUnits`).
    case tooManyUnits(path: String, count: Int)

    public var location: SourceLocation? { nil }

    public var message: String {
        switch self {
        case .notADirectory(let path): "\(path) is not a folder"
        case .noUnits(let path): "no terragrunt.hcl unit found under \(path)"
        case .unreadable(let path): "cannot read \(path) as UTF-8 text"
        case .tooManyUnits(let path, let count):
            "\(path) holds \(count) terragrunt.hcl units; edxplan reads at most \(TerragruntImporter.maxUnits) in one tree"
        }
    }

    public var hint: String? {
        switch self {
        case .notADirectory, .noUnits:
            "give the repository root, its terraform/ folder or an environments folder: units are "
                + "terraform/environments/<env>/<module>/terragrunt.hcl (and terraform/stacks/<id>/<module>/terragrunt.hcl)"
        case .unreadable: nil
        case .tooManyUnits: "import one environments folder at a time; docs/limits.md lists the limits"
        }
    }
}

/// Something the import could not follow or that looks wrong, which does not stop it
/// (printed on standard error as `file:line:column: warning: ...`).
public struct ImportWarning: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation?
    public var message: String
    /// Terraform or terragrunt would stop here (a value no module variable takes): the import
    /// is refused at this place instead of going on with a warning.
    public var stops = false

    public init(location: SourceLocation?, message: String, stops: Bool = false) {
        self.location = location
        self.message = message
        self.stops = stops
    }

    public var description: String { (location.map { "\($0): " } ?? "") + "warning: " + message }
}

/// A value read from the tree and the place that decided it (the input, the variable default
/// or the resource argument), which the scenario writer puts in a comment.
struct Sourced<T> {
    var value: T
    var location: SourceLocation
}
