import Foundation

/// The catalog's source: `Catalog/migrations/*.sql` (the schema, one GRDB migration per file),
/// `Catalog/data/*.sql` (the rows, split by service) and `Catalog/imports/*.sql` (rows that
/// `edxplan catalog import` wrote; applied last so they replace older rows).
public struct CatalogSource: Sendable {
    public let directory: URL

    public init(directory: URL) { self.directory = directory }

    /// Finds `Catalog/` in `start` or the nearest parent that has one.
    public static func find(from start: URL) throws -> CatalogSource {
        var candidate = start.standardizedFileURL
        while true {
            let catalog = candidate.appendingPathComponent("Catalog")
            if FileManager.default.fileExists(atPath: catalog.appendingPathComponent("migrations").path) {
                return CatalogSource(directory: catalog)
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { throw CatalogError.sourceNotFound(searched: start.path) }
            candidate = parent
        }
    }

    /// Where the built catalog goes unless `--catalog` or `EDXPLAN_CATALOG` says otherwise.
    public var defaultBuiltFile: URL { directory.appendingPathComponent("catalog.sqlite") }

    public var migrations: [URL] { sqlFiles(in: "migrations") }
    public var dataFiles: [URL] { sqlFiles(in: "data") + sqlFiles(in: "imports") }

    /// The newest modification time of any source file or folder (a deleted file changes
    /// its folder's time), to tell whether a built catalog is stale.
    public var lastModified: Date {
        let folders = ["migrations", "data", "imports"].map { directory.appendingPathComponent($0) }
        return (folders + migrations + dataFiles)
            .compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }
            .max() ?? .distantPast
    }

    private func sqlFiles(in folder: String) -> [URL] {
        let url = directory.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".sql") }.sorted().map { url.appendingPathComponent($0) }
    }
}
