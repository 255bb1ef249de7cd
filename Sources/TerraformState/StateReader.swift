import Diagnostics
import Foundation

/// Reads state files of format version 4, refusing what is not one (an older format, a
/// plan, broken JSON) with the file and line:column, as a user can fix it.
public enum StateReader {
    /// The whole file, resources included.
    public static func read(_ data: Data, file: String) throws -> StateFile {
        var resources: [StateResource] = []
        var state = try stream(data, file: file) { resources.append($0) }
        state.resources = resources
        return state
    }

    /// The file at `url`, named `file` (default: its path) in errors.
    public static func read(contentsOf url: URL, file: String? = nil) throws -> StateFile {
        try read(try contents(of: url, file: file ?? url.path), file: file ?? url.path)
    }

    /// The bytes of `url`, or an error that names it.
    public static func contents(of url: URL, file: String) throws -> Data {
        do {
            return try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw StateError(nil, "cannot read \(file): \(error.localizedDescription)")
        }
    }

    /// Hands each resource to `body` as soon as it is read, so a large state is never held
    /// whole; returns the rest of the file (its `resources` empty). Nothing is handed over
    /// from a file whose version is refused before its resources; a caller that writes must
    /// still wait for the return, which checks the version where a file puts it last.
    ///
    /// `keepingWhole`, for a reader that keeps of instances' attributes only scalars, lists of
    /// strings and the nested values it names (the import): any other nested attribute value
    /// is checked as JSON, not built, and read as `[null]` when not empty.
    public static func stream(_ data: Data, file: String, keepingWhole whole: Set<String>? = nil,
                              resource body: (StateResource) throws -> Void) throws -> StateFile {
        let text = utf8(data)
        return try text.withUnsafeBytes { raw in
            var scanner = JSONScanner(raw.bindMemory(to: UInt8.self))
            scanner.whole = whole ?? []
            let lean: JSONScanner.Lean = whole == nil ? .none : .resource
            if raw.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
            do {
                return try document(&scanner, lean: lean, body: body)
            } catch let failure as JSONScanner.Failure {
                throw StateError(location(failure.offset, in: text, file: file), failure.message + " (the file is not valid JSON)",
                                 hint: "is the file complete? `terraform state pull > FILE` writes a whole state")
            } catch let refusal as Refusal {
                throw StateError(location(refusal.offset, in: text, file: file), refusal.message, hint: refusal.hint)
            }
        }
    }

    /// A state refused at an offset.
    struct Refusal: Error {
        var offset: Int
        var message: String
        var hint: String?
    }

    private static func document(_ scanner: inout JSONScanner, lean: JSONScanner.Lean, body: (StateResource) throws -> Void) throws -> StateFile {
        scanner.skipSpace()
        guard !scanner.atEnd else { throw Refusal(offset: 0, message: "the file is empty, not a Terraform state") }
        let start = scanner.index
        guard scanner.take(UInt8(ascii: "{")) else {
            throw scanner.fail("expected a JSON object (a Terraform state), found \(scanner.found)")
        }
        var version: (Int, Int)?
        var state = StateFile(terraformVersion: "", serial: 0, lineage: "")
        var sawResources = false
        if !scanner.take(UInt8(ascii: "}")) {
            repeat {
                scanner.skipSpace()
                let keyOffset = scanner.index
                guard keyOffset < scanner.bytes.count, scanner.bytes[keyOffset] == UInt8(ascii: "\"") else {
                    throw scanner.fail("expected a member name in quotes, found \(scanner.found)")
                }
                let key = try scanner.string()
                try scanner.expect(UInt8(ascii: ":"), "':' after the member name")
                scanner.skipSpace()
                let valueOffset = scanner.index
                switch key {
                case "resources":
                    try checkVersion(version, start: start)
                    sawResources = true
                    try resources(&scanner, lean: lean, body: body)
                case "version":
                    let value = try scanner.value()
                    guard let number = value.int else {
                        throw Refusal(offset: valueOffset, message: "\"version\" must be a whole number, not \(describe(value))")
                    }
                    version = (number, valueOffset)
                    try checkVersion(version, start: start)
                case "format_version":
                    throw Refusal(offset: keyOffset, message: "this is `terraform show -json` output (a plan or a shown state), not a state file",
                                  hint: "import each unit's state as `terraform state pull` writes it (`terragrunt run --all -- state pull`); a plan is priced with `edxplan cost --plan-json FILE`")
                case "modules" where version == nil:
                    throw old(version: nil, at: keyOffset)
                default:
                    let value = try scanner.value()
                    try header(key, value, at: valueOffset, into: &state)
                }
            } while scanner.take(UInt8(ascii: ","))
            try scanner.expect(UInt8(ascii: "}"), "',' or '}' in the object")
        }
        guard scanner.atEnd else { throw scanner.fail("unexpected \(scanner.found) after the state's closing '}'") }
        guard version != nil else {
            throw Refusal(offset: start, message: "no \"version\": this is not a Terraform state file",
                          hint: "a state starts {\"version\": 4, \"terraform_version\": ...}; `terraform state pull` writes one")
        }
        _ = sawResources
        return state
    }

    private static func checkVersion(_ version: (Int, Int)?, start: Int) throws {
        guard let (number, offset) = version else { return }
        if number < 4 { throw old(version: number, at: offset) }
        if number > 4 {
            throw Refusal(offset: offset, message: "state format version \(number) is newer than the format 4 edxplan reads",
                          hint: "Terraform 0.12 to 1.x write format 4")
        }
    }

    private static func old(version: Int?, at offset: Int) -> Refusal {
        Refusal(offset: offset, message: "state format version \(version.map(String.init) ?? "3 or older") was written by Terraform 0.11 or older; edxplan reads format 4 (Terraform 0.12 to 1.x)",
                hint: "run `terraform init` and `terraform apply -refresh-only` with Terraform 0.12 or newer, which rewrites the state in format 4, then pull it again")
    }

    private static func header(_ key: String, _ value: StateValue, at offset: Int, into state: inout StateFile) throws {
        switch key {
        case "terraform_version":
            guard let text = value.string else { throw Refusal(offset: offset, message: "\"terraform_version\" must be a string") }
            state.terraformVersion = text
        case "serial":
            guard let text = value.number, let serial = UInt64(text) else {
                throw Refusal(offset: offset, message: "\"serial\" must be a whole number from 0")
            }
            state.serial = serial
        case "lineage":
            guard let text = value.string else { throw Refusal(offset: offset, message: "\"lineage\" must be a string") }
            state.lineage = text
        case "outputs":
            guard let members = value.members else { throw Refusal(offset: offset, message: "\"outputs\" must be an object") }
            for (name, output) in members {
                guard let type = output["type"] else {
                    throw Refusal(offset: offset, message: "output \"\(name)\" has no \"type\"")
                }
                state.outputs[name] = StateOutput(value: output["value"] ?? .null, type: type, sensitive: output["sensitive"]?.bool ?? false)
            }
        case "check_results":
            state.checkResults = value
        default:
            break
        }
    }

    private static func resources(_ scanner: inout JSONScanner, lean: JSONScanner.Lean, body: (StateResource) throws -> Void) throws {
        if scanner.take(UInt8(ascii: "n")) {
            scanner.index -= 1
            _ = try scanner.value()
            return
        }
        try scanner.expect(UInt8(ascii: "["), "'[' (\"resources\" is a list)")
        if scanner.take(UInt8(ascii: "]")) { return }
        repeat {
            scanner.skipSpace()
            let offset = scanner.index
            let value = try scanner.value(lean: lean)
            try body(try StateDecoding.resource(value, at: offset))
        } while scanner.take(UInt8(ascii: ","))
        try scanner.expect(UInt8(ascii: "]"), "',' or ']' in \"resources\"")
    }

    static func describe(_ value: StateValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return String(flag)
        case .number(let text): return text
        case .string(let text): return "\"\(text)\""
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// UTF-8 as it is; UTF-16 with a byte-order mark (what Windows PowerShell's `>` writes)
    /// turned into UTF-8 first.
    static func utf8(_ data: Data) -> Data {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]),
           let text = String(data: data, encoding: .utf16) {
            return Data(text.utf8)
        }
        return data
    }

    /// 1-based line and column (in characters) of byte `offset`.
    static func location(_ offset: Int, in data: Data, file: String) -> SourceLocation {
        let (line, column) = UTF8Position.position(ofByte: offset, in: data)
        return SourceLocation(file: file, line: line, column: column)
    }
}
