import GRDB

extension FakeAccount {
    /// Appends to the event log; `minute` defaults to the account's clock.
    @discardableResult
    public func log(_ kind: EventKind, scope: String, module: String, address: String? = nil, resourceID: String? = nil,
                    message: String, errorCode: String? = nil, minute: Double? = nil) throws -> Int64 {
        let draft = EventDraft(kind, scope: scope, module: module, address: address, resourceID: resourceID, message: message,
                               errorCode: errorCode, minute: minute)
        if let memory { return memory.write { $0.append(draft) } }
        return try write { db in try Self.append(draft, db) }
    }

    /// Inserts an event inside the caller's transaction (a create and its log line commit together).
    static func append(_ event: EventDraft, _ db: Database) throws -> Int64 {
        let at = try event.minute ?? Meta.minute(db)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO events (minute, scope, module, address, resource_id, kind, message, error_code)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [at, event.scope, event.module, event.address, event.resourceID, event.kind.rawValue,
                                          event.message, event.errorCode])
        return db.lastInsertedRowID
    }

    /// Events in the order they were logged (by sequence, not minute: parallel steps share
    /// minutes). With a limit, the most recent `limit` of them, still oldest first.
    public func events(scope: String? = nil, limit: Int? = nil) throws -> [AccountEvent] {
        if let memory {
            return memory.read { tables in
                let chosen = scope.map { scope in tables.events.filter { $0.scope == scope } } ?? tables.events
                // SQLite reads a negative LIMIT as none.
                return Array(chosen.suffix(limit.flatMap { $0 >= 0 ? $0 : nil } ?? chosen.count))
            }
        }
        return try read { db in
            var sql = "SELECT * FROM events"
            var arguments: StatementArguments = []
            if let scope {
                sql += " WHERE scope = ?"
                arguments += [scope]
            }
            sql += " ORDER BY seq DESC"
            if let limit {
                sql += " LIMIT ?"
                arguments += [limit]
            }
            return try AccountEvent.fetchAll(db, sql: sql, arguments: arguments).reversed()
        }
    }

    /// Empties the account (every table, the clock and the ID counter) but keeps the schema.
    public func reset() throws {
        if let memory { return memory.write { $0 = MemoryStore.Tables() } }
        return try write { db in
            for table in AccountSchema.tables {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            // Restart event numbering too, so a reset account reads like a new one.
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = 'events'")
        }
    }

    /// Counts for `edxplan account show`.
    public func summary() throws -> AccountSummary {
        if let memory { return memory.read { $0.summary() } }
        return try read { db in
            func grouped(_ column: String) throws -> [String: Int] {
                let rows = try Row.fetchAll(db, sql: "SELECT \(column) AS key, COUNT(*) AS n FROM resources GROUP BY \(column)")
                var counts: [String: Int] = [:]
                for row in rows { counts[try row.decode(forColumn: "key")] = try row.decode(forColumn: "n") }
                return counts
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return AccountSummary(
                resourcesByType: try grouped("type"),
                resourcesByManagedBy: try grouped("managed_by"),
                resourcesByScope: try grouped("scope"),
                stateEntries: try count("SELECT COUNT(*) FROM state_entries"),
                taintedEntries: try count("SELECT COUNT(*) FROM state_entries WHERE tainted = 1"),
                locks: try count("SELECT COUNT(*) FROM locks"),
                snapshots: try count("SELECT COUNT(*) FROM snapshots"),
                events: try count("SELECT COUNT(*) FROM events"),
                minute: try Meta.minute(db),
                scenario: try Meta.get(db, Meta.scenario))
        }
    }
}

/// An event to log as part of another call's transaction.
public struct EventDraft: Sendable {
    public var kind: EventKind
    public var scope: String
    public var module: String
    public var address: String?
    public var resourceID: String?
    public var message: String
    public var errorCode: String?
    public var minute: Double?

    public init(_ kind: EventKind, scope: String, module: String, address: String? = nil, resourceID: String? = nil,
                message: String, errorCode: String? = nil, minute: Double? = nil) {
        self.kind = kind
        self.scope = scope
        self.module = module
        self.address = address
        self.resourceID = resourceID
        self.message = message
        self.errorCode = errorCode
        self.minute = minute
    }
}
