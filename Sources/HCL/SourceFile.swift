import Diagnostics
import Foundation

/// Reads an HCL (or any text) file of a tree: a file that is not UTF-8 is refused at the line
/// and column of its first bad byte, as Terraform's own parser points at it ("Invalid UTF-8").
/// Nil when the file cannot be read at all (missing, a folder, no permission).
public enum SourceFile {
    /// The largest file read: a cookiecutter unit is a few kilobytes, a module file some tens.
    public static let maxBytes = 4 * 1024 * 1024

    public static func read(_ path: String) throws -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard data.count <= maxBytes else {
            throw HCLError.syntax(SourceLocation(file: path, line: 1, column: 1),
                                  "the file is \(data.count) bytes; edxplan reads HCL files of at most \(maxBytes) bytes")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = UTF8Position.firstInvalid(in: data)
            throw HCLError.syntax(SourceLocation(file: path, line: line, column: column),
                                  "Invalid UTF-8: the file is not UTF-8 text from here; save it as UTF-8")
        }
        return text
    }
}
