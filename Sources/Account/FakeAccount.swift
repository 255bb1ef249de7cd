import Foundation
import GRDB

/// The fake AWS account: one SQLite file holding what "AWS" has, what each module's
/// Terraform state believes, the lock table, snapshots, data, quotas and an event log.
///
/// Every public operation is one IMMEDIATE write transaction (GRDB's default for writes), so a
/// process killed mid-call leaves all of the call or none of it, and a second process on the
/// same file queues for the write lock (busy timeout) instead of failing with SQLITE_BUSY.
/// A rehearsal's scratch copy (`scratchCopy()`) holds the same tables in memory instead,
/// where each call is all or nothing by checking before it changes anything.
public final class FakeAccount: Sendable {
    /// The account number in every ARN (AWS's documentation example account).
    public static let accountID = "123456789012"

    /// The SQLite database, or nil for a scratch copy held in `memory`.
    let queue: DatabaseQueue?
    /// A scratch copy made by `scratchCopy()`: plain collections, no SQL (see `MemoryStore`).
    let memory: MemoryStore?
    /// The file, or nil in memory; named in errors.
    public let path: String?
    /// False for a copy that is rolled back after every run (`scratchCopy(keepingEvents:)`):
    /// its event log would be thrown away unread, so callers may skip writing one.
    public let keepsEvents: Bool
    /// Where a crash test stops the writes (`crash(afterWrites:)`); unarmed otherwise.
    let crashPoint = CrashPoint()

    private init(queue: DatabaseQueue, path: String?) {
        self.queue = queue
        self.memory = nil
        self.path = path
        self.keepsEvents = true
    }

    private init(memory: MemoryStore, keepsEvents: Bool = true) {
        self.queue = nil
        self.memory = memory
        self.path = nil
        self.keepsEvents = keepsEvents
    }

    /// `<root>/.edxplan/accounts/<scenario>.sqlite`: one account per scenario by default.
    public static func defaultPath(root: URL, scenario: String) -> URL {
        root.appendingPathComponent(".edxplan").appendingPathComponent("accounts")
            .appendingPathComponent("\(scenario).sqlite")
    }

    /// Opens the account at `url`, creating its folder and an empty account when missing.
    /// An existing file is checked read-only first, so a stranger's SQLite file or a corrupt
    /// one is refused byte for byte as it was (no switch to WAL, no migration).
    public static func open(at url: URL) throws -> FakeAccount {
        let path = url.path
        let existed = exists(url)
        if existed { try inspect(path) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw AccountError.unreadable(path: path, detail: "cannot create its folder: \(error.localizedDescription)")
        }
        var configuration = baseConfiguration()
        // WAL lets `account show` read while a simulation writes; NORMAL is still safe
        // against application crashes in WAL mode (only a power loss may drop the last commit).
        // WAL is a property of the file, set once when it is made: GRDB's `.wal` setting also
        // creates and drops a table on every open whose log file is absent, which would change
        // an existing account that a command only reads or then refuses.
        configuration.journalMode = existed ? .default : .wal
        configuration.prepareDatabase { db in
            // 1 KiB pages for a new account (an existing file keeps its own): every call's
            // commit writes each page it touched (about ten: the row, the state entry, the
            // event and their indexes) to the log, and a quarter of the bytes made
            // `edxplan-bench infra-disk 100` 10% faster (4.1 s to 3.7 s).
            if !existed { try db.execute(sql: "PRAGMA page_size = 1024") }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A checkpoint every ~40 MB of log instead of SQLite's 4 MB: with NORMAL, each
            // checkpoint waits for two fsyncs (milliseconds each), and at one per hundred calls
            // they were a third of a run's time. Commits are unchanged, so crash safety is too;
            // the size limit keeps the log file from staying large after a long run.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        return try prepare(path: path) { try DatabaseQueue(path: path, configuration: configuration) }
    }

    /// Opens an account that must already exist: `account show`, `unlock`, `events` and
    /// `reset` never make one.
    public static func openExisting(at url: URL) throws -> FakeAccount {
        guard exists(url) else { throw AccountError.missing(path: url.path) }
        return try open(at: url)
    }

    /// True when `url` names a file; a folder is refused.
    public static func exists(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
    }

    /// Reads the file read-only: SQLite at all, an account, not from a newer edxplan.
    private static func inspect(_ path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw AccountError.unreadable(path: path, detail: "it is a folder")
        }
        var configuration = baseConfiguration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try checkIsAccount(queue, path: path)
            try queue.close()
        } catch let error as AccountError {
            throw error
        } catch let error as DatabaseError {
            throw AccountError.unreadable(path: path, detail: error.message ?? error.resultCode.description)
        }
    }

    /// A throwaway account, for tests and `--dry-run`.
    public static func inMemory() throws -> FakeAccount {
        try prepare(path: nil) { try DatabaseQueue(configuration: baseConfiguration()) }
    }

    static func baseConfiguration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        return configuration
    }

    static func prepare(path: String?, _ makeQueue: () throws -> DatabaseQueue) throws -> FakeAccount {
        // Opening while another process writes can meet SQLITE_BUSY outside the busy handler
        // (setting the journal mode, WAL recovery); such a refusal is passing, so try again.
        // So is a table or index that "already exists": GRDB's migrator decides what to run
        // before its transaction starts, so two processes creating one account (an apply
        // and an `account show` started together) can both try the same migration; the
        // loser tries again and finds it done.
        var attempt = 0
        while true {
            do {
                return try prepareOnce(path: path, makeQueue)
            } catch AccountError.unreadable(_, let detail)
                        where attempt < 8 && (detail.contains("locked") || detail.contains("already exists")) {
                attempt += 1
                usleep(UInt32(50_000 * attempt))
            }
        }
    }

    private static func prepareOnce(path: String?, _ makeQueue: () throws -> DatabaseQueue) throws -> FakeAccount {
        let name = path ?? ":memory:"
        do {
            let queue = try makeQueue()
            try checkIsAccount(queue, path: name)
            try AccountSchema.migrator.migrate(queue)
            return FakeAccount(queue: queue, path: path)
        } catch let error as AccountError {
            throw error
        } catch let error as DatabaseError {
            throw AccountError.unreadable(path: name, detail: error.message ?? error.resultCode.description)
        } catch {
            throw AccountError.unreadable(path: name, detail: "\(error)")
        }
    }

    /// Refuses a stranger's SQLite file (a catalog, say) before migrating would write our
    /// tables into it, and a file from a newer edxplan whose schema we cannot know.
    private static func checkIsAccount(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """)
            // Only GRDB's log, made outside the first migration's transaction: another
            // process is creating this account right now. It is ours.
            guard !tables.filter({ $0 != "grdb_migrations" }).isEmpty else { return }
            let migrator = AccountSchema.migrator
            guard tables.contains("grdb_migrations"),
                  try migrator.appliedIdentifiers(db).contains(AccountSchema.first) else {
                throw AccountError.notAnAccount(path: path)
            }
            if try migrator.hasBeenSuperseded(db) { throw AccountError.newerSchema(path: path) }
        }
    }

    /// One IMMEDIATE write transaction, with SQLite's refusals turned into account errors.
    /// Not GRDB's `write`: its BEGIN and COMMIT are compiled anew on every call, and this
    /// runs once per simulated API call (see `Transaction`).
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try crashPoint.spend()
        do {
            return try database().inDatabase { db in try Transaction.run(db, .immediate, body) }
        } catch let error as DatabaseError {
            throw translate(error)
        }
    }

    /// One DEFERRED transaction, so a read of several statements sees one snapshot. Not
    /// GRDB's `read`: that toggles `PRAGMA query_only`, and SQLite expires every prepared
    /// statement whenever a flag pragma runs, so each read made all cached statements
    /// compile again (two thirds of a 1,000-environment run was spent in SQLite's parser).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database().inDatabase { db in try Transaction.run(db, .deferred, body) }
        } catch let error as DatabaseError {
            throw translate(error)
        }
    }

    /// The SQLite database; a scratch copy has none, and every public call answers from
    /// `memory` before it would get here.
    func database() throws -> DatabaseQueue {
        guard let queue else { throw AccountError.rejected(detail: "a scratch copy in memory has no database") }
        return queue
    }

    func translate(_ error: DatabaseError) -> AccountError {
        if error.resultCode == .SQLITE_CONSTRAINT {
            return .rejected(detail: error.message ?? "constraint failed")
        }
        return .unreadable(path: path ?? ":memory:", detail: error.message ?? error.resultCode.description)
    }
}

extension FakeAccount {
    /// A copy of the whole account in memory, for rehearsals: a scratch copy needs no
    /// durability and no second process, so it is held in plain collections, where a
    /// simulated call costs no SQL at all.
    ///
    /// `keepingEvents: false` is for a copy rolled back after every run, whose log nobody
    /// reads: it logs nothing, and says so in `keepsEvents`.
    public func scratchCopy(keepingEvents: Bool = true) throws -> FakeAccount {
        var tables = try memory.map { $0.read { $0 } } ?? read { db in try MemoryStore.load(db) }
        tables.keepsEvents = keepingEvents
        tables.reserve(resources: 1024)
        return FakeAccount(memory: MemoryStore(tables), keepsEvents: keepingEvents)
    }

    /// An empty scratch account in memory: what a rehearsal starts from when the user has
    /// no account yet.
    public static func scratch() -> FakeAccount { FakeAccount(memory: MemoryStore()) }

    /// Runs `body` on a scratch copy, then puts the copy back as it was, so many rehearsals
    /// can start from one prepared account without copying it each time.
    public func restoring<T>(_ body: () throws -> T) throws -> T {
        guard let memory else { throw AccountError.rejected(detail: "only a scratch copy can be restored") }
        return try memory.restoring(body)
    }
}
