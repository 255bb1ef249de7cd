import Blueprint
import GRDB

/// A row of `state_entries`: one address of one module's Terraform state.
struct StateRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "state_entries"
    var stateKey: String
    var entry: StateEntry

    init(stateKey: String, entry: StateEntry) {
        self.stateKey = stateKey
        self.entry = entry
    }

    init(row: Row) throws {
        stateKey = try row.decode(forColumn: "state_key")
        let address: String = try row.decode(forColumn: "address")
        let what = "state \(stateKey) \(address)"
        entry = StateEntry(
            address: address,
            type: try row.decode(forColumn: "type"),
            module: try row.decode(forColumn: "module"),
            resourceID: try row.decode(forColumn: "resource_id"),
            attributes: try AttributeJSON.decode(try row.decode(forColumn: "attributes"), what: what),
            tainted: try row.decode(forColumn: "tainted"),
            dependencies: try AttributeJSON.decodeList(try row.decode(forColumn: "dependencies"), what: what))
    }

    /// The columns `init(indexed:)` reads, in its order.
    static let columns = "state_key, address, type, module, resource_id, attributes, tainted, dependencies"

    /// By position, as `AccountResource.init(indexed:)` and for the same reason: every plan
    /// reads every entry of a scope.
    init(indexed row: Row) throws {
        stateKey = try row.decode(atIndex: 0)
        let address: String = try row.decode(atIndex: 1)
        let what = "state \(stateKey) \(address)"
        entry = StateEntry(
            address: address,
            type: try row.decode(atIndex: 2),
            module: try row.decode(atIndex: 3),
            resourceID: try row.decode(atIndex: 4),
            attributes: try AttributeJSON.decode(try row.decode(atIndex: 5), what: what),
            tainted: try row.decode(atIndex: 6),
            dependencies: try AttributeJSON.decodeList(try row.decode(atIndex: 7), what: what))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["state_key"] = stateKey
        container["address"] = entry.address
        container["type"] = entry.type
        container["module"] = entry.module
        container["resource_id"] = entry.resourceID
        container["attributes"] = try AttributeJSON.encode(entry.attributes)
        container["tainted"] = entry.tainted
        container["dependencies"] = try AttributeJSON.encodeList(entry.dependencies)
    }

    /// Insert, or replace the entry at the same address. An upsert rather than
    /// `INSERT OR REPLACE`: REPLACE would also silently delete a row that clashes on
    /// `UNIQUE (state_key, resource_id)`, hiding a second address claiming the same object.
    func upsert(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO state_entries (state_key, address, type, module, resource_id, attributes, tainted, dependencies)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (state_key, address) DO UPDATE SET
                type = excluded.type, module = excluded.module, resource_id = excluded.resource_id,
                attributes = excluded.attributes, tainted = excluded.tainted, dependencies = excluded.dependencies
            """).execute(arguments: [stateKey, entry.address, entry.type, entry.module, entry.resourceID,
                             try AttributeJSON.encode(entry.attributes), entry.tainted,
                             try AttributeJSON.encodeList(entry.dependencies)])
    }
}

/// A row of `locks`: one held DynamoDB lock item.
public struct AccountLock: Sendable, Hashable, FetchableRecord {
    public var lockID: String
    public var holder: String
    public var operation: String
    /// Wall time, as Terraform's lock info shows it.
    public var createdAt: String
    public var info: String

    public init(row: Row) throws {
        lockID = try row.decode(forColumn: "lock_id")
        holder = try row.decode(forColumn: "holder")
        operation = try row.decode(forColumn: "operation")
        createdAt = try row.decode(forColumn: "created_at")
        info = try row.decode(forColumn: "info")
    }

    /// The `ID:` line of Terraform's lock info, what `force-unlock` is given.
    public var infoID: String { LockText.lockInfoID(lockID: lockID, holder: holder, since: createdAt) }
}
