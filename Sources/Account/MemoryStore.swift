import Blueprint
import Foundation
import GRDB
import Planner

/// The account held in plain Swift collections: what a rehearsal's scratch copy is. A
/// scratch copy needs no durability and no second process, and going through SQL (even an
/// in-memory database) was about half of a rehearsal's time. The tables, their orders and
/// their refusals are the SQLite account's, so a run gives the same results on either
/// (RehearsalTests and MemoryStoreTests compare them).
///
/// Every operation checks everything it could refuse before it changes anything, so a
/// refused call leaves the account as it was, as a rolled-back transaction does.
final class MemoryStore: @unchecked Sendable {
    /// The tables. A value: `restoring` keeps a copy and puts it back, and the collections
    /// are copied on write, so that costs one copy of what a run changes.
    struct Tables {
        /// Resources by insertion number, which orders them as SQLite's rowid does.
        var rows: [Int: AccountResource] = [:]
        var rowOfID: [String: Int] = [:]
        var rowsOfScope: [String: Set<Int>] = [:]
        var rowsOfType: [String: Set<Int>] = [:]
        var rowsOfParent: [String: Set<Int>] = [:]
        var lastRow = 0
        /// State key, then address.
        var states: [String: [String: StateEntry]] = [:]
        var locks: [String: AccountLock] = [:]
        var snapshots: [String: AccountSnapshot] = [:]
        var data: [String: [DataKind: DataItem]] = [:]
        var quotas: [String: AccountQuota] = [:]
        var events: [AccountEvent] = []
        var lastEvent: Int64 = 0
        var counter = 0
        var minute = 0.0
        var scenario: String?
    }

    private let lock = NSLock()
    private var tables: Tables

    init(_ tables: Tables = Tables()) { self.tables = tables }

    /// One operation, under the lock (a scratch copy belongs to one worker, but the type is
    /// Sendable, so it must be safe to share).
    func read<T>(_ body: (Tables) throws -> T) rethrows -> T {
        try lock.withLock { try body(tables) }
    }

    func write<T>(_ body: (inout Tables) throws -> T) rethrows -> T {
        try lock.withLock { try body(&tables) }
    }

    /// Runs `body`, then puts every table back as it was.
    func restoring<T>(_ body: () throws -> T) rethrows -> T {
        let saved = lock.withLock { tables }
        defer { lock.withLock { tables = saved } }
        return try body()
    }

    func copy() -> MemoryStore { MemoryStore(lock.withLock { tables }) }
}

extension MemoryStore.Tables {
    /// Resources at `rows`, in insertion order.
    func ordered(_ rows: Set<Int>?, where keep: (AccountResource) -> Bool = { _ in true }) -> [AccountResource] {
        guard let rows else { return [] }
        var result: [AccountResource] = []
        for row in rows.sorted() { if let resource = self.rows[row], keep(resource) { result.append(resource) } }
        return result
    }

    func resource(id: String) -> AccountResource? { rowOfID[id].flatMap { rows[$0] } }

    mutating func insert(_ resource: AccountResource) {
        lastRow += 1
        rows[lastRow] = resource
        rowOfID[resource.id] = lastRow
        rowsOfScope[resource.scope, default: []].insert(lastRow)
        rowsOfType[resource.type, default: []].insert(lastRow)
        if let parent = resource.parentID { rowsOfParent[parent, default: []].insert(lastRow) }
    }

    mutating func remove(id: String) throws {
        guard let row = rowOfID.removeValue(forKey: id), let resource = rows.removeValue(forKey: row) else {
            throw AccountError.noSuchResource(id: id)
        }
        rowsOfScope[resource.scope]?.remove(row)
        rowsOfType[resource.type]?.remove(row)
        if let parent = resource.parentID { rowsOfParent[parent]?.remove(row) }
    }

    mutating func append(_ event: EventDraft) -> Int64 {
        lastEvent += 1
        events.append(AccountEvent(seq: lastEvent, minute: event.minute ?? minute, scope: event.scope, module: event.module,
                                   address: event.address, resourceID: event.resourceID, kind: event.kind,
                                   message: event.message, errorCode: event.errorCode))
        return lastEvent
    }
}
