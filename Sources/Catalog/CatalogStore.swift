import Foundation
import GRDB

/// Opens a built catalog file, building it from source first when it is missing or older
/// than its source.
public enum CatalogStore {
    /// Where the catalog is: `--catalog PATH`, else `EDXPLAN_CATALOG`, else `Catalog/catalog.sqlite`
    /// in the checkout found from `workingDirectory`.
    public static func location(explicit: String?, environment: [String: String], workingDirectory: URL) throws
        -> (file: URL, source: CatalogSource?) {
        let source = try? CatalogSource.find(from: workingDirectory)
        if let chosen = explicit ?? environment["EDXPLAN_CATALOG"], !chosen.isEmpty {
            let file = chosen.hasPrefix("/") ? URL(fileURLWithPath: chosen) : workingDirectory.appendingPathComponent(chosen)
            return (file.standardizedFileURL, source)
        }
        guard let source else { throw CatalogError.sourceNotFound(searched: workingDirectory.path) }
        return (source.defaultBuiltFile, source)
    }

    /// Builds the catalog when needed, then reads it (only the prices of `regions` and the global
    /// ones, when given: a scenario uses one or two of the 13 regions).
    public static func open(explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
                            workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                            regions: Set<String>? = nil) throws -> Catalog {
        let (file, source) = try location(explicit: explicit, environment: environment, workingDirectory: workingDirectory)
        let exists = FileManager.default.fileExists(atPath: file.path)
        if let source, needsBuild(file: file, exists: exists, explicit: explicit ?? environment["EDXPLAN_CATALOG"], source: source) {
            try CatalogBuilder.build(source, to: file)
        } else if !exists {
            throw CatalogError.unreadable(path: file.path, detail: "no such file")
        }
        return try read(file, regions: regions)
    }

    /// A catalog the user named is built only when missing (it may hold their imports);
    /// the default one is also rebuilt whenever its source is newer.
    static func needsBuild(file: URL, exists: Bool, explicit: String?, source: CatalogSource) -> Bool {
        guard exists else { return true }
        if let explicit, !explicit.isEmpty { return false }
        let built = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date) ?? .distantPast
        return source.lastModified > built
    }

    /// The price rows, read by column position: thousands of rows (13 regions), where GRDB's
    /// Codable decoding by column name took most of the time of opening the catalog.
    static func prices(_ db: Database, regions: Set<String>?) throws -> [PriceRow] {
        var sql = """
            SELECT id, service, region, product_family, instance_type, engine, deployment, operating_system, usage_type,
                   term, tier_start, unit, usd_per_unit, description, source, as_of FROM prices
            """
        var arguments: [String] = []
        if let regions {
            arguments = (regions.union(["global"])).sorted()
            sql += " WHERE region IN (" + arguments.map { _ in "?" }.joined(separator: ", ") + ")"
        }
        var rows: [PriceRow] = []
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let row = try cursor.next() {
            let key = PriceKey(service: row[1], region: row[2], productFamily: row[3], instanceType: row[4], engine: row[5],
                               deployment: row[6], operatingSystem: row[7], usageType: row[8], term: row[9])
            var price = PriceRow(key: key, tierStart: row[10], unit: row[11], usdPerUnit: row[12], description: row[13],
                                 source: row[14], asOf: row[15])
            price.id = row[0]
            rows.append(price)
        }
        return rows
    }

    /// Reads every table of a built catalog into memory; of `prices`, only the rows of `regions`
    /// (and `global`) when given.
    public static func read(_ file: URL, regions: Set<String>? = nil) throws -> Catalog {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: file.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try db.tableExists("prices"), try db.tableExists("catalog_meta") else {
                    throw CatalogError.unreadable(path: file.path, detail: "it has no prices table")
                }
                let meta = try Row.fetchAll(db, sql: "SELECT key, value FROM catalog_meta")
                return Catalog(
                    prices: try prices(db, regions: regions),
                    instanceTypes: try InstanceType.fetchAll(db),
                    regions: try Region.fetchAll(db),
                    allowances: try FreeAllowance.fetchAll(db),
                    durations: try ResourceDuration.fetchAll(db),
                    quotas: try ServiceQuota.fetchAll(db),
                    meta: Dictionary(meta.map { ($0["key"] as String, $0["value"] as String) }, uniquingKeysWith: { a, _ in a }),
                    versionSupport: try VersionSupport.fetchAll(db),
                    unavailable: try db.tableExists("service_unavailable") ? ServiceUnavailable.fetchAll(db) : [],
                    previousGeneration: try db.tableExists("previous_generation")
                        ? Set(Row.fetchAll(db, sql: "SELECT service || '/' || type AS key FROM previous_generation").map { $0["key"] as String })
                        : [])
            }
        } catch let error as CatalogError {
            throw error
        } catch let error as DatabaseError {
            throw CatalogError.unreadable(path: file.path, detail: error.message ?? error.resultCode.description)
        } catch {
            throw CatalogError.unreadable(path: file.path, detail: "\(error)")
        }
    }
}
