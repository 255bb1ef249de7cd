import Blueprint
import Testing
@testable import Planner

/// A resource key is equal exactly when the IDs' bytes are (however the strings were made),
/// hashes alike when equal, and tells apart IDs that differ in any one byte of any length
/// around its eight-byte steps; the live attributes keyed by it read back what was written.
struct ResourceKeyTests {
    @Test func keysAreEqualExactlyWhenTheBytesAre() {
        for length in 0...40 {
            let id = String((0..<length).map { Character(UnicodeScalar(UInt8(97 + $0 % 26))) })
            // The same bytes in another string's storage.
            let copy = String(decoding: Array(id.utf8), as: UTF8.self)
            #expect(ResourceKey(id) == ResourceKey(copy))
            #expect(ResourceKey(id).hashValue == ResourceKey(copy).hashValue)
            // What a dictionary hashes with (its own seed), rather than `hashValue`.
            #expect(ResourceKey(id)._rawHashValue(seed: 7) == ResourceKey(copy)._rawHashValue(seed: 7))
            #expect(ResourceKey(id) != ResourceKey(id + "x"))
            for position in 0..<length {
                var bytes = Array(id.utf8)
                bytes[position] = UInt8(ascii: "0")
                let other = String(decoding: bytes, as: UTF8.self)
                #expect(ResourceKey(id) != ResourceKey(other), "\(id) at \(position)")
                #expect(ResourceKey(id).hashValue != ResourceKey(other).hashValue, "\(id) at \(position)")
                #expect(ResourceKey(id)._rawHashValue(seed: 7) != ResourceKey(other)._rawHashValue(seed: 7), "\(id) at \(position)")
            }
        }
        // Each table's seed gives its own order.
        #expect(ResourceKey("vpc-0a1b2c3d4e5f60718")._rawHashValue(seed: 1) != ResourceKey("vpc-0a1b2c3d4e5f60718")._rawHashValue(seed: 2))
        // Canonically equivalent strings of different bytes are different IDs, as SQLite compares them.
        #expect(ResourceKey("caf\u{E9}") != ResourceKey("cafe\u{301}"))
    }

    @Test func liveAttributesReadBackWhatWasWritten() {
        var live: LiveAttributes = ["arn:aws:rds:us-east-1:123456789012:db:prod": ["engine": .string("mysql")]]
        live["vpc-0a1b2c3d4e5f60718"] = ["cidr_block": .string("10.0.0.0/16")]
        live["arn:aws:rds:us-east-1:123456789012:db:prod"]?["engine"] = .string("postgres")
        #expect(live["arn:aws:rds:us-east-1:123456789012:db:prod"] == ["engine": .string("postgres")])
        #expect(live[ResourceKey("vpc-0a1b2c3d4e5f60718")] == ["cidr_block": .string("10.0.0.0/16")])
        #expect(live.keys.sorted() == ["arn:aws:rds:us-east-1:123456789012:db:prod", "vpc-0a1b2c3d4e5f60718"])
        live["vpc-0a1b2c3d4e5f60718"] = nil
        #expect(live["vpc-0a1b2c3d4e5f60718"] == nil && live.count == 1)
        #expect(LiveAttributes(["a": [:], "b": ["x": .int(1)]]) == ["b": ["x": .int(1)], "a": [:]])
    }
}
