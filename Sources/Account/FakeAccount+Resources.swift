import Blueprint
import GRDB

extension FakeAccount {
    /// Creates a resource, assigning its ID and ARN from the account's counter.
    public func create(resource new: NewResource) throws -> AccountResource {
        try write { db in try Self.insert(new, db) }
    }

    static func insert(_ new: NewResource, _ db: Database) throws -> AccountResource {
        let counter = (Int(try Meta.get(db, Meta.idCounter) ?? "0") ?? 0) + 1
        try Meta.set(db, Meta.idCounter, String(counter))
        let (id, arn) = Identifiers.make(for: new, counter: counter, account: accountID)
        // Named objects (a DB identifier, a bucket) clash the way AWS's do: AlreadyExists.
        let taken = try Bool.fetchOne(try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM resources WHERE id = ?)"),
                                      arguments: [id]) ?? false
        guard !taken else { throw AccountError.alreadyExists(id: id) }
        let resource = AccountResource(new: new, id: id, arn: arn, minute: try Meta.minute(db))
        // A cached statement rather than the record's `insert`: this runs on every create.
        try db.cachedStatement(sql: """
            INSERT INTO resources (id, arn, type, region, scope, module, address, attributes, status, created_at_minute,
                                   managed_by, parent_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                resource.id, resource.arn, resource.type, resource.region, resource.scope, resource.module, resource.address,
                try AttributeJSON.encode(resource.attributes), resource.status.rawValue, resource.createdAtMinute,
                resource.managedBy.rawValue, resource.parentID,
            ])
        return resource
    }

    /// Replaces a resource's attributes wholesale (callers merge): what an update, or a
    /// console edit that drifts from state, leaves behind.
    @discardableResult
    public func update(id: String, attributes: [String: AttributeValue]) throws -> AccountResource {
        try write { db in
            var resource = try Self.existing(id, db)
            resource.attributes = attributes
            try resource.update(db)
            return resource
        }
    }

    /// Removes a resource. Children are not checked here: whether AWS refuses
    /// (`DependencyViolation`) is the simulator's call, made with `children(of:)`.
    public func delete(id: String) throws {
        try write { db in try Self.remove(id, db) }
    }

    static func remove(_ id: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM resources WHERE id = ?").execute(arguments: [id])
        guard db.changesCount > 0 else { throw AccountError.noSuchResource(id: id) }
    }

    @discardableResult
    public func setStatus(id: String, _ status: ResourceStatus) throws -> AccountResource {
        try write { db in
            var resource = try Self.existing(id, db)
            resource.status = status
            try resource.update(db)
            return resource
        }
    }

    public func resource(id: String) throws -> AccountResource? {
        try read { db in try AccountResource.fetchOne(db, key: id) }
    }

    /// Resources in creation order (the counter order, via rowid), optionally of one scope.
    public func resources(scope: String? = nil) throws -> [AccountResource] {
        try read { db in
            var request = AccountResource.order(Column.rowID)
            if let scope { request = request.filter(Column("scope") == scope) }
            return try request.fetchAll(db)
        }
    }

    /// Resources of one type (in creation order), optionally in one region.
    public func resources(type: String, region: String? = nil) throws -> [AccountResource] {
        try read { db in
            var request = AccountResource.filter(Column("type") == type)
            if let region { request = request.filter(Column("region") == region) }
            return try request.order(Column.rowID).fetchAll(db)
        }
    }

    /// Resources of one type in one scope, in creation order.
    public func resources(type: String, scope: String) throws -> [AccountResource] {
        try read { db in
            try AccountResource.filter(Column("scope") == scope && Column("type") == type).order(Column.rowID).fetchAll(db)
        }
    }

    /// Resources of one type whose attribute `name` is `value` (a DocumentDB cluster using a
    /// parameter group, the NAT gateways of one zone), found without decoding every row.
    public func resources(type: String, attribute name: String, equals value: AttributeValue) throws -> [AccountResource] {
        try read { db in
            let path = "$.\(name)"
            let match: SQLExpression
            switch value {
            case .string(let text): match = SQL("json_extract(attributes, \(path)) = \(text)").sqlExpression
            case .int(let number): match = SQL("json_extract(attributes, \(path)) = \(number)").sqlExpression
            case .bool(let flag): match = SQL("json_extract(attributes, \(path)) = \(flag ? 1 : 0)").sqlExpression
            case .strings: return try AccountResource.filter(Column("type") == type).order(Column.rowID).fetchAll(db)
                .filter { $0.attributes[name] == value }
            }
            return try AccountResource.filter(Column("type") == type).filter(match).order(Column.rowID).fetchAll(db)
        }
    }

    /// Resources someone other than (or including) Terraform made: what tear-downs trip on.
    public func resources(managedBy: ManagedBy) throws -> [AccountResource] {
        try read { db in
            try AccountResource.filter(Column("managed_by") == managedBy.rawValue).order(Column.rowID).fetchAll(db)
        }
    }

    /// What hangs off a resource (subnets of a VPC, ENIs of a subnet): non-empty means a
    /// delete of `id` meets `DependencyViolation`.
    public func children(of id: String) throws -> [AccountResource] {
        try read { db in
            try AccountResource.filter(Column("parent_id") == id).order(Column.rowID).fetchAll(db)
        }
    }

    /// How many resources of a type exist (every status counts, as NAT gateways count
    /// against the quota while deleting: H22), optionally in one scope and region.
    public func count(type: String, scope: String? = nil, region: String? = nil) throws -> Int {
        try read { db in
            var request = AccountResource.filter(Column("type") == type)
            if let scope { request = request.filter(Column("scope") == scope) }
            if let region { request = request.filter(Column("region") == region) }
            return try request.fetchCount(db)
        }
    }

    static func existing(_ id: String, _ db: Database) throws -> AccountResource {
        guard let resource = try AccountResource.fetchOne(db, key: id) else { throw AccountError.noSuchResource(id: id) }
        return resource
    }
}
