import Diagnostics
import Foundation

/// The bytes of a plan file as UTF-8, whatever wrote it: `terraform show -json > plan.json`
/// in Windows PowerShell 5 writes UTF-16 little-endian with a byte-order mark, `Out-File
/// -Encoding BigEndianUnicode` big-endian, and PowerShell's `utf8` encoding adds a UTF-8 mark.
/// Line and column of an error count characters, so they are the same in every encoding.
enum PlanText {
    static func utf8(_ data: Data, name: String) throws -> Data {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return data.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(data.dropFirst(2), .utf16LittleEndian, name: name) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(data.dropFirst(2), .utf16BigEndian, name: name) }
        // UTF-16 without a mark: JSON text starts with an ASCII character, so one of its two bytes is zero.
        if bytes.count >= 2, bytes[0] != 0, bytes[1] == 0 { return try convert(data, .utf16LittleEndian, name: name) }
        if bytes.count >= 2, bytes[0] == 0, bytes[1] != 0 { return try convert(data, .utf16BigEndian, name: name) }
        return data
    }

    /// UTF-16 to UTF-8, unit by unit into one buffer (a plan is tens of megabytes: no String in
    /// between). Strict as Foundation's decoder: a surrogate without its pair is not UTF-16; a
    /// byte-order mark after the first stays a character (U+FEFF).
    private static func convert(_ data: Data, _ encoding: String.Encoding, name: String) throws -> Data {
        let bigEndian = encoding == .utf16BigEndian
        let converted: [UInt8]? = data.count % 2 != 0 ? nil : data.withUnsafeBytes { raw in
            var valid = true
            // A unit is at most three bytes of UTF-8 (a surrogate pair, two units, four).
            let out = [UInt8](unsafeUninitializedCapacity: raw.count / 2 * 3) { buffer, count in
                var index = 0, written = 0
                func unit() -> UInt32 {
                    defer { index += 2 }
                    return bigEndian ? UInt32(raw[index]) << 8 | UInt32(raw[index + 1]) : UInt32(raw[index]) | UInt32(raw[index + 1]) << 8
                }
                while index < raw.count {
                    var scalar = unit()
                    if scalar < 0x80 { buffer[written] = UInt8(scalar); written += 1; continue }
                    if (0xD800..<0xDC00).contains(scalar), index < raw.count {
                        let low = unit()
                        guard (0xDC00..<0xE000).contains(low) else { valid = false; break }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xD800..<0xE000).contains(scalar) {
                        valid = false
                        break
                    }
                    for byte in UTF8.encode(Unicode.Scalar(scalar)!)! { buffer[written] = byte; written += 1 }
                }
                count = written
            }
            return valid ? out : nil
        }
        guard let converted else {
            throw PlanJSONError("\(name) starts like UTF-16 text but is not", at: SourceLocation(file: name, line: 1, column: 1),
                                hint: "save the plan as UTF-8 (PowerShell: `terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json`)")
        }
        return Data(converted)
    }
}
