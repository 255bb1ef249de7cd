import Foundation

/// What Terragrunt's functions need from the outside world. File access is a closure so
/// tests (and the importer's dry runs) can fake a tree without touching the disk.
public struct TerragruntContext: Sendable {
    /// Absolute directory of the terragrunt.hcl being evaluated (`get_terragrunt_dir()`).
    public var terragruntDir: String
    /// Directory of the parent configuration when evaluated through `include`
    /// (`get_parent_terragrunt_dir()`, and the base of `path_relative_to_include()`).
    public var includeDir: String?
    /// What `get_env()` reads.
    public var environment: [String: String]
    /// Reads a file by absolute path; nil when it does not exist.
    public var readFile: @Sendable (String) -> String?
    /// `values` of a unit or stack a `terragrunt.stack.hcl` generates (`values.x` in its files).
    public var values: Value?

    public init(terragruntDir: String, includeDir: String? = nil, environment: [String: String] = [:],
                readFile: @escaping @Sendable (String) -> String?) {
        self.terragruntDir = Paths.normalize(terragruntDir)
        self.includeDir = includeDir.map(Paths.normalize)
        self.environment = environment
        self.readFile = readFile
    }

    /// No files, no environment: Terragrunt functions fail or fall back to their defaults.
    public static let none = TerragruntContext(terragruntDir: "/", readFile: { _ in nil })

    /// Reads the real file system.
    public static func fileSystem(terragruntDir: String, includeDir: String? = nil,
                                  environment: [String: String] = ProcessInfo.processInfo.environment) -> TerragruntContext {
        TerragruntContext(terragruntDir: terragruntDir, includeDir: includeDir, environment: environment) { path in
            // Bytes that are not UTF-8 become U+FFFD, which the parser refuses at their line
            // and column, rather than the file seeming not to exist.
            FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// A fake tree of absolute paths to contents.
    public static func files(_ files: [String: String], terragruntDir: String, includeDir: String? = nil,
                             environment: [String: String] = [:]) -> TerragruntContext {
        let normalized = Dictionary(files.map { (Paths.normalize($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        return TerragruntContext(terragruntDir: terragruntDir, includeDir: includeDir, environment: environment) { normalized[$0] }
    }
}

/// POSIX path arithmetic on strings: Terragrunt paths are '/'-separated and the fake file
/// systems of tests have no real directories for Foundation to resolve.
public enum Paths {
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", path.hasPrefix("/") { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    public static func join(_ directory: String, _ path: String) -> String {
        path.hasPrefix("/") ? normalize(path) : normalize(directory + "/" + path)
    }

    public static func directory(of path: String) -> String {
        let normalized = normalize(path)
        guard let slash = normalized.lastIndex(of: "/") else { return "." }
        return slash == normalized.startIndex ? "/" : String(normalized[..<slash])
    }

    /// `target` relative to `base`, both absolute: `relative(from: "/a/b", to: "/a/c/d")` is `../c/d`.
    public static func relative(from base: String, to target: String) -> String {
        let from = normalize(base).split(separator: "/")
        let to = normalize(target).split(separator: "/")
        var common = 0
        while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
        let parts = Array(repeating: "..", count: from.count - common) + to[common...].map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
