import GRDB

extension MemoryStore {
    /// Every table of a SQLite account, read in one transaction: the start of a scratch copy.
    static func load(_ db: Database) throws -> Tables {
        var tables = Tables()
        let resources = try Row.fetchCursor(db, sql: "SELECT \(AccountResource.columns) FROM resources ORDER BY rowid")
        while let row = try resources.next() { tables.insert(try AccountResource(indexed: row)) }
        let states = try Row.fetchCursor(db, sql: "SELECT \(StateRecord.columns) FROM state_entries")
        while let row = try states.next() {
            let record = try StateRecord(indexed: row)
            tables.put(record.stateKey, record.entry)
        }
        for lock in try AccountLock.fetchAll(db, sql: "SELECT * FROM locks") { tables.locks[lock.lockID] = lock }
        for snapshot in try AccountSnapshot.fetchAll(db, sql: "SELECT * FROM snapshots") { tables.snapshots[snapshot.id] = snapshot }
        for item in try DataItem.fetchAll(db, sql: "SELECT * FROM data_items") { tables.data[item.resourceID, default: [:]][item.kind] = item }
        for quota in try AccountQuota.fetchAll(db, sql: "SELECT * FROM quotas") { tables.quotas[quota.code] = quota }
        tables.events = try AccountEvent.fetchAll(db, sql: "SELECT * FROM events ORDER BY seq")
        // AUTOINCREMENT numbers from the highest ever used, not the highest still present.
        tables.lastEvent = try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'events'")
            ?? tables.events.last?.seq ?? 0
        if let counter = try Meta.get(db, Meta.idCounter) {
            guard let value = Int(counter) else { throw AccountError.corrupt(detail: "ID counter '\(counter)'") }
            tables.counter = value
        }
        tables.minute = try Meta.minute(db)
        tables.scenario = try Meta.get(db, Meta.scenario)
        return tables
    }
}
