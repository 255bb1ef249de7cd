import Foundation
import GRDB

extension CatalogStore {
    /// Reads every table of a built catalog into memory.
    public static func read(_ file: URL) throws -> Catalog {
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
                    prices: try PriceRow.fetchAll(db),
                    instanceTypes: try InstanceType.fetchAll(db),
                    regions: try Region.fetchAll(db),
                    allowances: try FreeAllowance.fetchAll(db),
                    durations: try ResourceDuration.fetchAll(db),
                    quotas: try ServiceQuota.fetchAll(db),
                    meta: Dictionary(meta.map { ($0["key"] as String, $0["value"] as String) }, uniquingKeysWith: { a, _ in a }),
                    versionSupport: try VersionSupport.fetchAll(db))
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
