import Blueprint
import GRDB

extension FakeAccount {
    /// The S3 key of a module's state: `<scope>/<module>`. Interpolated: a state key fits in a
    /// small string, where interpolation allocates nothing and beats `Text.join`.
    public static func stateKey(scope: String, module: String) -> String { "\(scope)/\(module)" }

    /// Writes one address of a module's state, replacing what was there.
    public func recordState(stateKey: String, entry: StateEntry) throws {
        if let memory { return try memory.write { try $0.record(stateKey, entry) } }
        return try write { db in try StateRecord(stateKey: stateKey, entry: entry).upsert(db) }
    }

    /// Drops an address from state (`terraform state rm`, or a refresh that found it gone).
    /// Returns whether it was there.
    @discardableResult
    public func removeState(stateKey: String, address: String) throws -> Bool {
        if let memory { return memory.write { $0.forget(stateKey, address) } }
        return try write { db in try Self.forget(stateKey: stateKey, address: address, db) }
    }

    /// Marks (or clears, as `terraform untaint` does) a create that failed part-way.
    public func taint(stateKey: String, address: String, tainted: Bool = true) throws {
        if let memory {
            return try memory.write { tables in
                guard tables.states[stateKey]?[address] != nil else {
                    throw AccountError.rejected(detail: "no address \(address) in state \(stateKey)")
                }
                tables.states[stateKey]?[address]?.tainted = tainted
            }
        }
        return try write { db in
            try db.cachedStatement(sql: "UPDATE state_entries SET tainted = ? WHERE state_key = ? AND address = ?")
                .execute(arguments: [tainted, stateKey, address])
            guard db.changesCount == 1 else {
                throw AccountError.rejected(detail: "no address \(address) in state \(stateKey)")
            }
        }
    }

    /// One module's state, by address.
    public func state(stateKey: String) throws -> [String: StateEntry] {
        if let memory { return memory.read { $0.states[stateKey] ?? [:] } }
        return try read { db in try Self.entries(stateKey, db) }
    }

    /// What the planner starts from: each module's state, plus the live attributes of every
    /// object those states point at that still exists. An ID absent from `live` was deleted
    /// outside Terraform. Read in one transaction so state and account agree.
    public func priorState(scope: String, modules: [String]) throws -> PriorState {
        if let memory { return memory.read { $0.priorState(scope: scope, modules: modules) } }
        return try read { db in
            var prior = PriorState()
            for module in modules {
                let entries = try Self.entries(Self.stateKey(scope: scope, module: module), db)
                prior.modules[module] = entries
                let lookup = try db.cachedStatement(sql: "SELECT attributes FROM resources WHERE id = ?")
                for entry in entries.values where prior.live[entry.resourceID] == nil {
                    if let text = try String.fetchOne(lookup, arguments: [entry.resourceID]) {
                        prior.live[entry.resourceID] = try AttributeJSON.decode(text, what: "attributes of \(entry.resourceID)")
                    }
                }
            }
            return prior
        }
    }

    /// "Create succeeded and state written", as one transaction: a crash between the two
    /// would otherwise leave an object no state knows (an orphan AWS bills for). The entry's
    /// resource ID is set to the new object's.
    /// `event` is logged in the same transaction (its resource ID filled in).
    public func createAndRecord(resource new: NewResource, stateKey: String, entry: StateEntry,
                                event: EventDraft? = nil) throws -> AccountResource {
        if let memory { return try memory.write { try $0.createAndRecord(new, stateKey, entry, event) } }
        return try write { db in
            let resource = try Self.insert(new, db)
            var entry = entry
            entry.resourceID = resource.id
            try StateRecord(stateKey: stateKey, entry: entry).upsert(db)
            if var event {
                event.resourceID = resource.id
                _ = try Self.append(event, db)
            }
            return resource
        }
    }

    /// A create whose consequences commit with it: what Kubernetes makes the moment a Helm
    /// release is installed (the ingress controller's load balancer and its security group)
    /// is in the same transaction as the release and its state entry, so a run killed in
    /// between leaves all of it or none. Each of `alongside` builds one more object from those
    /// made before it (the release first); `note` is the log line, from all of them.
    public func createAndRecord(resource new: NewResource, stateKey: String, entry: StateEntry, event: EventDraft?,
                                alongside: [([AccountResource]) -> NewResource],
                                note: (([AccountResource]) -> EventDraft)?) throws -> [AccountResource] {
        if let memory {
            return try memory.write { tables in
                var made = [try tables.createAndRecord(new, stateKey, entry, event)]
                for build in alongside { made.append(try tables.create(build(made))) }
                if let note { _ = tables.append(note(made)) }
                return made
            }
        }
        return try write { db in
            var made = [try Self.insert(new, db)]
            var entry = entry
            entry.resourceID = made[0].id
            try StateRecord(stateKey: stateKey, entry: entry).upsert(db)
            if var event {
                event.resourceID = made[0].id
                _ = try Self.append(event, db)
            }
            for build in alongside { made.append(try Self.insert(build(made), db)) }
            if let note { _ = try Self.append(note(made), db) }
            return made
        }
    }

    /// "Modify succeeded and state written", as one transaction with its log line: an
    /// in-place update is one API call, so a crash leaves all of it or none.
    @discardableResult
    public func updateAndRecord(id: String, attributes: [String: AttributeValue], stateKey: String, entry: StateEntry,
                                event: EventDraft? = nil) throws -> AccountResource {
        if let memory { return try memory.write { try $0.updateAndRecord(id, attributes, stateKey, entry, event) } }
        return try write { db in
            let resource = try Self.replaceAttributes(id, attributes, db)
            try StateRecord(stateKey: stateKey, entry: entry).upsert(db)
            if let event { _ = try Self.append(event, db) }
            return resource
        }
    }

    /// "Delete succeeded and state forgotten", as one transaction, with its log line.
    public func deleteAndForget(id: String, stateKey: String, address: String, event: EventDraft? = nil) throws {
        if let memory { return try memory.write { try $0.deleteAndForget(id, stateKey, address, event) } }
        return try write { db in
            try Self.remove(id, db)
            _ = try Self.forget(stateKey: stateKey, address: address, db)
            if let event { _ = try Self.append(event, db) }
        }
    }

    private static func forget(stateKey: String, address: String, _ db: Database) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM state_entries WHERE state_key = ? AND address = ?")
            .execute(arguments: [stateKey, address])
        return db.changesCount > 0
    }

    private static func entries(_ stateKey: String, _ db: Database) throws -> [String: StateEntry] {
        let statement = try db.cachedStatement(sql: "SELECT \(StateRecord.columns) FROM state_entries WHERE state_key = ?")
        let rows = try Row.fetchCursor(statement, arguments: [stateKey])
        var entries: [String: StateEntry] = [:]
        while let row = try rows.next() {
            let record = try StateRecord(indexed: row)
            if entries[record.entry.address] == nil { entries[record.entry.address] = record.entry }
        }
        return entries
    }
}
