import Foundation
import GRDB

extension CatalogStore {
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

    /// The instance types, read by column position as the prices are (Codable decoding by name
    /// was a third of the time of opening the catalog for one region).
    static func instanceTypes(_ db: Database) throws -> [InstanceType] {
        let sql = """
            SELECT service, type, vcpu, memory_gib, burstable, baseline_pct, credits_per_hour, architecture, max_enis,
                   ipv4_per_eni, source, as_of FROM instance_types
            """
        var types: [InstanceType] = []
        let cursor = try Row.fetchCursor(db, sql: sql)
        while let row = try cursor.next() {
            types.append(InstanceType(service: row[0], type: row[1], vcpu: row[2], memoryGib: row[3], burstable: row[4],
                                      baselinePct: row[5], creditsPerHour: row[6], architecture: row[7], maxEnis: row[8],
                                      ipv4PerEni: row[9], source: row[10], asOf: row[11]))
        }
        return types
    }

    /// Reads every table of a built catalog into memory; of `prices`, only the rows of `regions`
    /// (and `global`) when given.
    public static func read(_ file: URL, regions: Set<String>? = nil) throws -> Catalog {
        try refuseWALFile(file)
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: file.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try tableNames(db)
                guard tables.contains("prices"), tables.contains("catalog_meta") else {
                    throw CatalogError.unreadable(path: file.path, detail: "it has no prices table")
                }
                let meta = try Row.fetchAll(db, sql: "SELECT key, value FROM catalog_meta")
                return Catalog(
                    prices: try prices(db, regions: regions),
                    instanceTypes: try instanceTypes(db),
                    regions: try Self.regions(db),
                    allowances: try allowances(db),
                    durations: try durations(db),
                    quotas: try quotas(db),
                    meta: Dictionary(meta.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a }),
                    versionSupport: try versionSupport(db),
                    unavailable: try unavailable(db, tables: tables),
                    previousGeneration: try previousGeneration(db, tables: tables))
            }
        } catch let error as CatalogError {
            throw error
        } catch let error as DatabaseError {
            throw CatalogError.unreadable(path: file.path, detail: error.message ?? error.resultCode.description)
        } catch {
            throw CatalogError.unreadable(path: file.path, detail: "\(error)")
        }
    }

    /// SQLite opens a database in WAL mode with its -wal and -shm files beside it, even read-only,
    /// so reading one would leave two files behind. Catalogs are never in WAL mode (the builder
    /// keeps SQLite's rollback journal); fake accounts always are: such a file is someone's
    /// account given as a catalog, refused before SQLite touches it. Bytes 18 and 19 of the
    /// header are the read and write format versions, 2 for WAL (sqlite.org/fileformat2.html).
    static func refuseWALFile(_ file: URL) throws {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 20)) ?? Data()
        guard header.count == 20, header.prefix(16) == Data("SQLite format 3\u{0}".utf8), header[18] == 2 || header[19] == 2 else { return }
        throw CatalogError.unreadable(path: file.path, detail: "it is a SQLite database in WAL mode, as edxplan's fake accounts are (a catalog is not)")
    }
}
