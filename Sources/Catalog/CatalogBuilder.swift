import Foundation
import Diagnostics
import GRDB

/// Compiles the SQL source into `catalog.sqlite`: the schema through GRDB's migrator, then
/// every data file in one transaction, into a temporary file renamed over the target only
/// when everything loaded, so a failed build leaves the previous catalog untouched.
public enum CatalogBuilder {
    /// Builds `target` from `source`. Returns the number of price rows.
    @discardableResult
    public static func build(_ source: CatalogSource, to target: URL) throws -> Int {
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).building")
        defer { try? FileManager.default.removeItem(at: temporary) }

        let prices: Int
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try migrator(for: source).migrate(queue)
            prices = try queue.write { db in
                for file in source.dataFiles {
                    let sql: String
                    do { sql = try String(contentsOf: file, encoding: .utf8) } catch {
                        throw CatalogError.sourceFailed(file: file.lastPathComponent, detail: "unreadable")
                    }
                    do { try db.execute(sql: sql) } catch let error as DatabaseError {
                        throw CatalogError.sourceFailed(file: relative(file, source), detail: error.message ?? "\(error)")
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
    static func migrator(for source: CatalogSource) throws -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in source.migrations {
            let sql = try String(contentsOf: file, encoding: .utf8)
            let name = file.deletingPathExtension().lastPathComponent
            migrator.registerMigration(name) { db in
                do { try db.execute(sql: sql) } catch let error as DatabaseError {
                    throw CatalogError.sourceFailed(file: relative(file, source), detail: error.message ?? "\(error)")
                }
            }
        }
        return migrator
    }

    private static func relative(_ file: URL, _ source: CatalogSource) -> String {
        "Catalog/" + file.path.dropFirst(source.directory.path.count + 1)
    }
}
