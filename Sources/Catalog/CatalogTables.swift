import GRDB

/// The catalog's small tables, read by column position as the prices are: GRDB's Codable
/// decoding by column name cost more for these few dozen rows than reading the prices of a
/// region (and `edxplan cost` reads the catalog on every run).
extension CatalogStore {
    /// The names of the catalog's tables, read once: a catalog built by an older edxplan may
    /// lack the newer tables, which then read as empty.
    static func tableNames(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
    }

    static func regions(_ db: Database) throws -> [Region] {
        try Row.fetchAll(db, sql: "SELECT code, location, source FROM regions")
            .map { Region(code: $0[0], location: $0[1], source: $0[2]) }
    }

    static func allowances(_ db: Database) throws -> [FreeAllowance] {
        try Row.fetchAll(db, sql: """
            SELECT service, product_family, usage_type, quantity, unit, description, source, as_of FROM free_allowances
            """).map {
            FreeAllowance(service: $0[0], productFamily: $0[1], usageType: $0[2], quantity: $0[3], unit: $0[4],
                          description: $0[5], source: $0[6], asOf: $0[7])
        }
    }

    static func durations(_ db: Database) throws -> [ResourceDuration] {
        try Row.fetchAll(db, sql: """
            SELECT resource_type, create_typical, create_max, update_typical, update_max, delete_typical, delete_max, source
            FROM resource_durations
            """).map {
            ResourceDuration(resourceType: $0[0], createTypical: $0[1], createMax: $0[2], updateTypical: $0[3],
                             updateMax: $0[4], deleteTypical: $0[5], deleteMax: $0[6], source: $0[7])
        }
    }

    static func quotas(_ db: Database) throws -> [ServiceQuota] {
        try Row.fetchAll(db, sql: "SELECT code, service, name, default_value, scope, adjustable, source FROM service_quotas")
            .map {
                ServiceQuota(code: $0[0], service: $0[1], name: $0[2], defaultValue: $0[3], scope: $0[4], adjustable: $0[5],
                             source: $0[6])
            }
    }

    /// By column name: `last_minor` came with a later migration, and reads as nil where it is missing.
    static func versionSupport(_ db: Database) throws -> [VersionSupport] {
        try Row.fetchAll(db, sql: "SELECT * FROM version_support").map {
            VersionSupport(service: $0["service"], engine: $0["engine"], version: $0["version"],
                           standardSupportEnd: $0["standard_support_end"], extendedYear3Start: $0["extended_year3_start"],
                           extendedSupportEnd: $0["extended_support_end"], source: $0["source"], lastMinor: $0["last_minor"])
        }
    }

    static func unavailable(_ db: Database, tables: Set<String>) throws -> [ServiceUnavailable] {
        guard tables.contains("service_unavailable") else { return [] }
        return try Row.fetchAll(db, sql: "SELECT service, region, error, source FROM service_unavailable")
            .map { ServiceUnavailable(service: $0[0], region: $0[1], error: $0[2], source: $0[3]) }
    }

    static func previousGeneration(_ db: Database, tables: Set<String>) throws -> Set<String> {
        guard tables.contains("previous_generation") else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT service || '/' || type FROM previous_generation"))
    }
}
