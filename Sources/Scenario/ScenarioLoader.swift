import Diagnostics
import Foundation

/// Reads a scenario file, follows its `extends` chain (each path relative to the file that
/// names it), lays each what-if over its base, and decodes the result.
public enum ScenarioLoader {
    public static func load(path: String, relativeTo directory: URL? = nil) throws -> Scenario {
        let url = (path.hasPrefix("/") || directory == nil ? URL(fileURLWithPath: path)
            : (directory ?? URL(fileURLWithPath: ".")).appendingPathComponent(path)).standardizedFileURL
        let tree = try resolve(url, display: path, chain: [])
        return try ScenarioDecoder.decode(tree, file: path)
    }

    /// Decodes scenario text that is not on disk (tests, the embedded default, an imported
    /// tree). `origins` names, per line of `text`, the place its value really comes from (the
    /// tree's file, line and column): every error, warning and hazard then points there.
    public static func load(text: String, file: String, origins: [Int: SourceLocation] = [:]) throws -> Scenario {
        var tree = try SourceValue.parse(text, file: file)
        if !origins.isEmpty { tree = tree.relocated(origins) }
        guard try extendsPath(of: tree) == nil else {
            throw ScenarioError.inconsistent(tree.location, problem: "a scenario given as text cannot use `extends`")
        }
        return try ScenarioDecoder.decode(tree, file: file)
    }

    private static func resolve(_ url: URL, display: String, chain: [String]) throws -> SourceValue {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ScenarioError.folder(path: display)
        }
        guard FileManager.default.fileExists(atPath: url.path),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw ScenarioError.missingFile(path: display)
        }
        guard data.count <= YAMLLimits.maxBytes else {
            throw ScenarioError.limit(SourceLocation(file: display, line: 1, column: 1), problem:
                "the file is \(YAMLLimits.grouped(data.count)) bytes; a scenario may have at most \(YAMLLimits.grouped(YAMLLimits.maxBytes))")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let (line, column) = UTF8Position.firstInvalid(in: data)
            throw ScenarioError.notUTF8(SourceLocation(file: display, line: line, column: column))
        }
        let tree = try SourceValue.parse(text, file: display)
        guard let (base, location) = try extendsPath(of: tree) else { return tree }
        let baseURL = (base.hasPrefix("/") ? URL(fileURLWithPath: base)
            : url.deletingLastPathComponent().appendingPathComponent(base)).standardizedFileURL
        let chain = chain + [url.path]
        if chain.contains(baseURL.path) {
            throw ScenarioError.extendsCycle(location, chain: (chain + [baseURL.path]).map { ($0 as NSString).lastPathComponent })
        }
        var baseIsFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: baseURL.path, isDirectory: &baseIsFolder) else {
            throw ScenarioError.inconsistent(location, problem: "`extends` names \(base), which does not exist")
        }
        guard !baseIsFolder.boolValue else {
            throw ScenarioError.inconsistent(location, problem: "`extends` names \(base), which is a folder; name one scenario file in it")
        }
        // An absolute path is shown as written; a relative one next to the file that names it.
        let baseDisplay = (display as NSString).deletingLastPathComponent
        let shown = base.hasPrefix("/") || baseDisplay.isEmpty ? base : baseDisplay + "/" + base
        let baseTree = try resolve(baseURL, display: shown, chain: chain)
        // A what-if is named by itself or by its file, never by the scenario it extends.
        return without("name", in: baseTree).merged(with: without("extends", in: tree))
    }

    private static func extendsPath(of tree: SourceValue) throws -> (String, SourceLocation)? {
        guard case .mapping(let entries) = tree.kind,
              let entry = entries.first(where: { $0.key == "extends" }) else { return nil }
        guard case .scalar(let path) = entry.value.kind else {
            throw ScenarioError.wrongType(entry.value.location, key: "extends", expected: "the path of one scenario file")
        }
        return (path, entry.value.location)
    }

    private static func without(_ key: String, in tree: SourceValue) -> SourceValue {
        guard case .mapping(let entries) = tree.kind else { return tree }
        return SourceValue(kind: .mapping(entries.filter { $0.key != key }), location: tree.location)
    }
}
