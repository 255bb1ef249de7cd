/// Stable hashes for IDs. Swift's `Hasher` is seeded per process, so the same calls would
/// give different IDs on each run; FNV-1a is the same everywhere and is plenty for names.
///
/// Every create makes one or two of these, so they work on bytes: building the digits
/// through string interpolation and `String(radix:)` was a quarter of a rehearsal.
public enum StableHash {
    public static func fnv1a(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        // A native string lends its bytes: walking the UTF-8 view index by index cost more.
        text.utf8.withContiguousStorageIfAvailable { fnv1a(bytes: $0, seed: seed) } ?? fnv1a(bytes: text.utf8, seed: seed)
    }

    @inline(__always)
    private static func fnv1a<Bytes: Sequence<UInt8>>(bytes: Bytes, seed: UInt64) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `fnv1a("<round>:")` for the rounds every ID up to 64 digits uses, worked out once.
    private static let roundSeeds: [UInt64] = (0..<4).map { fnv1a("\($0):") }

    /// `count` lowercase hex digits: FNV-1a of `"<round>:<text>"` for rounds 0, 1, ...,
    /// each as 16 zero-padded digits, concatenated and cut to `count`.
    static func hexBytes(_ text: String, count: Int) -> [UInt8] {
        let rounds = (max(0, count) + 15) / 16
        // Written in place: appending digit by digit checked the capacity sixteen times a round.
        return [UInt8](unsafeUninitializedCapacity: rounds * 16) { digits, initialized in
            for round in 0..<rounds {
                // Hashing "<round>:" first and then the text is hashing their concatenation.
                let word = fnv1a(text, seed: round < roundSeeds.count ? roundSeeds[round] : fnv1a("\(round):"))
                for digit in 0..<16 { digits[round * 16 + digit] = hexDigits[Int((word >> UInt64(60 - 4 * digit)) & 0xf)] }
            }
            // The digits past `count` are plain bytes: nothing to deinitialize.
            initialized = max(0, count)
        }
    }

    static func hex(_ text: String, count: Int) -> String {
        String(decoding: hexBytes(text, count: count), as: UTF8.self)
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    /// Upper-case letters and digits, as CloudFront (`E…`) and Route 53 (`Z…`) IDs use:
    /// `count` characters, each from a pair of hex digits.
    static func alphanumeric(_ text: String, count: Int) -> String {
        let source = hexBytes(text, count: count * 2)
        var result: [UInt8] = []
        result.reserveCapacity(count)
        for pair in stride(from: 0, to: source.count, by: 2) {
            let byte = nibble(source[pair]) << 4 | nibble(source[pair + 1])
            result.append(alphabet[byte % alphabet.count])
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func nibble(_ digit: UInt8) -> Int {
        Int(digit >= UInt8(ascii: "a") ? digit - UInt8(ascii: "a") + 10 : digit - UInt8(ascii: "0"))
    }

    /// A version-4-shaped UUID (8-4-4-4-12), as ACM, KMS and Terraform's lock info print.
    public static func uuid(_ text: String) -> String {
        var digits = hexBytes(text, count: 32)
        for position in [20, 16, 12, 8] { digits.insert(UInt8(ascii: "-"), at: position) }
        return String(decoding: digits, as: UTF8.self)
    }
}
