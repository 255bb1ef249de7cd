import Foundation
import GRDB

/// Which catalog file a command reads, and why.
public struct CatalogLocation: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// `--catalog PATH` or `EDXPLAN_CATALOG`: used as it is, never built or rebuilt.
        case named
        /// `Catalog/catalog.sqlite` of the checkout the command runs in, rebuilt when its source is newer.
        case checkout
        /// Built from the source compiled into edxplan, in the user's data folder.
        case shipped
        /// Written by `edxplan catalog update` into the user's data folder; used while it is at
        /// least as new as the catalog that ships.
        case updated
    }

    public let file: URL
    public let kind: Kind

    /// For `catalog info`: the file and why it is the one in use.
    public var explanation: String {
        switch kind {
        case .named: return "named by --catalog or EDXPLAN_CATALOG"
        case .checkout: return "built from Catalog/ in this checkout"
        case .shipped: return "built from the catalog that ships with edxplan"
        case .updated: return "written by `edxplan catalog update`"
        }
    }
}

/// Finds the catalog file to read, building the shipped one first when it is missing or stale.
public enum CatalogStore {
    /// `$XDG_DATA_HOME/edxplan`, else `$HOME/.local/share/edxplan` (the XDG Base Directory
    /// default); nil when neither variable is set.
    public static func dataFolder(environment: [String: String]) -> URL? {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("edxplan")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/edxplan")
    }

    /// Where `catalog update` writes unless a catalog is named.
    public static func updatedFile(environment: [String: String]) -> URL? {
        dataFolder(environment: environment)?.appendingPathComponent("catalog.sqlite")
    }

    /// The path given by `--catalog` (first) or `EDXPLAN_CATALOG`, resolved against the working directory.
    public static func named(explicit: String?, environment: [String: String], workingDirectory: URL) -> URL? {
        guard let chosen = explicit ?? environment["EDXPLAN_CATALOG"], !chosen.isEmpty else { return nil }
        let file = chosen.hasPrefix("/") ? URL(fileURLWithPath: chosen) : workingDirectory.appendingPathComponent(chosen)
        return file.standardizedFileURL
    }

    /// The catalog in use: a named file (which must exist), else the updated catalog when it is
    /// at least as new as the shipped one, else the shipped one (the checkout's, when the
    /// command runs inside a checkout, or the one compiled into edxplan).
    public static func resolve(explicit: String?, environment: [String: String], workingDirectory: URL) throws
        -> CatalogLocation {
        if let file = named(explicit: explicit, environment: environment, workingDirectory: workingDirectory) {
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw CatalogError.namedFileMissing(path: file.path, viaEnvironment: (explicit ?? "").isEmpty)
            }
            return CatalogLocation(file: file, kind: .named)
        }
        let shipped = try shippedCatalog(environment: environment, workingDirectory: workingDirectory)
        if let updated = updatedFile(environment: environment), FileManager.default.fileExists(atPath: updated.path),
           let updatedAsOf = asOf(updated), let shippedAsOf = asOf(shipped.file), updatedAsOf >= shippedAsOf {
            return CatalogLocation(file: updated, kind: .updated)
        }
        return shipped
    }

    /// The checkout's `Catalog/catalog.sqlite` (rebuilt when stale), or the embedded source
    /// built once into the data folder under a name that changes with the source.
    public static func shippedCatalog(environment: [String: String], workingDirectory: URL) throws -> CatalogLocation {
        if let source = try? CatalogSource.find(from: workingDirectory) {
            let file = source.defaultBuiltFile
            if isStale(file, source: source) { try CatalogBuilder.build(source, to: file) }
            return CatalogLocation(file: file, kind: .checkout)
        }
        let folder = dataFolder(environment: environment)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-\(getuid())")
        let file = folder.appendingPathComponent("shipped-\(CatalogText.embeddedFingerprint).sqlite")
        if !FileManager.default.fileExists(atPath: file.path) {
            try CatalogBuilder.build(CatalogText.embedded, to: file)
            removeOtherShippedCopies(in: folder, keeping: file)
        }
        return CatalogLocation(file: file, kind: .shipped)
    }

    /// Builds the catalog when needed, then reads it (only the prices of `regions` and the global
    /// ones, when given: a scenario uses one or two of the 13 regions).
    public static func open(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                            regions: Set<String>? = nil) throws -> Catalog {
        try CatalogStore.read(resolve(explicit: explicit, environment: environment, workingDirectory: workingDirectory).file,
                              regions: regions)
    }

    static func isStale(_ file: URL, source: CatalogSource) -> Bool {
        guard let built = try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date else { return true }
        return source.lastModified > built
    }

    /// Copies built by earlier versions of edxplan: nothing reads them any more.
    private static func removeOtherShippedCopies(in folder: URL, keeping file: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix("shipped-") && name.hasSuffix(".sqlite") && name != file.lastPathComponent {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// `catalog_meta.as_of` of a built file, or nil when it cannot be read.
    public static func asOf(_ file: URL) -> String? {
        guard (try? refuseWALFile(file)) != nil else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: file.path, configuration: configuration) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM catalog_meta WHERE key = 'as_of'") }
    }
}
