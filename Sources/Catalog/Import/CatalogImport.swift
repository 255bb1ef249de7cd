import Diagnostics
import Foundation
import GRDB

/// `edxplan catalog import KIND FILE`: converts an AWS file into a reviewable SQL file under
/// `Catalog/imports/`, which the builder applies after `Catalog/data` so imported rows win.
public enum CatalogImport {
    public enum Kind: String, CaseIterable, Sendable {
        case awsPriceList = "aws-price-list"
        case instanceTypes = "instance-types"
    }

    /// Writes `Catalog/imports/<kind>-<file name without extension>.sql` and returns it with
    /// the number of rows it holds. The catalog itself is not rebuilt here; the next
    /// `CatalogStore.open` sees the newer source and rebuilds.
    public static func run(_ kind: Kind, file: URL, source: CatalogSource, asOf: String) throws
        -> (written: URL, rows: Int) {
        let name = file.lastPathComponent
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw CatalogError.importFailed(file: file.path, detail: "cannot read the file")
        }
        let statements: [String]
        switch kind {
        case .awsPriceList:
            // Streamed: a regional EC2 offer is hundreds of megabytes.
            let conversion = try PriceListImporter.convert(
                contentsOf: file, file: file.path, label: name, regionsByLocation: try regionsByLocation(source), asOf: asOf)
            statements = conversion.rows.map(ImportSQL.insert)
        case .instanceTypes:
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw CatalogError.importFailed(file: file.path, detail: "cannot read the file")
            }
            statements = try InstanceTypesImporter.rows(from: data, file: name, asOf: asOf).map(ImportSQL.upsert)
        }
        // An empty import would still replace nothing yet look like a successful refresh.
        guard !statements.isEmpty else {
            throw CatalogError.importFailed(file: name, detail: "nothing in it maps to a catalog row (see Catalog/KEYS.md)")
        }
        let stem = file.deletingPathExtension().lastPathComponent
        let target = source.directory.appendingPathComponent("imports")
            .appendingPathComponent("\(kind.rawValue)-\(stem).sql")
        let text = ImportSQL.file(input: name, kind: kind.rawValue, asOf: asOf, statements: statements)
        do { try AtomicFile.write(text, to: target) } catch {
            throw CatalogError.importFailed(file: name, detail: "cannot write \(target.path): \(error.localizedDescription)")
        }
        return (target, statements.count)
    }

    /// The Price List `location` name of each region code, read from `Catalog/data/regions.sql`
    /// through the real schema in an in-memory database: the same SQL the builder loads, without
    /// building (and possibly failing on) every other data file.
    static func regionsByLocation(_ source: CatalogSource) throws -> [String: String] {
        let file = source.directory.appendingPathComponent("data").appendingPathComponent("regions.sql")
        do {
            let sql = try String(contentsOf: file, encoding: .utf8)
            let queue = try DatabaseQueue()
            try CatalogBuilder.migrator(for: try source.text()).migrate(queue)
            let regions = try queue.write { db in
                try db.execute(sql: sql)
                return try Region.fetchAll(db)
            }
            return Dictionary(regions.map { ($0.location, $0.code) }, uniquingKeysWith: { first, _ in first })
        } catch let error as CatalogError {
            throw error
        } catch let error as DatabaseError {
            throw CatalogError.sourceFailed(file: "Catalog/data/regions.sql", detail: error.message ?? "\(error)")
        } catch {
            throw CatalogError.sourceFailed(file: "Catalog/data/regions.sql", detail: "unreadable")
        }
    }
}
