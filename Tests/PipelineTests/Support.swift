import Foundation
import Pipeline
import Testing

/// The repository, a catalog built once per test run from its Catalog/ source into a temporary
/// file (never the user's Catalog/catalog.sqlite), and scratch folders.
enum Support {
    /// The checkout: `Tests/PipelineTests/Support.swift` is three levels down.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The temporary catalog file; built on first use (a static let runs once, even with parallel tests).
    static let catalog: Result<String, Error> = Result {
        // Removed when the test process exits.
        atexit { try? FileManager.default.removeItem(atPath: Support.catalogFile) }
        _ = try CatalogCommands.build(workspace: Workspace(workingDirectory: root, environment: [:], catalogPath: catalogFile))
        return catalogFile
    }

    static let catalogFile = FileManager.default.temporaryDirectory
        .appendingPathComponent("edxplan-pipeline-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).sqlite").path

    static func catalogPath() throws -> String { try catalog.get() }

    /// The repository as the working directory, with the temporary catalog.
    static func workspace() throws -> Workspace {
        Workspace(workingDirectory: root, environment: [:], catalogPath: try catalogPath())
    }

    /// A new empty folder under the system's temporary directory.
    static func scratch(_ name: String) throws -> URL {
        // A directory URL (trailing slash): Workspace resolves relative paths against it (see WorkspaceTests).
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the repository's Catalog/ source (migrations, data) with an up-to-date built
    /// `catalog.sqlite`, so a command run there neither builds nor writes a catalog.
    static func copyCatalog(into folder: URL) throws {
        let catalog = folder.appendingPathComponent("Catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        let source = root.appendingPathComponent("Catalog")
        for name in ["migrations", "data", "imports"] where FileManager.default.fileExists(atPath: source.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: catalog.appendingPathComponent(name))
        }
        let built = catalog.appendingPathComponent("catalog.sqlite")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: try catalogPath()), to: built)
        // Newer than every copied source file, whatever times the copy kept.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: built.path)
    }

    static func copyScenarios(into folder: URL) throws {
        try FileManager.default.copyItem(at: root.appendingPathComponent("Scenarios"), to: folder.appendingPathComponent("Scenarios"))
    }

    /// Every file and folder under `folder` with its size and modification time, to tell that nothing was written.
    static func snapshot(_ folder: URL) -> [String: String] {
        var files: [String: String] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        while let relative = walker.nextObject() as? String {
            let attributes = (try? FileManager.default.attributesOfItem(atPath: base + "/" + relative)) ?? [:]
            let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
            let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            files[relative] = "\(attributes[.type] as? FileAttributeType == .typeDirectory ? "dir" : "file") \(size) \(date)"
        }
        return files
    }
}

/// The `edxplan` executable built with the tests, run as a user would run it.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Next to the test bundle (the products directory), or in a parent of it.
    static let executable: URL? = {
        var directory = Bundle.module.bundleURL.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("edxplan")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }()

    static var missingMessage: Comment {
        Comment(rawValue: "the edxplan executable is not next to the test bundle (\(Bundle.module.bundleURL.deletingLastPathComponent().path)); "
            + "run `swift build` first")
    }

    /// The data folder of every run: the shipped catalog is built there once per test process.
    static let dataHome: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-data-\(UUID().uuidString)", isDirectory: true)
        atexit { try? FileManager.default.removeItem(at: CLI.dataHome) }
        return url
    }()

    /// Runs `edxplan arguments` (or another `executable`) in `directory`; stdout and stderr go
    /// to files outside it. `environment` adds to or (with nil) removes from the variables.
    static func run(_ arguments: [String], in directory: URL, executable other: String? = nil,
                    environment changes: [String: String?] = [:]) throws -> Result {
        let executable = try other.map { URL(fileURLWithPath: $0) } ?? #require(executable, missingMessage)
        let capture = try Support.scratch("capture")
        defer { try? FileManager.default.removeItem(at: capture) }
        let out = capture.appendingPathComponent("stdout"), err = capture.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["EDXPLAN_CATALOG"] = nil
        // Never the user's data folder: a catalog they updated would change every figure.
        environment["XDG_DATA_HOME"] = dataHome.path
        environment["EDXPLAN_RECORD"] = nil
        environment["COLUMNS"] = "80"
        environment["NO_COLOR"] = nil
        for (name, value) in changes { environment[name] = value }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        process.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
