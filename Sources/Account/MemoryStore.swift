import Algorithms
import Blueprint
import Foundation
import GRDB

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
        /// Resources by insertion number (the index), which orders them as SQLite's rowid
        /// does; a deleted one leaves nil. The indexes below list row numbers in ascending
        /// order, so a lookup needs no hashing of rows and no sorting.
        var rows: [AccountResource?] = []
        /// Live rows by ID (MemoryStore+RowIndex).
        var rowOfID = RowIndex()
        var rowsOfScope: [String: [Int]] = [:]
        var rowsOfType: [String: [Int]] = [:]
        var rowsOfParent: [String: [Int]] = [:]
        /// Deleted rows the three lists above still hold (see `remove`).
        var deadRows = 0
        /// Live objects by type, then region, for the types that grew big enough to need it
        /// (MemoryStore+TypeCounts).
        var countOfType: [String: [String: Int]] = [:]
        /// The lookups of `AttributeLookups`, for the types that grew big enough to need them
        /// (MemoryStore+AttributeIndex).
        var rowsOfAttribute: [AttributeKey: [Int]] = [:]
        var indexedTypes: Set<String> = []
        /// State key, then address. Written only through `put` and `forget`, which keep
        /// `stateReferences`.
        var states: [String: [String: StateEntry]] = [:]
        /// Which resource IDs state entries may name (MemoryStore+StateReferences): a create's
        /// new ID that none names cannot break state's UNIQUE (state key, resource ID).
        var stateReferences = StateReferences()
        var locks: [String: AccountLock] = [:]
        var snapshots: [String: AccountSnapshot] = [:]
        var data: [String: [DataKind: DataItem]] = [:]
        var quotas: [String: AccountQuota] = [:]
        var events: [AccountEvent] = []
        var lastEvent: Int64 = 0
        /// False in a copy rolled back after every run: nothing reads its log.
        var keepsEvents = true
        var counter = 0
        var minute = 0.0
        var scenario: String?
    }

    private let lock = NSLock()
    private var tables: Tables

    init(_ tables: Tables = Tables()) { self.tables = tables }

    /// One operation, under the lock (a scratch copy belongs to one worker, but the type is
    /// Sendable, so it must be safe to share). The tables are lent in place, not passed by
    /// value: a copy retains and releases every table, twenty-odd atomic operations on each
    /// of the hundreds of reads a rehearsal makes. `body` only reads them.
    func read<T>(_ body: (inout Tables) throws -> T) rethrows -> T {
        try lock.withLock { try body(&tables) }
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
}

extension MemoryStore.Tables {
    /// Room for `resources` more objects and their state entries. A scratch copy is rolled back
    /// after every run to tables of the size it started with, so without it each run grew the
    /// tables again from there, rehashing every ID and address on each doubling.
    mutating func reserve(resources: Int) {
        rows.reserveCapacity(rows.count + resources)
        rowOfID.reserve(rowOfID.count + resources)
        rowsOfScope.reserveCapacity(max(64, rowsOfScope.count * 2))
        rowsOfType.reserveCapacity(max(256, rowsOfType.count * 2))
        rowsOfParent.reserveCapacity(rowsOfParent.count + resources / 4)
        states.reserveCapacity(max(64, states.count * 2))
    }

    /// Resources at `rows` (ascending), in insertion order.
    func ordered(_ rows: [Int]?, where keep: (AccountResource) -> Bool = { _ in true }) -> [AccountResource] {
        guard let rows else { return [] }
        var result: [AccountResource] = []
        for row in rows { if let resource = self.rows[row], keep(resource) { result.append(resource) } }
        return result
    }

    /// The rows to scan for objects of `type` in `scope`: the shorter of the two lists (the
    /// caller checks both). A scope holds about a hundred objects, while a type holds one
    /// or more per environment, so scanning the type's list grew with the account.
    func rows(type: String, scope: String?) -> [Int]? {
        let ofType = rowsOfType[type]
        guard let scope else { return ofType }
        let ofScope = rowsOfScope[scope]
        return (ofScope?.count ?? 0) < (ofType?.count ?? 0) ? ofScope : ofType
    }

    /// How many resources at `rows` pass `keep`, without collecting them.
    func count(_ rows: [Int]?, where keep: (AccountResource) -> Bool) -> Int {
        guard let rows else { return 0 }
        var count = 0
        for row in rows { if let resource = self.rows[row], keep(resource) { count += 1 } }
        return count
    }

    func resource(id: String) -> AccountResource? { row(of: ResourceKey(id)).flatMap { rows[$0] } }

    /// The live row of the resource with `key`'s ID.
    func row(of key: ResourceKey) -> Int? { rowOfID.row(of: key, in: rows) }

    /// `key` is the resource's ID as a key, when the caller has made it already.
    mutating func insert(_ resource: AccountResource, key: ResourceKey? = nil) {
        let row = rows.count
        rows.append(resource)
        rowOfID.insert(key ?? ResourceKey(resource.id), row: row)
        // The newest row is the highest number: appending keeps every index ascending.
        rowsOfScope[resource.scope, default: []].append(row)
        rowsOfType[resource.type, default: []].append(row)
        if let parent = resource.parentID { rowsOfParent[parent, default: []].append(row) }
        if !countOfType.isEmpty { countOfType[resource.type]?[resource.region, default: 0] += 1 }
        indexAttributes(of: resource, row: row)
    }

    mutating func remove(id: String) throws {
        guard let row = rowOfID.remove(ResourceKey(id), in: rows), let resource = rows[row] else {
            throw AccountError.noSuchResource(id: id)
        }
        rows[row] = nil
        if !countOfType.isEmpty { countOfType[resource.type]?[resource.region]? -= 1 }
        // The scope, type and parent lists keep the emptied row, which every reader skips:
        // taking it out moved the rest of the list, and a type holds thousands of objects in
        // an account of many environments, so destroying them all grew with the square.
        // The lists are swept once they hold as many dead rows as live ones.
        deadRows += 1
        if deadRows > 1024, deadRows > rowOfID.count { sweepRowLists() }
        unindexAttributes(of: resource, row: row)
    }

    private mutating func sweepRowLists() {
        let rows = self.rows
        func sweep(_ lists: inout [String: [Int]]) {
            lists = lists.compactMapValues { list in
                let live = list.filter { rows[$0] != nil }
                return live.isEmpty ? nil : live
            }
        }
        sweep(&rowsOfScope)
        sweep(&rowsOfType)
        sweep(&rowsOfParent)
        deadRows = 0
    }

    /// Takes `row` out of an ascending list of rows.
    static func drop(_ row: Int, from list: inout [Int]?) {
        guard var rows = list.take() else { return }
        let found = rows.partitioningIndex { $0 >= row }
        if found < rows.endIndex, rows[found] == row { rows.remove(at: found) }
        list = rows
    }

    mutating func append(_ event: EventDraft) -> Int64 {
        lastEvent += 1
        guard keepsEvents else { return lastEvent }
        events.append(AccountEvent(seq: lastEvent, minute: event.minute ?? minute, scope: event.scope, module: event.module,
                                   address: event.address, resourceID: event.resourceID, kind: event.kind,
                                   message: event.message, errorCode: event.errorCode))
        return lastEvent
    }
}
