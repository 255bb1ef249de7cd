import Blueprint
import GRDB

/// One object read from a Terraform state: what exists in the account and the unit's
/// entry for it, both under the ID the account keys it by.
public struct ImportedObject {
    public var resource: AccountResource
    public var stateKey: String
    public var entry: StateEntry
    /// What exists because of this object outside state (the load balancer Kubernetes makes
    /// for a release): each builds one object from those made before it, this one first.
    public var alongside: [([AccountResource]) -> NewResource] = []
    /// The log line about `alongside`, from all of them.
    public var alongsideNote: (([AccountResource]) -> EventDraft)?

    /// `id`/`arn` from `FakeAccount.importedIdentity`; the entry's resource ID is set to `id`.
    /// The attributes' JSON as the account stores it, with the attributes it was written
    /// from: made with the object (an importer makes objects on every core), so that
    /// writing the account copies it, and used only while `resource` still holds those.
    let encoded: (attributes: [String: AttributeValue], json: [UInt8])

    public init(new: NewResource, id: String, arn: String, stateKey: String, entry: StateEntry) {
        let made = AccountResource(new: new, id: id, arn: arn, minute: 0)
        resource = made
        encoded = (made.attributes, AttributeJSON.bytes(made.attributes))
        self.stateKey = stateKey
        var entry = entry
        entry.resourceID = id
        self.entry = entry
    }
}

extension FakeAccount {
    /// The (account ID, ARN) of an object a state names by `id` and `arn`, keyed as
    /// `Identifiers` keys the objects the simulator makes, so an imported account and an
    /// applied one hold the same rows: EC2 objects, buckets, hosted zones and distributions
    /// by their ID; the rest by their ARN. An object with neither a usable ARN nor an ID
    /// that is one (a `random_password`, whose ID is "none") gets an ARN-shaped name from
    /// `uniqueName`.
    public static func importedIdentity(type: String, id: String, arn: String?, region: String,
                                        uniqueName: @autoclosure () -> String) -> (id: String, arn: String) {
        let shape = TypeShape.of(type)
        let arn = arn.flatMap { $0.hasPrefix("arn:") ? $0 : nil }
        if let ec2 = shape.ec2, !id.isEmpty {
            return (id, arn ?? Text.join("arn:aws:ec2:", region, ":", accountID, ":", ec2.kind, "/", id))
        }
        switch shape.arn {
        case .s3Bucket where !id.isEmpty: return (id, arn ?? "arn:aws:s3:::" + id)
        case .hostedZone where !id.isEmpty: return (id, arn ?? "arn:aws:route53:::hostedzone/" + id)
        case .distribution where !id.isEmpty: return (id, arn ?? Text.join("arn:aws:cloudfront::", accountID, ":distribution/", id))
        default: break
        }
        if let arn { return (arn, arn) }
        if id.hasPrefix("arn:") { return (id, id) }
        let made = Text.join("arn:aws:", shape.service, ":", region, ":", accountID, ":", shape.kind, "/", uniqueName())
        return (made, made)
    }

    /// Writes what state files hold, as one transaction: each unit's state in `stateKeys` is
    /// replaced by the objects given for it (as `terraform state push` replaces a state), and
    /// each object is recorded in the account (replacing an object of the same ID). `notes`
    /// go to the event log. A failure leaves the account as it was.
    public func importState(_ objects: [ImportedObject], replacing stateKeys: [String], notes: [EventDraft]) throws {
        var given = Optional(objects)
        try importState(replacing: stateKeys, notes: { notes }) { defer { given = nil }; return given }
    }

    /// `importState` of objects that come a batch at a time, each taken by `next` (nil at
    /// the end) while the transaction is open, so that they are written while the next are
    /// made; `notes` is asked after the last. An error of `next` rolls everything back.
    public func importState(replacing stateKeys: [String], notes: () -> [EventDraft], objects next: () throws -> [ImportedObject]?) throws {
        guard memory == nil else { throw AccountError.rejected(detail: "state is imported into an account file, not a scratch copy") }
        try bulkWrite { db in
            let forget = try db.cachedStatement(sql: "DELETE FROM state_entries WHERE state_key = ?")
            for key in stateKeys { try forget.execute(arguments: [key]) }
            let minute = try Meta.minute(db)
            let held = try Int.fetchOne(db, sql: "SELECT count(*) FROM resources") ?? 0
            var deferred: [String]?
            var insert = try RowWriter(db, sql: """
                INSERT INTO resources (id, arn, type, region, scope, module, address, attributes, status, created_at_minute,
                                       managed_by, parent_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET arn = excluded.arn, type = excluded.type, region = excluded.region,
                    scope = excluded.scope, module = excluded.module, address = excluded.address,
                    attributes = excluded.attributes, status = excluded.status, managed_by = excluded.managed_by,
                    parent_id = excluded.parent_id
                """)
            var record = try RowWriter(db, sql: """
                INSERT INTO state_entries (state_key, address, type, module, resource_id, attributes, tainted, dependencies)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            while let objects = try next() {
                // Into an account that holds fewer objects than the states bring (a new one, as
                // a rule: judged by the first batch), the indexes are made again once the rows are in.
                if deferred == nil { deferred = held < objects.count ? try DeferredIndexes.drop(db) : [] }
                try write(objects, minute: minute, insert: &insert, record: &record, db)
            }
            try DeferredIndexes.make(deferred ?? [], db)
            for note in notes() { _ = try Self.append(note, db) }
        }
    }

    /// Each object's row and its unit's entry.
    private func write(_ objects: [ImportedObject], minute: Double, insert: inout RowWriter, record: inout RowWriter, _ db: Database) throws {
        // One buffer for the dependencies' JSON.
        var list: [UInt8] = []
        for object in objects {
            let resource = object.resource
            let json = object.encoded.attributes == resource.attributes ? object.encoded.json : AttributeJSON.bytes(resource.attributes)
            insert.bind(resource.id)
            insert.bind(resource.arn)
            insert.bind(resource.type)
            insert.bind(resource.region)
            insert.bind(resource.scope)
            insert.bind(resource.module)
            insert.bind(resource.address)
            insert.bind(json: json)
            insert.bind(resource.status.rawValue)
            insert.bind(minute)
            insert.bind(resource.managedBy.rawValue)
            insert.bind(resource.parentID)
            try insert.step()
            let entry = object.entry
            // The unit's old entries were deleted above, and one file holds an address once.
            record.bind(object.stateKey)
            record.bind(entry.address)
            record.bind(entry.type)
            record.bind(entry.module)
            record.bind(entry.resourceID)
            // The object and its entry usually hold the same attributes: encoded once.
            record.bind(json: entry.attributes == resource.attributes ? json : AttributeJSON.bytes(entry.attributes))
            record.bind(entry.tainted)
            list.removeAll(keepingCapacity: true)
            AttributeJSON.appendList(entry.dependencies, to: &list)
            record.bind(json: list)
            try record.step()
            guard !object.alongside.isEmpty else { continue }
            // Imported again: what Kubernetes made the first time is still there.
            let made = try db.cachedStatement(sql: "SELECT count(*) FROM resources WHERE scope = ? AND module = ? AND managed_by = 'kubernetes'")
            guard try Int.fetchOne(made, arguments: [resource.scope, resource.module]) == 0 else { continue }
            var objects = [resource]
            for build in object.alongside { objects.append(try Self.insert(build(objects), db)) }
            if let note = object.alongsideNote { _ = try Self.append(note(objects), db) }
        }
    }

    /// One write transaction with a page cache that holds all it writes: with SQLite's 2 MB,
    /// a 100 MB import spilled pages to the log part-way and wrote many of them again
    /// (481,000 writes for a 116 MB account).
    func bulkWrite(_ body: (Database) throws -> Void) throws {
        try crashPoint.spend()
        do {
            try database().inDatabase { db in
                try db.execute(sql: "PRAGMA cache_size = \(Self.bulkCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                try Transaction.run(db, .immediate, body)
            }
        } catch let error as DatabaseError {
            throw translate(error)
        }
    }

    /// Every state key the account holds entries for, sorted.
    public func stateKeys() throws -> [String] {
        if let memory { return memory.read { $0.states.keys.sorted() } }
        return try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT state_key FROM state_entries ORDER BY state_key") }
    }
}
