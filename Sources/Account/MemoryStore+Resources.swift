import Blueprint

/// The resource and state calls of a memory account, each the same as its SQL twin in
/// FakeAccount+Resources and FakeAccount+State, refusals included.
extension MemoryStore.Tables {
    mutating func create(_ new: NewResource) throws -> AccountResource {
        try create(new, made: try identifiers(for: new))
    }

    /// The next ID and ARN, and the ID as a key (made once for every table that needs it); a
    /// clash uses up no number, as the rolled-back transaction restores the counter.
    func identifiers(for new: NewResource) throws -> (id: String, arn: String, key: ResourceKey) {
        let (id, arn) = Identifiers.make(for: new, counter: counter + 1, account: FakeAccount.accountID)
        let key = ResourceKey(id)
        guard self.row(of: key) == nil else { throw AccountError.alreadyExists(id: id) }
        return (id, arn, key)
    }

    private mutating func create(_ new: NewResource, made: (id: String, arn: String, key: ResourceKey)) throws -> AccountResource {
        counter += 1
        let resource = AccountResource(new: new, id: made.id, arn: made.arn, minute: minute)
        insert(resource, key: made.key)
        return resource
    }

    mutating func replaceAttributes(_ id: String, _ attributes: [String: AttributeValue]) throws -> AccountResource {
        try change(id) { $0.attributes = attributes }
    }

    mutating func change(_ id: String, _ edit: (inout AccountResource) -> Void) throws -> AccountResource {
        guard let row = self.row(of: ResourceKey(id)), let old = rows[row] else { throw AccountError.noSuchResource(id: id) }
        var resource = old
        edit(&resource)
        rows[row] = resource
        unindexAttributes(of: old, row: row)
        indexAttributes(of: resource, row: row)
        return resource
    }

    func resources(type: String, _ keep: (AccountResource) -> Bool = { _ in true }) -> [AccountResource] {
        ordered(rowsOfType[type], where: keep)
    }

    func all(_ keep: (AccountResource) -> Bool = { _ in true }) -> [AccountResource] {
        var result: [AccountResource] = []
        for case let resource? in rows where keep(resource) { result.append(resource) }
        return result
    }

    /// The table's CHECK and UNIQUE constraints, with SQLite's wording, checked before a write.
    /// `key` is the entry's resource ID as a key, when the caller has made it already.
    func checkState(_ stateKey: String, _ entry: StateEntry, key: ResourceKey? = nil) throws {
        // On bytes: a Character search cost more than the rest of the check.
        let bytes = stateKey.utf8
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")), slash != bytes.startIndex, bytes.last != UInt8(ascii: "/") else {
            throw AccountError.rejected(detail: "CHECK constraint failed: instr(state_key, '/') > 1 AND substr(state_key, -1) <> '/'")
        }
        guard !entry.address.isEmpty else { throw AccountError.rejected(detail: "CHECK constraint failed: address <> ''") }
        // An ID no entry names (nearly every create's new one) clashes with none: scanning the
        // module's entries for each was a twentieth of a rehearsal.
        let id = entry.resourceID
        guard stateReferences.mayName(key ?? ResourceKey(id)), let entries = states[stateKey] else { return }
        // Lengths first: String's == compares bytes through several calls even when the
        // lengths differ, and most IDs in a module differ in length. By position through the
        // values, reading the ID in place: taking each (address, entry) pair out retained and
        // released the address too, which is read only for a matching ID.
        let length = id.utf8.count
        let values = entries.values
        for index in values.indices {
            let otherID = values[index].resourceID
            guard otherID.utf8.count == length, otherID == id, values[index].address != entry.address else { continue }
            throw AccountError.rejected(detail: "UNIQUE constraint failed: state_entries.state_key, state_entries.resource_id")
        }
    }

    mutating func record(_ stateKey: String, _ entry: StateEntry) throws {
        try checkState(stateKey, entry)
        put(stateKey, entry)
    }

    /// `createAndRecord`: every check first, then the three writes.
    mutating func createAndRecord(_ new: NewResource, _ stateKey: String, _ entry: StateEntry, _ event: EventDraft?) throws -> AccountResource {
        let made = try identifiers(for: new)
        var entry = entry
        entry.resourceID = made.id
        try checkState(stateKey, entry, key: made.key)
        let resource = try create(new, made: made)
        put(stateKey, entry, key: made.key)
        if var event {
            event.resourceID = resource.id
            _ = append(event)
        }
        return resource
    }

    mutating func updateAndRecord(_ id: String, _ attributes: [String: AttributeValue], _ stateKey: String, _ entry: StateEntry,
                                  _ event: EventDraft?) throws -> AccountResource {
        guard self.row(of: ResourceKey(id)) != nil else { throw AccountError.noSuchResource(id: id) }
        try checkState(stateKey, entry)
        let resource = try replaceAttributes(id, attributes)
        put(stateKey, entry)
        if let event { _ = append(event) }
        return resource
    }

    mutating func deleteAndForget(_ id: String, _ stateKey: String, _ address: String, _ event: EventDraft?) throws {
        try remove(id: id)
        _ = forget(stateKey, address)
        if let event { _ = append(event) }
    }

    func priorState(scope: String, modules: [String]) -> PriorState {
        var prior = PriorState()
        // Each module's state looked up once.
        let found = modules.map { states[FakeAccount.stateKey(scope: scope, module: $0)] ?? [:] }
        // Sized once: growing the dictionaries rehashes every module name or ID in them again.
        prior.modules.reserveCapacity(modules.count)
        prior.live.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for (module, entries) in zip(modules, found) {
            prior.modules[module] = entries
            // An object two entries record gets the same attributes twice: no need to look first.
            // By position, reading the ID in place, as `checkState` does.
            for index in entries.indices {
                // One key for both tables: its hash is worked out once.
                let key = ResourceKey(entries.values[index].resourceID)
                if let row = self.row(of: key), let live = rows[row] { prior.live[key] = live.attributes }
            }
        }
        return prior
    }
}

extension MemoryStore.Tables {
    /// `edxplan account show`'s counts, as FakeAccount.summary counts them in SQL.
    func summary() -> AccountSummary {
        var byType: [String: Int] = [:], byManager: [String: Int] = [:], byScope: [String: Int] = [:]
        for case let resource? in rows {
            byType[resource.type, default: 0] += 1
            byManager[resource.managedBy.rawValue, default: 0] += 1
            byScope[resource.scope, default: 0] += 1
        }
        let entries = states.values.flatMap(\.values)
        return AccountSummary(resourcesByType: byType, resourcesByManagedBy: byManager, resourcesByScope: byScope,
                              stateEntries: entries.count, taintedEntries: entries.filter(\.tainted).count, locks: locks.count,
                              snapshots: snapshots.count, events: events.count, minute: minute, scenario: scenario)
    }
}
