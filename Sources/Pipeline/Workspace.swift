import Catalog
import Foundation
import Report

/// Where a command runs: the working directory, the environment variables, the catalog the
/// user chose, the terminal it prints to, and the edxplan checkout when it runs inside one.
public struct Workspace: Sendable {
    public var workingDirectory: URL
    public var environment: [String: String]
    /// `--catalog PATH`, if given.
    public var catalogPath: String?
    /// The width and colour of terminal output; `.plain` (unlimited, no colour) unless the
    /// executable detected a terminal.
    public var terminal: Terminal

    public init(workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                environment: [String: String] = ProcessInfo.processInfo.environment, catalogPath: String? = nil,
                terminal: Terminal = .plain) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.catalogPath = catalogPath
        self.terminal = terminal
    }

    /// The checkout's root (the folder holding `Catalog/`), or the working directory.
    public var root: URL {
        (try? CatalogSource.find(from: workingDirectory))?.directory.deletingLastPathComponent() ?? workingDirectory
    }

    /// The catalog in use (built first when the shipped one is missing or stale); with `regions`, only the prices of those regions (and the global ones) are read.
    public func catalog(regions: Set<String>? = nil) throws -> Catalog {
        try CatalogStore.read(catalogLocation().file, regions: regions)
    }

    /// The catalog file in use and why (see `CatalogStore.resolve`).
    public func catalogLocation() throws -> CatalogLocation {
        try CatalogStore.resolve(explicit: catalogPath, environment: environment, workingDirectory: workingDirectory)
    }

    /// A user-given path, relative to the working directory.
    public func url(_ path: String) -> URL {
        // appendingPathComponent, not URL(fileURLWithPath:relativeTo:): the latter drops the
        // working directory's last component when its URL lacks a trailing slash.
        path.hasPrefix("/") ? URL(fileURLWithPath: path).standardizedFileURL
            : workingDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// `path` as the user would type it from the working directory (relative when inside it).
    func display(_ url: URL) -> String {
        let base = workingDirectory.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }
}
