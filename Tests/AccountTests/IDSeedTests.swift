@testable import Account
import Testing

/// An ID's digits come from the text "<counter>:<type>", hashed in its parts without building
/// it (`IDSeed`): for every counter, whatever its number of digits or sign, the hash is the
/// text's.
struct IDSeedTests {
    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 12_345, 1_000_000, -1, -10, -987,
                      Int.max, Int.min, Int.max / 10, 10_000_000_000])
    func hashingTheSeedIsHashingItsText(counter: Int) {
        for type in ["aws_vpc", "", "helm_release"] {
            let seed = IDSeed(counter: counter, type: type)
            for start: UInt64 in [0xcbf2_9ce4_8422_2325, StableHash.fnv1a("3:")] {
                #expect(seed.fnv1a(from: start) == StableHash.fnv1a("\(counter):\(type)", seed: start), "\(counter):\(type)")
            }
        }
    }
}
