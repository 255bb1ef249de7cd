import Foundation
import Diagnostics
import GRDB

/// Compiles the SQL source into `catalog.sqlite`: the schema through GRDB's migrator, then
/// every data file in one transaction, into a temporary file renamed over the target only
/// when everything loaded, so a failed build leaves the previous catalog untouched.
public enum CatalogBuilder {
    /// Builds `target` from a checkout's `Catalog/` folder. Returns the number of price rows.
    @discardableResult
    public static func build(_ source: CatalogSource, to target: URL) throws -> Int {
        try build(try source.text(), to: target)
    }

    /// Builds `target` from SQL text. Returns the number of price rows.
    @discardableResult
    public static func build(_ text: CatalogText, to target: URL) throws -> Int {
        let directory = target.deletingLastPathComponent()
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw CatalogError.unreadable(path: target.path, detail: "cannot create its folder (\(error.localizedDescription))")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).building")
        defer { try? FileManager.default.removeItem(at: temporary) }

        let prices: Int
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try migrator(for: text).migrate(queue)
            prices = try queue.write { db in
                for file in text.data {
                    do { try db.execute(sql: file.sql) } catch let error as DatabaseError {
                        throw CatalogError.sourceFailed(file: file.name, detail: error.message ?? "\(error)")
                    }
                }
                return try PriceRow.fetchCount(db)
            }
            try queue.close()
        }
        try AtomicFile.replace(target, with: temporary)
        return prices
    }

    /// One migration per file of `Catalog/migrations`, named after the file. GRDB records
    /// which ran, so an existing catalog only ever moves forward.
    static func migrator(for text: CatalogText) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in text.migrations {
            migrator.registerMigration(file.migrationName) { db in
                do { try db.execute(sql: file.sql) } catch let error as DatabaseError {
                    throw CatalogError.sourceFailed(file: file.name, detail: error.message ?? "\(error)")
                }
            }
        }
        return migrator
    }
}
