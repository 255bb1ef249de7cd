/// Stable hashes for IDs. Swift's `Hasher` is seeded per process, so the same calls would
/// give different IDs on each run; FNV-1a is the same everywhere and is plenty for names.
public enum StableHash {
    public static func fnv1a(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// `count` lowercase hex digits drawn from as many chained 64-bit hashes as needed.
    static func hex(_ text: String, count: Int) -> String {
        var digits = ""
        var round: UInt64 = 0
        while digits.count < count {
            let word = fnv1a("\(round):\(text)")
            let chunk = String(word, radix: 16)
            digits += String(repeating: "0", count: 16 - chunk.count) + chunk
            round += 1
        }
        return String(digits.prefix(count))
    }

    /// Upper-case letters and digits, as CloudFront (`E…`) and Route 53 (`Z…`) IDs use.
    static func alphanumeric(_ text: String, count: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let source = hex(text, count: count * 2)
        var result = ""
        var index = source.startIndex
        while index < source.endIndex {
            let next = source.index(index, offsetBy: 2)
            let byte = Int(source[index..<next], radix: 16) ?? 0
            result.append(alphabet[byte % alphabet.count])
            index = next
        }
        return result
    }

    /// A version-4-shaped UUID (8-4-4-4-12), as ACM, KMS and Terraform's lock info print.
    static func uuid(_ text: String) -> String {
        let digits = Array(hex(text, count: 32))
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(digits[$0]) }
        return groups.joined(separator: "-")
    }
}
