import Blueprint

/// The memory account's live rows by resource ID: an open-addressing table (linear probing)
/// of each ID's word (`ResourceKey.word`) beside its row. Every create, delete and plan
/// looks IDs up here. A dictionary keyed by `ResourceKey` hashed each word again through
/// SipHash and, at each slot it probed, copied the stored key out, retaining and releasing
/// its string: in an account of a thousand environments that string is rarely in the cache.
/// Here a probe compares two words in one array, and only a matching word reads the row's
/// ID, to compare its bytes as SQLite's BINARY primary key does.
struct RowIndex {
    private struct Slot {
        var word: UInt64
        /// The row, or -1 for an empty slot.
        var row: Int
    }

    private var slots: [Slot] = []
    private(set) var count = 0

    /// The live row whose resource has `key`'s ID.
    func row(of key: ResourceKey, in rows: [AccountResource?]) -> Int? {
        slot(of: key, in: rows).map { slots[$0].row }
    }

    /// The slot that holds `key`'s ID, or nil: probes from the word's home slot to the first
    /// empty one, reading a row's ID only where the words match.
    private func slot(of key: ResourceKey, in rows: [AccountResource?]) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.word) & mask
        while true {
            let found = slots[slot]
            if found.row < 0 { return nil }
            if found.word == key.word, let resource = rows[found.row], ResourceKey.sameBytes(resource.id, key.id) { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `row` under `key`, whose ID the table does not hold (the caller checked).
    mutating func insert(_ key: ResourceKey, row: Int) {
        if (count + 1) * 2 > slots.count { grow(to: max(1024, slots.count * 2)) }
        place(Slot(word: key.word, row: row))
        count += 1
    }

    /// Room for `total` IDs without growing.
    mutating func reserve(_ total: Int) {
        var capacity = max(1024, slots.count)
        while total * 2 > capacity { capacity *= 2 }
        if capacity > slots.count { grow(to: capacity) }
    }

    /// Takes `key`'s ID out; its row, or nil when the table does not hold it.
    mutating func remove(_ key: ResourceKey, in rows: [AccountResource?]) -> Int? {
        guard let slot = slot(of: key, in: rows) else { return nil }
        let mask = slots.count - 1
        let row = slots[slot].row
        // Backward shift: each later slot of the run that may move into the gap does, so every
        // word stays reachable from its home slot without markers for deleted slots.
        var gap = slot, next = (slot + 1) & mask
        while slots[next].row >= 0 {
            let home = Int(truncatingIfNeeded: slots[next].word) & mask
            if (next - home) & mask >= (next - gap) & mask {
                slots[gap] = slots[next]
                gap = next
            }
            next = (next + 1) & mask
        }
        slots[gap] = Slot(word: 0, row: -1)
        count -= 1
        return row
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.word) & mask
        while slots[slot].row >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// Moves every entry into `capacity` slots (a power of two): by their words, without
    /// reading an ID.
    private mutating func grow(to capacity: Int) {
        let old = slots
        slots = Array(repeating: Slot(word: 0, row: -1), count: capacity)
        for entry in old where entry.row >= 0 { place(entry) }
    }

}
