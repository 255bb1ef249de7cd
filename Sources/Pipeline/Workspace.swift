import Catalog
import Foundation

/// Where a command runs: the working directory, the environment variables, the catalog the
/// user chose, and the edxplan checkout (for `Scenarios/`, `Reports/` and `Catalog/`).
public struct Workspace: Sendable {
    public var workingDirectory: URL
    public var environment: [String: String]
    /// `--catalog PATH`, if given.
    public var catalogPath: String?

    public init(workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                environment: [String: String] = ProcessInfo.processInfo.environment, catalogPath: String? = nil) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.catalogPath = catalogPath
    }

    /// The checkout's root (the folder holding `Catalog/`), or the working directory.
    public var root: URL {
        (try? CatalogSource.find(from: workingDirectory))?.directory.deletingLastPathComponent() ?? workingDirectory
    }

    /// Builds the catalog if it is missing or stale, then reads it.
    /// The catalog; with `regions`, only the prices of those regions (and the global ones) are read.
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

    /// The scenario the user named, or the default one of the checkout.
    public func scenarioPath(_ given: String?) -> String {
        if let given { return given }
        let fallback = root.appendingPathComponent("Scenarios/default.yaml")
        let relative = fallback.path.hasPrefix(workingDirectory.standardizedFileURL.path + "/")
            ? String(fallback.path.dropFirst(workingDirectory.standardizedFileURL.path.count + 1)) : fallback.path
        return relative
    }
}
