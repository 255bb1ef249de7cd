import Diagnostics

/// What can go wrong with the fake account. A held lock is a finding (Terraform refuses to
/// run, exit 1); everything else means the file or the request is wrong (exit 2).
public enum AccountError: UserError, Equatable {
    /// The file is not SQLite, or SQLite cannot read it.
    case unreadable(path: String, detail: String)
    /// No account file there, for a command that only reads or clears one.
    case missing(path: String)
    /// A lock ID that matches no lock (`account unlock --lock-id`).
    case noSuchLock(lockID: String, held: [String])
    /// A SQLite file that some other program made (we never migrate a stranger's file).
    case notAnAccount(path: String)
    /// Made by a newer edxplan: it has migrations this build does not know.
    case newerSchema(path: String)
    /// Another run holds the state lock (DynamoDB `PutItem` failed its condition).
    case lockHeld(lockID: String, holder: String, operation: String, since: String)
    /// Releasing a lock someone else holds.
    case lockMismatch(lockID: String, holder: String, heldBy: String)
    case noSuchResource(id: String)
    /// An ID or name already taken (`DBInstanceAlreadyExists`, `BucketAlreadyOwnedByYou`).
    case alreadyExists(id: String)
    /// `DBSnapshotAlreadyExists`: a final snapshot name reused across destroys (H8).
    case snapshotExists(id: String)
    /// A write the schema refused (a malformed state key, one object under two addresses).
    case rejected(detail: String)
    /// A row that does not decode (edited by hand, or by another tool).
    case corrupt(detail: String)

    public var location: SourceLocation? { nil }

    public var exitCode: ExitCode {
        switch self {
        case .lockHeld, .lockMismatch, .alreadyExists, .snapshotExists: return .findings
        default: return .badInput
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let path, let detail):
            return "cannot read the account file \(path): \(detail)"
        case .missing(let path):
            return "no account file at \(path)"
        case .noSuchLock(let lockID, _):
            return "no lock with ID \(lockID) in the account"
        case .notAnAccount(let path):
            return "\(path) is a SQLite file but not an edxplan account"
        case .newerSchema(let path):
            return "the account file \(path) was written by a newer edxplan"
        case .lockHeld(let lockID, let holder, let operation, let since):
            return LockText.held(lockID: lockID, holder: holder, operation: operation, since: since)
        case .lockMismatch(let lockID, let holder, let heldBy):
            return "Failed to unlock state: lock \(lockID) is held by \(heldBy), not \(holder)"
        case .noSuchResource(let id):
            return "no resource \(id) in the account"
        case .alreadyExists(let id):
            return "a resource with ID \(id) already exists in the account"
        case .snapshotExists(let id):
            return "DBSnapshotAlreadyExists: Cannot create the snapshot because a snapshot with the identifier \(id) already exists."
        case .rejected(let detail):
            return "the account refused the write: \(detail)"
        case .corrupt(let detail):
            return "the account file has a malformed row: \(detail)"
        }
    }

    public var hint: String? {
        switch self {
        case .unreadable, .notAnAccount, .corrupt:
            return "pass another file with --account, or delete it to start an empty account"
        case .newerSchema:
            return "upgrade edxplan, or use another --account file"
        case .missing:
            return "check the path; `edxplan apply` makes a new account"
        case .noSuchLock(_, let held):
            return held.isEmpty ? "the account holds no lock" : "locks held: " + held.joined(separator: ", ")
        case .lockHeld(let lockID, _, _, _):
            // The Path, which is stable; `--lock-id` takes the ID: line too, as force-unlock does.
            return LockText.advice + "\n  If that run is gone, release the lock (naming the same account, by --account or scenario): "
                + "edxplan account unlock --lock-id " + lockID
        default:
            return nil
        }
    }
}
