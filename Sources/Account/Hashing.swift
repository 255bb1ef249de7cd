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

    /// `count` lowercase hex digits of the text `seed` stands for: FNV-1a of
    /// `"<round>:<text>"` for rounds 0, 1, ..., each as 16 zero-padded digits, concatenated
    /// and cut to `count`.
    private static func hexBytes(_ seed: IDSeed, count: Int) -> [UInt8] {
        let rounds = (max(0, count) + 15) / 16
        // Written in place: appending digit by digit checked the capacity sixteen times a round.
        return [UInt8](unsafeUninitializedCapacity: rounds * 16) { digits, initialized in
            writeHex(into: UnsafeMutableBufferPointer(rebasing: digits[0...]), count: rounds * 16) { seed.fnv1a(from: $0) }
            // The digits past `count` are plain bytes: nothing to deinitialize.
            initialized = max(0, count)
        }
    }

    /// Writes the first `count` digits of `hexBytes` into `digits`, `hash` hashing the text
    /// from the FNV state after `"<round>:"`.
    @inline(__always)
    private static func writeHex(into digits: UnsafeMutableBufferPointer<UInt8>, count: Int, _ hash: (UInt64) -> UInt64) {
        var written = 0, round = 0
        while written < count {
            // Hashing "<round>:" first and then the text is hashing their concatenation.
            let word = hash(round < roundSeeds.count ? roundSeeds[round] : fnv1a("\(round):"))
            for digit in 0..<min(16, count - written) {
                digits[written + digit] = hexDigits[Int((word >> UInt64(60 - 4 * digit)) & 0xf)]
            }
            written += min(16, count - written)
            round += 1
        }
    }

    /// `prefix`, a dash and `hex(seed, count)` as one string (an EC2 ID, `vpc-0a1b…`), made
    /// at once rather than as three.
    static func hex(_ seed: IDSeed, count: Int, after prefix: String) -> String {
        let count = max(0, count), length = prefix.utf8.count
        return String(unsafeUninitializedCapacity: length + 1 + count) { buffer in
            _ = buffer.initialize(from: prefix.utf8)
            buffer[length] = UInt8(ascii: "-")
            writeHex(into: UnsafeMutableBufferPointer(rebasing: buffer[(length + 1)...]), count: count) { seed.fnv1a(from: $0) }
            return length + 1 + count
        }
    }

    /// `count` lowercase hex digits of the text `seed` stands for (`hexBytes`), as a string.
    static func hex(_ seed: IDSeed, count: Int) -> String {
        let count = max(0, count)
        return String(unsafeUninitializedCapacity: count) { buffer in
            writeHex(into: buffer, count: count) { seed.fnv1a(from: $0) }
            return count
        }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)

    /// Upper-case letters and digits, as CloudFront (`E…`) and Route 53 (`Z…`) IDs use:
    /// `count` characters, each from a pair of hex digits of the text `seed` stands for.
    static func alphanumeric(_ seed: IDSeed, count: Int) -> String {
        let source = hexBytes(seed, count: count * 2)
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
    public static func uuid(_ text: String) -> String { uuid { fnv1a(text, seed: $0) } }

    /// `uuid` of the text `seed` stands for.
    static func uuid(_ seed: IDSeed) -> String { uuid { seed.fnv1a(from: $0) } }

    @inline(__always)
    private static func uuid(_ hash: (UInt64) -> UInt64) -> String {
        String(unsafeUninitializedCapacity: 36) { buffer in
            // 32 digits at the end, then moved forward around the four dashes.
            let digits = UnsafeMutableBufferPointer(rebasing: buffer[4...])
            writeHex(into: digits, count: 32, hash)
            var from = 4, to = 0
            for (group, length) in [8, 4, 4, 4, 12].enumerated() {
                if group > 0 { buffer[to] = UInt8(ascii: "-"); to += 1 }
                for _ in 0..<length { buffer[to] = buffer[from]; to += 1; from += 1 }
            }
            return 36
        }
    }
}

/// What a created object's hashed digits come from: the text `"<counter>:<type>"`, hashed in
/// its parts rather than built as a string first (an allocation on every create).
struct IDSeed {
    let counter: Int
    let type: String

    /// FNV-1a of the text, continuing from `hash`.
    func fnv1a(from hash: UInt64) -> UInt64 {
        var hash = hash
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        // The counter's decimal digits, as `String(counter)` writes them.
        if counter < 0 { add(UInt8(ascii: "-")) }
        let magnitude = counter.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            add(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
            divisor /= 10
        }
        add(UInt8(ascii: ":"))
        return StableHash.fnv1a(type, seed: hash)
    }
}
