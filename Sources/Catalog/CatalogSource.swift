import Foundation

/// The catalog's source in a checkout: `Catalog/migrations/*.sql` (the schema, one GRDB migration
/// per file), `Catalog/data/*.sql` (the rows, split by service) and `Catalog/imports/*.sql` (rows
/// that `edxplan catalog import` wrote; applied last so they replace older rows).
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

    /// Every file read, named as errors cite it (`Catalog/data/ec2.sql`).
    public func text() throws -> CatalogText {
        func read(_ files: [URL]) throws -> [CatalogText.File] {
            try files.map { file in
                let name = "Catalog/" + file.path.dropFirst(directory.path.count + 1)
                do { return CatalogText.File(name: name, sql: try String(contentsOf: file, encoding: .utf8)) } catch {
                    throw CatalogError.sourceFailed(file: name, detail: "unreadable")
                }
            }
        }
        return CatalogText(migrations: try read(migrations), data: try read(dataFiles))
    }

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

/// The catalog's SQL as text: from a checkout's `Catalog/` folder, or the copy compiled into
/// edxplan (`embedded`), which is what an installed binary builds its catalog from.
public struct CatalogText: Sendable {
    public struct File: Sendable {
        /// As errors cite it: `Catalog/data/ec2.sql`.
        public let name: String
        public let sql: String
        /// The GRDB migration name: the file name without `.sql`.
        var migrationName: String { String(name.split(separator: "/").last ?? "").replacingOccurrences(of: ".sql", with: "") }
    }

    public let migrations: [File]
    public let data: [File]

    /// The source compiled into this executable from `Catalog/migrations` and `Catalog/data`.
    public static let embedded = CatalogText(
        migrations: EmbeddedCatalogSource.migrations.map { File(name: "Catalog/migrations/" + $0.name, sql: $0.sql) },
        data: EmbeddedCatalogSource.data.map { File(name: "Catalog/data/" + $0.name, sql: $0.sql) })

    /// Changes whenever any embedded file does: names the built copy of the embedded source.
    public static var embeddedFingerprint: String { EmbeddedCatalogSource.fingerprint }
}
