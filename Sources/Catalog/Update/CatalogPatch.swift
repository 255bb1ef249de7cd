import Diagnostics
import Foundation
import GRDB

/// The rows of one regional offer file, ready to replace what the catalog has from that offer.
public struct OfferRows: Sendable {
    public let offerCode: String
    public let region: String
    /// The offer file's `publicationDate`, e.g. `2026-11-20T19:32:04Z`.
    public let publicationDate: String
    public let rows: [PriceRow]

    public init(offerCode: String, region: String, publicationDate: String, rows: [PriceRow]) {
        self.offerCode = offerCode
        self.region = region
        self.publicationDate = publicationDate
        self.rows = rows
    }
}

/// What an update changed, for the summary `catalog update` prints.
public struct CatalogChanges: Sendable, Equatable {
    public struct PriceChange: Sendable, Equatable {
        public let key: String
        public let old: String
        public let new: String
        /// new / old - 1; nil when the old price was zero.
        public let ratio: Double?
    }

    public var added = 0
    public var removed = 0
    public var changed: [PriceChange] = []
    public var unchanged = 0

    public init() {}
}

/// Applies offer rows to a copy of a built catalog and renames the copy over the target, so
/// the catalog in use is never half-updated: a failure or a kill before the rename leaves it
/// exactly as it was.
public enum CatalogPatch {
    /// The `catalog_meta` key recording which publication of an offer a region's rows came from.
    static func metaKey(_ offerCode: String, _ region: String) -> String { "offer:\(offerCode):\(region)" }

    /// The publication date each offer and region was last updated from (`AmazonEC2/us-east-1` -> date).
    public static func appliedPublications(in file: URL) throws -> [String: String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: file.path, configuration: configuration)
        defer { try? queue.close() }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT key, value FROM catalog_meta WHERE key LIKE 'offer:%'") }
        return Dictionary(rows.map { row -> (String, String) in
            let parts = (row["key"] as String).split(separator: ":")
            return (parts.dropFirst().joined(separator: "/"), row["value"])
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Rows of `updates` replace the rows with the same key and tier; rows an earlier update
    /// or import took from the same offer and region, and that the offer no longer lists, go.
    @discardableResult
    public static func apply(_ updates: [OfferRows], base: URL, to target: URL) throws -> CatalogChanges {
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).building")
        defer { try? FileManager.default.removeItem(at: temporary) }
        try FileManager.default.copyItem(at: base, to: temporary)
        var changes = CatalogChanges()
        let queue = try DatabaseQueue(path: temporary.path)
        try queue.write { db in
            var existing = Dictionary(try PriceRow.fetchAll(db).map { (slot($0), $0) }, uniquingKeysWith: { a, _ in a })
            var newest = try String.fetchOne(db, sql: "SELECT value FROM catalog_meta WHERE key = 'as_of'") ?? ""
            for update in updates {
                let slots = Set(update.rows.map(slot))
                let prefix = "AWS Price List offer file \(update.offerCode) "
                for (key, row) in existing where row.region == update.region && row.source.hasPrefix(prefix) && !slots.contains(key) {
                    try db.execute(sql: "DELETE FROM prices WHERE id = ?", arguments: [row.id])
                    existing[key] = nil
                    changes.removed += 1
                }
                for row in update.rows {
                    let key = slot(row)
                    if let old = existing[key] {
                        if !samePrice(old.usdPerUnit, row.usdPerUnit) || old.unit != row.unit {
                            changes.changed.append(.init(key: key, old: old.usdPerUnit, new: row.usdPerUnit,
                                                         ratio: ratio(old.usdPerUnit, row.usdPerUnit)))
                        } else {
                            changes.unchanged += 1
                        }
                    } else {
                        changes.added += 1
                    }
                    try db.execute(sql: ImportSQL.insert(row))
                    existing[key] = row
                }
                try db.execute(sql: "INSERT OR REPLACE INTO catalog_meta (key, value) VALUES (?, ?)",
                               arguments: [metaKey(update.offerCode, update.region), update.publicationDate])
                newest = max(newest, String(update.publicationDate.prefix(10)))
            }
            try db.execute(sql: "INSERT OR REPLACE INTO catalog_meta (key, value) VALUES ('as_of', ?)", arguments: [newest])
        }
        try queue.close()
        try AtomicFile.replace(target, with: temporary)
        changes.changed.sort { abs($0.ratio ?? .infinity) > abs($1.ratio ?? .infinity) }
        return changes
    }

    /// The price key and tier, as `catalog price` shows a key.
    static func slot(_ row: PriceRow) -> String {
        row.key.description + (row.tierStart > 0 ? " from \(ImportSQL.number(row.tierStart))" : "")
    }

    /// `0.10` and `0.1` are one price: hand-written rows keep the digits of their source.
    private static func samePrice(_ a: String, _ b: String) -> Bool {
        guard let left = Decimal(string: a), let right = Decimal(string: b) else { return a == b }
        return left == right
    }

    private static func ratio(_ old: String, _ new: String) -> Double? {
        guard let before = Double(old), let after = Double(new), before > 0 else { return nil }
        return after / before - 1
    }
}
