import Blueprint
import GRDB

extension FakeAccount {
    /// Creates a resource, assigning its ID and ARN from the account's counter.
    public func create(resource new: NewResource) throws -> AccountResource {
        if let memory { return try memory.write { try $0.create(new) } }
        return try write { db in try Self.insert(new, db) }
    }

    static func insert(_ new: NewResource, _ db: Database) throws -> AccountResource {
        let counter = try Meta.nextCounter(db)
        let (id, arn) = Identifiers.make(for: new, counter: counter, account: accountID)
        let resource = AccountResource(new: new, id: id, arn: arn, minute: try Meta.minute(db))
        // A cached statement rather than the record's `insert`: this runs on every create.
        do {
            try db.cachedStatement(sql: """
                INSERT INTO resources (id, arn, type, region, scope, module, address, attributes, status, created_at_minute,
                                       managed_by, parent_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    resource.id, resource.arn, resource.type, resource.region, resource.scope, resource.module, resource.address,
                    try AttributeJSON.encode(resource.attributes), resource.status.rawValue, resource.createdAtMinute,
                    resource.managedBy.rawValue, resource.parentID,
                ])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            // Named objects (a DB identifier, a bucket) clash the way AWS's do: AlreadyExists.
            // The transaction rolls back, counter included, as when this was checked first.
            throw AccountError.alreadyExists(id: id)
        }
        return resource
    }

    /// Replaces a resource's attributes wholesale (callers merge): what an update, or a
    /// console edit that drifts from state, leaves behind.
    @discardableResult
    public func update(id: String, attributes: [String: AttributeValue]) throws -> AccountResource {
        if let memory { return try memory.write { try $0.replaceAttributes(id, attributes) } }
        return try write { db in try Self.replaceAttributes(id, attributes, db) }
    }

    static func replaceAttributes(_ id: String, _ attributes: [String: AttributeValue], _ db: Database) throws -> AccountResource {
        var resource = try existing(id, db)
        resource.attributes = attributes
        try db.cachedStatement(sql: "UPDATE resources SET attributes = ? WHERE id = ?")
            .execute(arguments: [try AttributeJSON.encode(attributes), id])
        return resource
    }

    /// Removes a resource. Children are not checked here: whether AWS refuses
    /// (`DependencyViolation`) is the simulator's call, made with `children(of:)`.
    public func delete(id: String) throws {
        if let memory { return try memory.write { try $0.remove(id: id) } }
        return try write { db in try Self.remove(id, db) }
    }

    static func remove(_ id: String, _ db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM resources WHERE id = ?").execute(arguments: [id])
        guard db.changesCount > 0 else { throw AccountError.noSuchResource(id: id) }
    }

    @discardableResult
    public func setStatus(id: String, _ status: ResourceStatus) throws -> AccountResource {
        if let memory { return try memory.write { try $0.change(id) { $0.status = status } } }
        return try write { db in
            var resource = try Self.existing(id, db)
            resource.status = status
            try db.cachedStatement(sql: "UPDATE resources SET status = ? WHERE id = ?").execute(arguments: [status.rawValue, id])
            return resource
        }
    }

    public func resource(id: String) throws -> AccountResource? {
        if let memory { return memory.read { $0.resource(id: id) } }
        return try read { db in try Self.fetch(db, "WHERE id = ?", [id]).first }
    }

    /// Resources in creation order (the counter order, via rowid), optionally of one scope.
    public func resources(scope: String? = nil) throws -> [AccountResource] {
        if let memory { return memory.read { tables in scope.map { tables.ordered(tables.rowsOfScope[$0]) } ?? tables.all() } }
        return try read { db in
            guard let scope else { return try Self.fetch(db, "ORDER BY rowid", []) }
            return try Self.fetch(db, "WHERE scope = ? ORDER BY rowid", [scope])
        }
    }

    /// Resources of one type (in creation order), optionally in one region.
    public func resources(type: String, region: String? = nil) throws -> [AccountResource] {
        if let memory { return memory.read { $0.resources(type: type) { region == nil || $0.region == region } } }
        return try read { db in
            guard let region else { return try Self.fetch(db, "WHERE type = ? ORDER BY rowid", [type]) }
            return try Self.fetch(db, "WHERE type = ? AND region = ? ORDER BY rowid", [type, region])
        }
    }

    /// Resources of one type in one scope, in creation order.
    public func resources(type: String, scope: String) throws -> [AccountResource] {
        if let memory { return memory.read { tables in tables.ordered(tables.rows(type: type, scope: scope)) { $0.type == type && $0.scope == scope } } }
        return try read { db in try Self.fetch(db, "WHERE scope = ? AND type = ? ORDER BY rowid", [scope, type]) }
    }

    /// Resources of one type whose attribute `name` is `value` (a DocumentDB cluster using a
    /// parameter group, the NAT gateways of one zone), found without decoding every row.
    public func resources(type: String, attribute name: String, equals value: AttributeValue) throws -> [AccountResource] {
        // A write in memory: the first lookup on a big account builds the index it then keeps.
        if let memory { return memory.write { $0.resources(type: type, attribute: name, equals: value) } }
        return try read { db in
            guard let (condition, bound) = Self.attributeCondition(type: type, attribute: name, equals: value) else {
                return try Self.fetch(db, "WHERE type = ? ORDER BY rowid", [type]).filter { $0.attributes[name] == value }
            }
            return try Self.fetch(db, "WHERE \(condition) ORDER BY rowid", [bound])
        }
    }

    /// How many `resources(type:attribute:equals:)` finds, without reading them: a quota
    /// check counts the NAT gateways of a zone on every create, and in an account of many
    /// environments a zone holds one per environment.
    public func count(type: String, attribute name: String, equals value: AttributeValue) throws -> Int {
        if let memory { return memory.write { $0.count(type: type, attribute: name, equals: value) } }
        return try read { db in
            guard let (condition, bound) = Self.attributeCondition(type: type, attribute: name, equals: value) else {
                return try Self.fetch(db, "WHERE type = ? ORDER BY rowid", [type]).filter { $0.attributes[name] == value }.count
            }
            return try Int.fetchOne(try db.cachedStatement(sql: "SELECT COUNT(*) FROM resources WHERE \(condition)"), arguments: [bound]) ?? 0
        }
    }

    /// The SQL condition for an attribute lookup and the value it binds, or nil for a list value.
    /// Type and path as literals, so SQLite can use the partial indexes of `AttributeLookups`
    /// (a bound `type = ?` cannot prove a partial index applies).
    private static func attributeCondition(type: String, attribute name: String,
                                           equals value: AttributeValue) -> (String, DatabaseValueConvertible)? {
        let bound: DatabaseValueConvertible
        switch value {
        case .string(let text): bound = text
        case .int(let number): bound = number
        case .bool(let flag): bound = flag ? 1 : 0
        case .strings: return nil
        }
        return ("type = \(AttributeLookups.literal(type)) AND json_extract(attributes, \(AttributeLookups.literal("$." + name))) = ?", bound)
    }

    /// Resources someone other than (or including) Terraform made: what tear-downs trip on.
    public func resources(managedBy: ManagedBy) throws -> [AccountResource] {
        if let memory { return memory.read { $0.all { $0.managedBy == managedBy } } }
        return try read { db in try Self.fetch(db, "WHERE managed_by = ? ORDER BY rowid", [managedBy.rawValue]) }
    }

    /// Resources of one scope that no Terraform module made (Kubernetes, Tutor, manual), in
    /// creation order: what is left outside state, without decoding the scope's every row.
    public func resources(scope: String, notManagedBy managedBy: ManagedBy) throws -> [AccountResource] {
        if let memory { return memory.read { $0.ordered($0.rowsOfScope[scope]) { $0.managedBy != managedBy } } }
        return try read { db in try Self.fetch(db, "WHERE scope = ? AND managed_by <> ? ORDER BY rowid", [scope, managedBy.rawValue]) }
    }

    /// What hangs off a resource (subnets of a VPC, ENIs of a subnet): non-empty means a
    /// delete of `id` meets `DependencyViolation`.
    public func children(of id: String) throws -> [AccountResource] {
        if let memory { return memory.read { $0.ordered($0.rowsOfParent[id]) } }
        return try read { db in try Self.fetch(db, "WHERE parent_id = ? ORDER BY rowid", [id]) }
    }

    /// How many resources of a type exist (every status counts, as NAT gateways count
    /// against the quota while deleting: H22), optionally in one scope and region.
    public func count(type: String, scope: String? = nil, region: String? = nil) throws -> Int {
        if let memory {
            // A write in memory: the first count of a big type sets up the running count it then keeps.
            guard let scope else { return memory.write { $0.count(type: type, region: region) } }
            return memory.read { tables in
                tables.count(tables.rows(type: type, scope: scope)) {
                    $0.type == type && $0.scope == scope && (region == nil || $0.region == region)
                }
            }
        }
        return try read { db in
            var sql = "SELECT COUNT(*) FROM resources WHERE type = ?"
            var arguments: StatementArguments = [type]
            if let scope { sql += " AND scope = ?"; arguments += [scope] }
            if let region { sql += " AND region = ?"; arguments += [region] }
            return try Int.fetchOne(try db.cachedStatement(sql: sql), arguments: arguments) ?? 0
        }
    }

    static func existing(_ id: String, _ db: Database) throws -> AccountResource {
        guard let resource = try fetch(db, "WHERE id = ?", [id]).first else { throw AccountError.noSuchResource(id: id) }
        return resource
    }

    /// `SELECT <columns> FROM resources <tail>` through the statement cache (the tails are
    /// a fixed set of strings, so the cache stays small).
    static func fetch(_ db: Database, _ tail: String, _ arguments: StatementArguments) throws -> [AccountResource] {
        let statement = try db.cachedStatement(sql: "SELECT \(AccountResource.columns) FROM resources " + tail)
        let rows = try Row.fetchCursor(statement, arguments: arguments)
        var result: [AccountResource] = []
        while let row = try rows.next() { result.append(try AccountResource(indexed: row)) }
        return result
    }
}
