import Blueprint

/// The pieces of JSON text that `AttributeJSON` writes, as UTF-8 bytes into a buffer.
///
/// What they write is what `JSONText.quote` and sorting keys with String's `<` give; they
/// work on the bytes because a state import writes the attributes of every object of a
/// 100 MB state, and escaping scalar by scalar or comparing keys as Unicode text cost
/// more than SQLite's work on the same rows.
enum JSONBytes {
    private static let quote = UInt8(ascii: "\"")
    private static let backslash = UInt8(ascii: "\\")

    typealias Attributes = [String: AttributeValue]

    /// The places of the attributes in the dictionary, in the order of their names as
    /// `sorted { $0.key < $1.key }` sorts them (the pairs are not copied out to be sorted).
    static func sortedIndices(_ attributes: Attributes) -> [Attributes.Index] {
        guard attributes.count > 1 else { return Array(attributes.indices) }
        // String's `<` compares Unicode scalars after normalizing; ASCII text is its own
        // normal form and its scalars are its bytes, so ASCII names (attribute names are)
        // compare as bytes: here by their first 16 bytes as two numbers, and by the rest only
        // where those are equal. Sorting the pairs themselves with String's `<` was a fifth
        // of writing an imported account. A name that is not ASCII takes String's order.
        var order: [(high: UInt64, low: UInt64, index: Attributes.Index)] = []
        order.reserveCapacity(attributes.count)
        for index in attributes.indices {
            guard let (high, low) = asciiPrefix(attributes[index].key) else {
                return attributes.indices.sorted { attributes[$0].key < attributes[$1].key }
            }
            order.append((high, low, index))
        }
        order.sort { a, b in
            if a.high != b.high { return a.high < b.high }
            if a.low != b.low { return a.low < b.low }
            return precedes(attributes[a.index].key, attributes[b.index].key)
        }
        return order.map(\.index)
    }

    /// The first 16 bytes of an ASCII name as two big-endian numbers (zero after its end),
    /// which order as the bytes do; nil when the name is not ASCII.
    private static func asciiPrefix(_ name: String) -> (UInt64, UInt64)? {
        var name = name
        return name.withUTF8 { bytes -> (UInt64, UInt64)? in
            var high: UInt64 = 0, low: UInt64 = 0, seen: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                seen |= byte
                if index < 8 { high |= UInt64(byte) << (56 - 8 * index) } else if index < 16 { low |= UInt64(byte) << (120 - 8 * index) }
            }
            return seen < 0x80 ? (high, low) : nil
        }
    }

    /// Byte order: shorter first where one is the start of the other.
    private static func precedes(_ left: String, _ right: String) -> Bool {
        var left = left, right = right
        return left.withUTF8 { a in
            right.withUTF8 { b in
                for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }

    /// `text` as a JSON string literal, as `JSONText.quote` writes it: quotes, backslashes
    /// and control characters escaped, every other byte as it is.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(quote)
        var text = text
        text.withUTF8 { bytes in
            // The bytes from `copied` on are not in `out` yet: runs without escapes are copied whole.
            var copied = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == quote || byte == backslash else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                appendEscape(byte, to: &out)
                copied = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        }
        out.append(quote)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(backslash)
        switch byte {
        case quote, backslash: out.append(byte)
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            // `\u00XX` in lowercase hexadecimal, as `String(format: "\\u%04x")` writes it.
            let hex = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }

    static func append(_ number: Int, to out: inout [UInt8]) {
        out.append(contentsOf: String(number).utf8)
    }

    static func append(_ word: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }
}
