#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Identifiers longer than a small String (15 UTF-8 bytes) cost an allocation and a UTF-8
/// validation each time they are made. Configuration repeats the same long names
/// (`environment_namespace`, `find_in_parent_folders`, ...) many times per file, so each
/// distinct one is made once per file and shared after that.
struct Interner {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var length: Int
        var string: String
    }

    private var slots: [Entry?] = []
    private var used = 0

    /// The String for `bytes[start..<start + length]`, reused when these bytes were seen before.
    mutating func string(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> String {
        // FNV-1a: short keys, no need for anything stronger.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<start + length { hash = (hash ^ UInt64(bytes[i])) &* 0x100_0000_01b3 }
        if slots.isEmpty { slots = Array(repeating: nil, count: 64) }
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let entry = slots[slot] {
            if entry.hash == hash, entry.length == length, memcmp(bytes + entry.start, bytes + start, length) == 0 {
                return entry.string
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        let string = String(decoding: UnsafeBufferPointer(start: bytes + start, count: length), as: UTF8.self)
        slots[slot] = Entry(hash: hash, start: start, length: length, string: string)
        used += 1
        if used * 2 > slots.count { grow() }
        return string
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        for case let entry? in old {
            var slot = Int(truncatingIfNeeded: entry.hash) & (slots.count - 1)
            while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = entry
        }
    }
}
