import Foundation

/// A resource ID as a dictionary key: the memory account's tables and the planner's live
/// attributes. IDs are long (most are ARNs, 50 to 90 bytes) and every create, delete and
/// plan looks several of them up; String's hash runs
/// SipHash over every byte, which was about 600 instructions a lookup and the largest single
/// cost of a rehearsal. This one reads the ID eight bytes at a time, once, into a word it
/// keeps: the hasher gets that word, and a table that grows or closes a gap after a delete
/// rehashes its keys without reading their bytes again (in an account of a thousand
/// environments those bytes are rarely in the cache).
///
/// Equal means the same bytes, as the SQLite account's `id` primary key compares them
/// (SQLite's BINARY collation), not String's canonical equivalence.
public struct ResourceKey: Hashable, Sendable {
    public let id: String
    /// The ID's bytes folded into one word (below): equal IDs have equal words, whatever the
    /// process (no seed), so a table can bucket IDs by it without hashing them again.
    public let word: UInt64

    public init(_ id: String) {
        self.id = id
        // A native string lends its bytes; any other is read byte by byte.
        word = id.utf8.withContiguousStorageIfAvailable(Self.word) ?? Self.word(Array(id.utf8))
    }

    public static func == (lhs: ResourceKey, rhs: ResourceKey) -> Bool {
        lhs.word == rhs.word && sameBytes(lhs.id, rhs.id)
    }

    /// Byte equality, as SQLite's BINARY collation compares IDs (not String's canonical
    /// equivalence): for a table that holds words beside rows and compares an ID only where
    /// the words match.
    public static func sameBytes(_ left: String, _ right: String) -> Bool {
        let left = left.utf8, right = right.utf8
        guard left.count == right.count else { return false }
        guard !left.isEmpty else { return true }
        let same = left.withContiguousStorageIfAvailable { left in
            right.withContiguousStorageIfAvailable { right in
                // The same storage (an ID handed from table to table) needs no comparing.
                left.baseAddress == right.baseAddress || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
        return (same ?? nil) ?? left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(word) }

    /// What a `Dictionary` or `Set` asks for: the word mixed with the table's seed, without
    /// a `Hasher`. Seeding, feeding and finalizing SipHash for one word was 160 instructions a
    /// lookup, most of what was left of one; the word is already well mixed, and mixing the
    /// seed in keeps each table's order its own (copying one table into another of another
    /// size stays linear).
    public func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: Self.finish(word ^ UInt64(truncatingIfNeeded: seed)))
    }

    private static func word(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(word) }

    /// The bytes folded into one word, eight at a time, each step a multiply and a shift so
    /// that every byte reaches every bit (the hasher mixes the word again).
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var word = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return word }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            word = mix(word ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
            word = mix(word ^ tail)
        }
        return word
    }

    /// MurmurHash3's 64-bit finalizer: every bit of `value` reaches every bit of the result,
    /// the low ones (which pick a table's bucket) included.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        return value ^ (value >> 33)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let product = value &* 0xFF51_AFD7_ED55_8CCD
        return product ^ (product >> 29)
    }
}
