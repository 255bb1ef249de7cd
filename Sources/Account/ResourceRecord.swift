import Blueprint
import GRDB

/// A resource's lifecycle state as AWS reports it. Open-ended (AWS has many), with the
/// ones the simulator uses named.
public struct ResourceStatus: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let creating: ResourceStatus = "creating"
    public static let available: ResourceStatus = "available"
    public static let modifying: ResourceStatus = "modifying"
    public static let deleting: ResourceStatus = "deleting"
    /// KMS keys and secrets: destroyed in Terraform, still in the account for 7-30 days (H17, H18).
    public static let pendingDeletion: ResourceStatus = "pending-deletion"
    public static let failed: ResourceStatus = "failed"
}

/// What a caller asks to create; the account assigns the ID, ARN and creation minute.
public struct NewResource: Sendable, Hashable {
    public var type: String
    public var region: String
    public var scope: String
    public var module: String
    public var address: String?
    public var attributes: [String: AttributeValue]
    public var managedBy: ManagedBy
    public var parentID: String?
    public var status: ResourceStatus
    /// The name AWS keys the object by (DB identifier, bucket, cluster name). When nil it is
    /// read from the usual attributes, and failing those the ID is generated.
    public var name: String?

    public init(type: String, region: String, scope: String, module: String, address: String? = nil,
                attributes: [String: AttributeValue] = [:], managedBy: ManagedBy = .terraform,
                parentID: String? = nil, status: ResourceStatus = .available, name: String? = nil) {
        self.type = type
        self.region = region
        self.scope = scope
        self.module = module
        self.address = address
        self.attributes = attributes
        self.managedBy = managedBy
        self.parentID = parentID
        self.status = status
        self.name = name
    }

    /// A blueprint resource as its module would create it.
    public init(_ resource: Resource, region: String, scope: String, parentID: String? = nil) {
        self.init(type: resource.type, region: region, scope: scope, module: resource.module,
                  address: resource.address, attributes: resource.attributes, managedBy: resource.managedBy,
                  parentID: parentID)
    }
}

/// A row of `resources`: one object that exists in the fake AWS account.
///
/// A value whose fields share one box until written (`AccountResource+Fields`): reads hand
/// resources out by value, and copying a dozen fields meant a retain and a release apiece.
public struct AccountResource: Sendable, Hashable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "resources"
    var fields: Fields

    public init(row: Row) throws {
        let id: String = try row.decode(forColumn: "id")
        let managed: String = try row.decode(forColumn: "managed_by")
        guard let managedBy = ManagedBy(rawValue: managed) else {
            throw AccountError.corrupt(detail: "resource \(id) has managed_by '\(managed)'")
        }
        fields = Fields(id: id, arn: try row.decode(forColumn: "arn"), type: try row.decode(forColumn: "type"),
                        region: try row.decode(forColumn: "region"), scope: try row.decode(forColumn: "scope"),
                        module: try row.decode(forColumn: "module"), address: try row.decode(forColumn: "address"),
                        attributes: try AttributeJSON.decode(try row.decode(forColumn: "attributes"), what: "attributes of \(id)"),
                        status: ResourceStatus(rawValue: try row.decode(forColumn: "status")),
                        createdAtMinute: try row.decode(forColumn: "created_at_minute"), managedBy: managedBy,
                        parentID: try row.decode(forColumn: "parent_id"))
    }

    /// The columns `init(indexed:)` reads, in its order.
    static let columns = "id, arn, type, region, scope, module, address, attributes, status, created_at_minute, managed_by, parent_id"

    /// Decoding by position rather than by name: every read of the simulator goes through
    /// here, and looking each column up by name cost more than the values themselves.
    init(indexed row: Row) throws {
        let id: String = try row.decode(atIndex: 0)
        let managed: String = try row.decode(atIndex: 10)
        guard let managedBy = ManagedBy(rawValue: managed) else {
            throw AccountError.corrupt(detail: "resource \(id) has managed_by '\(managed)'")
        }
        fields = Fields(id: id, arn: try row.decode(atIndex: 1), type: try row.decode(atIndex: 2), region: try row.decode(atIndex: 3),
                        scope: try row.decode(atIndex: 4), module: try row.decode(atIndex: 5), address: try row.decode(atIndex: 6),
                        attributes: try AttributeJSON.decode(try row.decode(atIndex: 7), what: "attributes of \(id)"),
                        status: ResourceStatus(rawValue: try row.decode(atIndex: 8)), createdAtMinute: try row.decode(atIndex: 9),
                        managedBy: managedBy, parentID: try row.decode(atIndex: 11))
    }

    init(new: NewResource, id: String, arn: String, minute: Double) {
        fields = Fields(id: id, arn: arn, type: new.type, region: new.region, scope: new.scope, module: new.module,
                        address: new.address, attributes: new.attributes, status: new.status, createdAtMinute: minute,
                        managedBy: new.managedBy, parentID: new.parentID)
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container["id"] = id
        container["arn"] = arn
        container["type"] = type
        container["region"] = region
        container["scope"] = scope
        container["module"] = module
        container["address"] = address
        container["attributes"] = try AttributeJSON.encode(attributes)
        container["status"] = status.rawValue
        container["created_at_minute"] = createdAtMinute
        container["managed_by"] = managedBy.rawValue
        container["parent_id"] = parentID
    }
}
