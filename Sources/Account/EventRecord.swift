import GRDB

public enum EventKind: String, Sendable, CaseIterable {
    case create, update, delete, fail, lock, unlock, drift, note
}

/// A row of `events`: the account's log, in the order things happened.
public struct AccountEvent: Sendable, Hashable, FetchableRecord {
    public var seq: Int64
    public var minute: Double
    public var scope: String
    public var module: String
    public var address: String?
    public var resourceID: String?
    public var kind: EventKind
    public var message: String
    /// The AWS or Terraform error code of a failure (`DependencyViolation`, `BucketNotEmpty`).
    public var errorCode: String?

    public init(row: Row) throws {
        seq = try row.decode(forColumn: "seq")
        minute = try row.decode(forColumn: "minute")
        scope = try row.decode(forColumn: "scope")
        module = try row.decode(forColumn: "module")
        address = try row.decode(forColumn: "address")
        resourceID = try row.decode(forColumn: "resource_id")
        let kind: String = try row.decode(forColumn: "kind")
        guard let known = EventKind(rawValue: kind) else {
            throw AccountError.corrupt(detail: "event \(seq) has kind '\(kind)'")
        }
        self.kind = known
        message = try row.decode(forColumn: "message")
        errorCode = try row.decode(forColumn: "error_code")
    }
}

/// What `edxplan account show` prints: counts, not contents.
public struct AccountSummary: Sendable, Hashable {
    public var resourcesByType: [String: Int]
    public var resourcesByManagedBy: [String: Int]
    public var resourcesByScope: [String: Int]
    public var stateEntries: Int
    public var taintedEntries: Int
    public var locks: Int
    public var snapshots: Int
    public var events: Int
    public var minute: Double
    public var scenario: String?

    public var resources: Int { resourcesByType.values.reduce(0, +) }
}
