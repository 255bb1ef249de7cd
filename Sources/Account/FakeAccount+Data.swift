import Blueprint
import GRDB

extension FakeAccount {
    /// Takes a snapshot at the current minute. Its ID is the caller's (a
    /// `final_snapshot_identifier`), and reusing one fails as AWS does (H8).
    @discardableResult
    public func createSnapshot(id: String, sourceResourceID: String, kind: SnapshotKind,
                               data: [String: AttributeValue] = [:]) throws -> AccountSnapshot {
        if let memory {
            return try memory.write { tables in
                guard tables.snapshots[id] == nil else { throw AccountError.snapshotExists(id: id) }
                let snapshot = AccountSnapshot(id: id, sourceResourceID: sourceResourceID, kind: kind, createdAtMinute: tables.minute,
                                               data: data)
                tables.snapshots[id] = snapshot
                return snapshot
            }
        }
        return try write { db in
            try db.cachedStatement(sql: """
                INSERT INTO snapshots (id, source_resource_id, kind, created_at_minute, data) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING
                """).execute(arguments: [id, sourceResourceID, kind.rawValue, try Meta.minute(db), try AttributeJSON.encode(data)])
            guard db.changesCount == 1 else { throw AccountError.snapshotExists(id: id) }
            guard let snapshot = try Self.snapshot(id, db) else { throw AccountError.snapshotExists(id: id) }
            return snapshot
        }
    }

    public func snapshot(id: String) throws -> AccountSnapshot? {
        if let memory { return memory.read { $0.snapshots[id] } }
        return try read { db in try Self.snapshot(id, db) }
    }

    /// Snapshots, oldest first, optionally of one source.
    public func snapshots(of sourceResourceID: String? = nil) throws -> [AccountSnapshot] {
        if let memory {
            return memory.read { tables in
                tables.snapshots.values.filter { sourceResourceID == nil || $0.sourceResourceID == sourceResourceID }
                    .sorted { ($0.createdAtMinute, $0.id) < ($1.createdAtMinute, $1.id) }
            }
        }
        return try read { db in
            guard let sourceResourceID else {
                return try AccountSnapshot.fetchAll(try db.cachedStatement(sql: "SELECT * FROM snapshots ORDER BY created_at_minute, id"))
            }
            return try AccountSnapshot.fetchAll(try db.cachedStatement(sql: """
                SELECT * FROM snapshots WHERE source_resource_id = ? ORDER BY created_at_minute, id
                """), arguments: [sourceResourceID])
        }
    }

    @discardableResult
    public func deleteSnapshot(id: String) throws -> Bool {
        if let memory { return memory.write { $0.snapshots.removeValue(forKey: id) != nil } }
        return try write { db in
            try db.cachedStatement(sql: "DELETE FROM snapshots WHERE id = ?").execute(arguments: [id])
            return db.changesCount > 0
        }
    }

    private static func snapshot(_ id: String, _ db: Database) throws -> AccountSnapshot? {
        try AccountSnapshot.fetchOne(try db.cachedStatement(sql: "SELECT * FROM snapshots WHERE id = ?"), arguments: [id])
    }

    /// Records (or replaces) how much of one kind a data store holds.
    public func setData(_ item: DataItem) throws {
        if let memory { return memory.write { $0.data[item.resourceID, default: [:]][item.kind] = item } }
        return try write { db in
            try db.cachedStatement(sql: """
                INSERT INTO data_items (resource_id, kind, quantity, description) VALUES (?, ?, ?, ?)
                ON CONFLICT (resource_id, kind) DO UPDATE SET quantity = excluded.quantity, description = excluded.description
                """).execute(arguments: [item.resourceID, item.kind.rawValue, item.quantity, item.description])
        }
    }

    /// Data items of one store, or of all. Items outlive their store: an item whose
    /// resource is gone (and not in a snapshot) is data lost.
    public func dataItems(resourceID: String? = nil) throws -> [DataItem] {
        if let memory {
            return memory.read { tables in
                let stores = resourceID.map { [$0] } ?? tables.data.keys.sorted()
                return stores.flatMap { (tables.data[$0] ?? [:]).values.sorted { $0.kind.rawValue < $1.kind.rawValue } }
            }
        }
        return try read { db in
            guard let resourceID else {
                return try DataItem.fetchAll(try db.cachedStatement(sql: "SELECT * FROM data_items ORDER BY resource_id, kind"))
            }
            return try DataItem.fetchAll(try db.cachedStatement(sql: "SELECT * FROM data_items WHERE resource_id = ? ORDER BY kind"),
                                         arguments: [resourceID])
        }
    }

    /// Seeds or changes a quota (the caller copies the catalog's service quotas in).
    public func setQuota(code: String, name: String, value: Int, scope: String) throws {
        if let memory { return memory.write { $0.quotas[code] = AccountQuota(code: code, name: name, value: value, scope: scope) } }
        return try write { db in
            try db.cachedStatement(sql: """
                INSERT INTO quotas (code, name, value, scope) VALUES (?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, value = excluded.value, scope = excluded.scope
                """).execute(arguments: [code, name, value, scope])
        }
    }

    public func quota(code: String) throws -> AccountQuota? {
        if let memory { return memory.read { $0.quotas[code] } }
        return try read { db in try AccountQuota.fetchOne(try db.cachedStatement(sql: "SELECT * FROM quotas WHERE code = ?"), arguments: [code]) }
    }

    public func quotas() throws -> [AccountQuota] {
        if let memory { return memory.read { $0.quotas.values.sorted { $0.code < $1.code } } }
        return try read { db in try AccountQuota.fetchAll(try db.cachedStatement(sql: "SELECT * FROM quotas ORDER BY code")) }
    }
}
