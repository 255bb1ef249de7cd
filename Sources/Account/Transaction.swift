import GRDB

/// BEGIN ... COMMIT with cached statements. Every simulated API call is one transaction
/// (crash safety), so the fixed cost of a transaction is paid hundreds of thousands of times
/// in a large run: compiling "BEGIN IMMEDIATE TRANSACTION" and "COMMIT TRANSACTION" afresh
/// each time, as GRDB's `inTransaction` does, cost as much as the writes themselves.
enum Transaction {
    enum Kind: String {
        case immediate = "BEGIN IMMEDIATE"
        case deferred = "BEGIN DEFERRED"
    }

    static func run<T>(_ db: Database, _ kind: Kind, _ body: (Database) throws -> T) throws -> T {
        try db.cachedStatement(sql: kind.rawValue).execute()
        do {
            let result = try body(db)
            try db.cachedStatement(sql: "COMMIT").execute()
            return result
        } catch {
            // SQLite may already have rolled back (some errors end the transaction themselves).
            if db.isInsideTransaction { try? db.cachedStatement(sql: "ROLLBACK").execute() }
            throw error
        }
    }
}
