import Foundation

/// Byte- and token-level mutations, one to eight per input, as AFL and libFuzzer's default
/// mutators make them: flip, insert, delete, duplicate, splice, and the format's own tokens
/// (anchors and aliases, braces, interpolations) where they make parsers work hardest.
enum Mutator {
    static func mutate(_ base: Data, splice other: Data, tokens: [Data], random: inout SplitMix) -> Data {
        var bytes = [UInt8](base)
        for _ in 0...random.below(8) {
            let at = random.below(bytes.count + 1)
            switch random.below(9) {
            case 0 where !bytes.isEmpty: // flip a bit
                let index = min(at, bytes.count - 1)
                bytes[index] ^= UInt8(1 << random.below(8))
            case 1: // a random byte, often outside ASCII
                bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
            case 2 where !bytes.isEmpty: // delete a run
                let length = min(1 + random.below(32), bytes.count - min(at, bytes.count - 1))
                bytes.removeSubrange(min(at, bytes.count - 1)..<min(at, bytes.count - 1) + length)
            case 3 where !bytes.isEmpty: // duplicate a run
                let from = random.below(bytes.count)
                let run = bytes[from..<min(bytes.count, from + 1 + random.below(64))]
                bytes.insert(contentsOf: run, at: at)
            case 4 where !other.isEmpty: // splice a run of another corpus file
                let source = [UInt8](other)
                let from = random.below(source.count)
                bytes.insert(contentsOf: source[from..<min(source.count, from + 1 + random.below(256))], at: at)
            case 5, 6, 7 where !tokens.isEmpty: // a token of the format
                bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
            default: // a run of one token repeated: deep nesting, long lines
                guard !tokens.isEmpty else { continue }
                let token = tokens[random.below(tokens.count)]
                for _ in 0..<(1 + random.below(200)) { bytes.insert(contentsOf: token, at: at) }
            }
        }
        return Data(bytes)
    }
}
