import Foundation
import GRDB

extension FakeAccount {
    /// A new account at `url`, filled by `fill` and put in place whole: it is built in
    /// `<file>.partial` without a rollback journal, then made a WAL file, flushed to disk and
    /// renamed to `url`. A failure or a killed process leaves no account at `url` (a
    /// leftover `.partial` file is removed by the next build), which is what a journal would
    /// give at a cost: a 100 MB state import wrote every page twice (log, then checkpoint).
    ///
    /// `url` must not exist yet; the account is closed when this returns.
    public static func build(at url: URL, _ fill: (FakeAccount) throws -> Void) throws {
        let path = url.path
        guard !exists(url) else { throw AccountError.rejected(detail: "\(path) exists: a new account is built only where none is") }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw AccountError.unreadable(path: path, detail: "cannot create its folder: \(error.localizedDescription)")
        }
        let partial = path + ".partial"
        removeFiles(of: partial)
        var configuration = baseConfiguration()
        configuration.prepareDatabase { db in
            // The pages an account made by `open` has (see there), no journal while it is a
            // private file, and a cache that holds every page until the end.
            try db.execute(sql: "PRAGMA page_size = 1024")
            try db.execute(sql: "PRAGMA journal_mode = OFF")
            try db.execute(sql: "PRAGMA synchronous = OFF")
            try db.execute(sql: "PRAGMA cache_size = \(bulkCacheKiB)")
            // What is written here is what edxplan's own code makes (attributes from
            // `AttributeJSON`, state keys from `stateKey`, enumerations' raw values), so the
            // tables' CHECK constraints (`json_valid` parses each attribute text again, a
            // sixth of SQLite's work in an import) are not evaluated; keys and UNIQUE
            // constraints still are. Later connections to the account check as always.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        }
        do {
            let account = try prepare(path: partial) { try DatabaseQueue(path: partial, configuration: configuration) }
            try fill(account)
            let queue = try account.database()
            // WAL from here on, as `open` makes a new account (`PRAGMA journal_mode` cannot run in a transaction).
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: partial))
            try handle.synchronize()
            try handle.close()
            guard rename(partial, path) == 0 else {
                throw AccountError.unreadable(path: path, detail: "cannot move the new account into place: \(String(cString: strerror(errno)))")
            }
        } catch {
            removeFiles(of: partial)
            if let error = error as? DatabaseError { throw AccountError.unreadable(path: path, detail: error.message ?? error.resultCode.description) }
            throw error
        }
    }

    /// The page cache of a bulk write, in KiB as SQLite's negative `cache_size` counts: room
    /// for every page a 100 MB state import touches (about 120 MB of 1 KiB pages), so each is
    /// written once, at the end, instead of spilled and written again.
    static let bulkCacheKiB = -262_144

    private static func removeFiles(of path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
