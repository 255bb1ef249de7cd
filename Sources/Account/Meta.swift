import GRDB

/// The `meta` key-value table: the simulated clock, the ID counter, the scenario name.
enum Meta {
    static let idCounter = "id_counter"
    static let clockMinute = "clock_minute"
    static let scenario = "scenario"

    static func get(_ db: Database, _ key: String) throws -> String? {
        // Cached statements: these run on every simulated API call, and compiling SQL (with
        // GRDB's authorizer) cost more than executing it.
        try String.fetchOne(try db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func set(_ db: Database, _ key: String, _ value: String) throws {
        try db.cachedStatement(sql: """
            INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """).execute(arguments: [key, value])
    }

    /// Bumps the ID counter and returns its new value, in one statement (this runs on every
    /// create). A missing or unreadable counter counts as 0, as it always has.
    static func nextCounter(_ db: Database) throws -> Int {
        let text = try String.fetchOne(try db.cachedStatement(sql: """
            INSERT INTO meta (key, value) VALUES ('\(idCounter)', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            RETURNING value
            """))
        guard let text, let counter = Int(text) else { throw AccountError.corrupt(detail: "ID counter '\(text ?? "")'") }
        return counter
    }

    static func minute(_ db: Database) throws -> Double {
        guard let text = try get(db, clockMinute) else { return 0 }
        guard let minute = Double(text) else { throw AccountError.corrupt(detail: "clock minute '\(text)'") }
        return minute
    }
}

extension FakeAccount {
    /// The simulated clock, in minutes since the account was made.
    public func minute() throws -> Double {
        if let memory { return memory.read { $0.minute } }
        return try read { db in try Meta.minute(db) }
    }

    public func setMinute(_ minute: Double) throws {
        if let memory { return memory.write { $0.minute = minute } }
        return try write { db in try Meta.set(db, Meta.clockMinute, String(minute)) }
    }

    /// The scenario the account was last used with, so `account show` can name it.
    public func scenario() throws -> String? {
        if let memory { return memory.read { $0.scenario } }
        return try read { db in try Meta.get(db, Meta.scenario) }
    }

    public func setScenario(_ name: String) throws {
        if let memory { return memory.write { $0.scenario = name } }
        return try write { db in try Meta.set(db, Meta.scenario, name) }
    }
}
