import GRDB

/// Indexes of `resources` that a bulk write makes after its rows instead of keeping them
/// up row by row: for each, one sort of the finished table rather than a B-tree insert per
/// row, and no cursor opened on it by every insert (SQLite opens one on each index of the
/// table, partial ones included, for every row).
///
/// Kept while writing: the keys (SQLite's own indexes, which check UNIQUE and find the row
/// an upsert replaces) and `resources_scope`, which the import's own lookups read.
enum DeferredIndexes {
    /// Drops the indexes and returns the statements that make them again, in the order
    /// the account's migrations made them. The caller runs those in the same transaction.
    static func drop(_ db: Database) throws -> [String] {
        let indexes = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name = 'resources' AND sql IS NOT NULL AND name <> 'resources_scope'
            ORDER BY rowid
            """)
        for index in indexes {
            let name: String = index["name"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return indexes.map { $0["sql"] }
    }

    /// Makes the indexes `drop` returned.
    static func make(_ statements: [String], _ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
    }
}
