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

    private static func convert(_ data: Data, _ encoding: String.Encoding, name: String) throws -> Data {
        guard data.count % 2 == 0, let text = String(data: data, encoding: encoding) else {
            throw PlanJSONError("\(name) starts like UTF-16 text but is not", at: SourceLocation(file: name, line: 1, column: 1),
                                hint: "save the plan as UTF-8 (PowerShell: `terraform show -json plan.tfplan | Out-File -Encoding utf8 plan.json`)")
        }
        return Data(text.utf8)
    }
}
