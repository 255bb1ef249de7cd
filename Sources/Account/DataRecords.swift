import Blueprint
import GRDB

public enum SnapshotKind: String, Sendable, CaseIterable {
    case final, automated, manual
}

/// A row of `snapshots`: a copy of a data store, which outlives it.
public struct AccountSnapshot: Sendable, Hashable, FetchableRecord {
    public var id: String
    public var sourceResourceID: String
    public var kind: SnapshotKind
    public var createdAtMinute: Double
    public var data: [String: AttributeValue]

    public init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        sourceResourceID = try row.decode(forColumn: "source_resource_id")
        let kind: String = try row.decode(forColumn: "kind")
        guard let known = SnapshotKind(rawValue: kind) else {
            throw AccountError.corrupt(detail: "snapshot \(id) has kind '\(kind)'")
        }
        self.kind = known
        createdAtMinute = try row.decode(forColumn: "created_at_minute")
        data = try AttributeJSON.decode(try row.decode(forColumn: "data"), what: "data of snapshot \(id)")
    }
}

public enum DataKind: String, Sendable, CaseIterable {
    case rows, documents, objects, keys, volume
}

/// A row of `data_items`: how much of what a data store holds.
public struct DataItem: Sendable, Hashable, FetchableRecord {
    public var resourceID: String
    public var kind: DataKind
    public var quantity: Int
    public var description: String

    public init(resourceID: String, kind: DataKind, quantity: Int, description: String = "") {
        self.resourceID = resourceID
        self.kind = kind
        self.quantity = quantity
        self.description = description
    }

    public init(row: Row) throws {
        resourceID = try row.decode(forColumn: "resource_id")
        let kind: String = try row.decode(forColumn: "kind")
        guard let known = DataKind(rawValue: kind) else {
            throw AccountError.corrupt(detail: "data item of \(resourceID) has kind '\(kind)'")
        }
        self.kind = known
        quantity = try row.decode(forColumn: "quantity")
        description = try row.decode(forColumn: "description")
    }
}

/// A row of `quotas`, seeded by the caller from the catalog's service quotas.
public struct AccountQuota: Sendable, Hashable, FetchableRecord {
    public var code: String
    public var name: String
    public var value: Int
    public var scope: String

    public init(row: Row) throws {
        code = try row.decode(forColumn: "code")
        name = try row.decode(forColumn: "name")
        value = try row.decode(forColumn: "value")
        scope = try row.decode(forColumn: "scope")
    }
}
