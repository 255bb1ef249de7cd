import Foundation

/// Reads a plain decimal literal (`-12.50`) exactly. Decimal(string:) alone accepts a prefix
/// ("1-2" is 1, "1e3" is 1000); prices and quantities must be the whole text or nothing.
public enum DecimalLiteral {
    public static func parse(_ text: String) -> Decimal? {
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > digitsStart else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > fractionStart else { return nil }
        }
        guard index == bytes.count else { return nil }
        // No locale: the separator is then always ".", whatever the user's locale, without
        // Foundation's locale machinery, which cost more than the parsing.
        return Decimal(string: text)
    }
}
