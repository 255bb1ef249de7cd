import Blueprint

/// Which resource IDs a memory account's state entries name, as counts in buckets by the ID's
/// word: a bucket at zero proves no entry names an ID, so `checkState` skips the scan of a
/// module's entries for it (an ID sharing a bucket with a named one is scanned for, as
/// before). An array slot is cheaper to keep than a dictionary entry: no hashing, no growing
/// one entry at a time, and a rehearsal's rollback copies one buffer.
struct StateReferences {
    private var counts: [UInt32] = []
    /// The entries counted: the buckets grow eightfold past three quarters as many, so most
    /// stay empty, and an account of a thousand environments (130,000 entries) counts its
    /// entries again three times, not eight times as doubling did (a recount reads every ID,
    /// rarely in the cache).
    private(set) var entries = 0

    /// False when no state entry names `key`'s ID; true when one may.
    func mayName(_ key: ResourceKey) -> Bool {
        !counts.isEmpty && counts[bucket(key)] != 0
    }

    /// True when the buckets must grow before they count one more entry.
    var isFull: Bool { entries * 4 >= counts.count * 3 }

    mutating func add(_ key: ResourceKey) {
        counts[bucket(key)] += 1
        entries += 1
    }

    mutating func remove(_ key: ResourceKey) {
        counts[bucket(key)] -= 1
        entries -= 1
    }

    /// Counts every ID of `states` again in eight times the buckets (at least 1,024).
    mutating func grow(counting states: [String: [String: StateEntry]]) {
        counts = Array(repeating: 0, count: max(1024, counts.count * 8))
        entries = 0
        for module in states.values {
            for entry in module.values { add(ResourceKey(entry.resourceID)) }
        }
    }

    private func bucket(_ key: ResourceKey) -> Int { Int(truncatingIfNeeded: key.word) & (counts.count - 1) }
}

/// The writes of a memory account's state entries, each keeping `stateReferences`.
extension MemoryStore.Tables {
    /// A module's state as its first entry finds it: room for a small module's resources, so
    /// that filling it rehashes fewer addresses (without holding much room in an account of
    /// thousands of module states).
    static var emptyState: [String: StateEntry] { Dictionary(minimumCapacity: 16) }

    /// Writes `entry` at its address of `stateKey`, replacing what was there. `key` is the
    /// entry's resource ID as a key, when the caller has made it already.
    mutating func put(_ stateKey: String, _ entry: StateEntry, key: ResourceKey? = nil) {
        let replaced = states[stateKey, default: Self.emptyState].updateValue(entry, forKey: entry.address)
        if let replaced { stateReferences.remove(ResourceKey(replaced.resourceID)) }
        // Grown after the write, so the recount includes this entry.
        if stateReferences.isFull { stateReferences.grow(counting: states) } else { stateReferences.add(key ?? ResourceKey(entry.resourceID)) }
    }

    /// Drops `address` from `stateKey`'s state; whether it was there.
    mutating func forget(_ stateKey: String, _ address: String) -> Bool {
        guard let removed = states[stateKey]?.removeValue(forKey: address) else { return false }
        stateReferences.remove(ResourceKey(removed.resourceID))
        return true
    }
}
