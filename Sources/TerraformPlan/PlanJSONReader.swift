import Diagnostics
import Foundation

/// Reads `terraform show -json` output into a `TerraformPlan`, or says exactly why the file is
/// not one: broken JSON, a state file given as a plan, a format version edxplan does not read,
/// an errored plan. Every refusal points at the file's line and column.
public enum PlanJSONReader {
    /// The plan format versions read: 0.1 and 0.2 (Terraform 0.12 to 0.15) and every 1.x (1.0 and later).
    public static func supports(_ version: String) -> Bool {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, let major = Int(parts[0]), let minor = Int(parts[1]) else { return false }
        return (major == 0 && (1...2).contains(minor)) || major == 1
    }

    /// `path` as the user gave it (`display`) names the file in errors.
    public static func read(path: URL, display: String) throws -> TerraformPlan {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
            throw PlanJSONError("no plan file at \(display)", hint: PlanJSONError.howToWrite)
        }
        guard !isFolder.boolValue, let data = try? Data(contentsOf: path) else {
            throw PlanJSONError("cannot read \(display)\(isFolder.boolValue ? ": it is a folder" : "")", hint: PlanJSONError.howToWrite)
        }
        return try read(data, name: display)
    }

    public static func read(_ data: Data, name: String) throws -> TerraformPlan {
        let text = try PlanText.utf8(data, name: name)
        // The file's own bytes, not a copy: a plan can be tens of megabytes.
        return try text.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var top = TopLevel()
            var parser = JSONParser(bytes)
            do {
                guard parser.peek() == UInt8(ascii: "{") else {
                    // hashicorp/setup-terraform's wrapper prints the command line before the JSON.
                    let wrapped = bytes.starts(with: "[command]".utf8)
                    throw PlanJSONError(parser.peek() == nil ? "\(name) is empty" : "\(name) is not a Terraform plan: it is not a JSON object"
                                            + (wrapped ? " (it starts with the \"[command]\" line of setup-terraform's wrapper)" : ""),
                                        at: location(parser.offset, bytes, name),
                                        hint: wrapped ? "set terraform_wrapper: false in setup-terraform, or drop the first line" : PlanJSONError.howToWrite)
                }
                try parser.object { key, parser in try top.read(key, &parser) }
                guard parser.atEnd else { throw parser.fail("more text after the end of the plan's object") }
            } catch let failure as JSONParser.Failure {
                throw PlanJSONError("\(name) is not valid JSON: \(failure.message)", at: location(failure.offset, bytes, name),
                                    hint: "is the file whole? \(PlanJSONError.howToWrite)")
            } catch let failure as TopLevel.Refusal {
                throw PlanJSONError(failure.message, at: location(failure.offset, bytes, name), hint: failure.hint)
            }
            return try top.plan(name: name, at: { location($0, bytes, name) })
        }
    }

    static func location(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ name: String) -> SourceLocation {
        let (line, column) = UTF8Position.position(ofByte: offset, in: Data(bytes.prefix(offset)))
        return SourceLocation(file: name, line: line, column: column)
    }
}
