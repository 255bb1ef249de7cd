import GRDB

extension FakeAccount {
    /// Appends to the event log; `minute` defaults to the account's clock.
    @discardableResult
    public func log(_ kind: EventKind, scope: String, module: String, address: String? = nil, resourceID: String? = nil,
                    message: String, errorCode: String? = nil, minute: Double? = nil) throws -> Int64 {
        try write { db in
            let at = try minute ?? Meta.minute(db)
            try db.execute(sql: """
                INSERT INTO events (minute, scope, module, address, resource_id, kind, message, error_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [at, scope, module, address, resourceID, kind.rawValue, message, errorCode])
            return db.lastInsertedRowID
        }
    }

    /// Events in the order they were logged (by sequence, not minute: parallel steps share
    /// minutes). With a limit, the most recent `limit` of them, still oldest first.
    public func events(scope: String? = nil, limit: Int? = nil) throws -> [AccountEvent] {
        try read { db in
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
        try write { db in
            for table in AccountSchema.tables {
                try db.execute(sql: "DELETE FROM \(table)")
            }
            // Restart event numbering too, so a reset account reads like a new one.
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = 'events'")
        }
    }

    /// Counts for `edxplan account show`.
    public func summary() throws -> AccountSummary {
        try read { db in
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
