import Account
import Blueprint
import Testing

/// A scratch copy lives in plain collections, not SQLite. Every call must answer as the
/// SQLite account does (orders, IDs, refusals, what a refusal leaves behind), or a
/// rehearsal would report something a real `apply` on the user's account would not do.
@Suite struct MemoryParityTests {
    /// Every public call, including the refused ones, as a transcript of what each returned.
    static func exercise(_ account: FakeAccount) -> [String] {
        var lines: [String] = []
        func note<T>(_ label: String, _ body: () throws -> T) {
            do { lines.append("\(label): \(try body())") } catch { lines.append("\(label) refused: \(error)") }
            // A lock's creation time is the wall clock's, and its ID is derived from it.
            lines[lines.count - 1] = lines[lines.count - 1].split(separator: "\n")
                .filter { !$0.contains("Created:") && !$0.contains("ID:") }.joined(separator: "\n")
        }
        note("minute") { try account.minute() }
        note("set minute") { try account.setMinute(12.5) }
        note("scenario") { try account.setScenario("default"); return try account.scenario() }
        note("quota") { try account.setQuota(code: "L-0263D0A3", name: "EC2-VPC Elastic IPs", value: 5, scope: "us-east-1") }
        note("quota again") { try account.setQuota(code: "L-0263D0A3", name: "EC2-VPC Elastic IPs", value: 6, scope: "us-east-1") }
        note("quota b") { try account.setQuota(code: "L-A4707A72", name: "Internet gateways", value: 5, scope: "us-east-1") }
        note("quotas") { try account.quotas() }
        note("one quota") { try account.quota(code: "L-0263D0A3") }
        var vpcID = ""
        note("vpc") { let vpc = try account.create(resource: sampleVPC); vpcID = vpc.id; return vpc }
        note("subnet 1") { try account.create(resource: subnet(in: vpcID, index: 1)) }
        var bucket = NewResource(type: "aws_s3_bucket", region: "us-east-1", scope: "prod", module: "s3", address: "aws_s3_bucket.x",
                                 attributes: everyAttributeCase.merging(["bucket": .string("prod-storage")]) { $1 })
        note("bucket") { try account.create(resource: bucket) }
        note("bucket twice") { try account.create(resource: bucket) }
        note("subnet 2 after a refusal") { try account.create(resource: subnet(in: vpcID, index: 2)) }
        bucket.scope = "staging"
        bucket.attributes["bucket"] = .string("staging-storage")
        bucket.managedBy = .manual
        note("manual bucket") { try account.create(resource: bucket) }
        note("state") {
            try account.recordState(stateKey: "prod/vpc", entry: stateEntry("module.vpc.aws_vpc.this[0]", resourceID: vpcID,
                                                                             attributes: everyAttributeCase))
        }
        note("state clash") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("other", resourceID: vpcID)) }
        // An address that moves to another object frees the first for a second address;
        // one that is removed frees its object too.
        note("moved: a records o1") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("a", resourceID: "o1")) }
        note("moved: a records o2") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("a", resourceID: "o2")) }
        note("moved: b takes o1") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("b", resourceID: "o1")) }
        note("moved: c clashes on o2") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("c", resourceID: "o2")) }
        note("moved: a removed") { try account.removeState(stateKey: "prod/vpc", address: "a") }
        note("moved: c takes o2") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("c", resourceID: "o2")) }
        note("moved: clean up") {
            try ["b", "c"].map { try account.removeState(stateKey: "prod/vpc", address: $0) }
        }
        // A create whose new ID an entry at another address already names (its object deleted
        // outside Terraform) breaks the UNIQUE (state key, resource ID); with the entry moved
        // to another object, or removed, the same create goes through.
        let database = NewResource(type: "aws_db_instance", region: "us-east-1", scope: "prod", module: "mysql",
                                   address: "aws_db_instance.db", attributes: ["identifier": .string("prod-db")])
        let databaseID = "arn:aws:rds:us-east-1:123456789012:db:prod-db"
        func createDatabase() throws -> AccountResource {
            try account.createAndRecord(resource: database, stateKey: "prod/mysql",
                                        entry: stateEntry("aws_db_instance.db", type: "aws_db_instance", module: "mysql", resourceID: ""))
        }
        note("dangling entry") { try account.recordState(stateKey: "prod/mysql", entry: stateEntry("old", resourceID: databaseID)) }
        note("dangling entry elsewhere") { try account.recordState(stateKey: "staging/mysql", entry: stateEntry("x", resourceID: databaseID)) }
        note("create onto a dangling entry") { try createDatabase() }
        note("dangling entry moved") { try account.recordState(stateKey: "prod/mysql", entry: stateEntry("old", resourceID: "o3")) }
        note("dangling entry back") { try account.recordState(stateKey: "prod/mysql", entry: stateEntry("old", resourceID: databaseID)) }
        note("create onto it again") { try createDatabase() }
        note("dangling entry removed") { try account.removeState(stateKey: "prod/mysql", address: "old") }
        note("create once it is gone") { try createDatabase() }
        note("database state") { try account.state(stateKey: "prod/mysql").keys.sorted() }
        note("bad key") { try account.recordState(stateKey: "/vpc", entry: stateEntry("a", resourceID: "x")) }
        note("key ending in a slash") { try account.recordState(stateKey: "prod/", entry: stateEntry("a", resourceID: "x")) }
        note("key without a slash") { try account.recordState(stateKey: "prod", entry: stateEntry("a", resourceID: "x")) }
        note("empty address") { try account.recordState(stateKey: "prod/vpc", entry: stateEntry("", resourceID: "y")) }
        note("taint") { try account.taint(stateKey: "prod/vpc", address: "module.vpc.aws_vpc.this[0]") }
        note("taint missing") { try account.taint(stateKey: "prod/vpc", address: "nothing") }
        note("created and recorded") {
            try account.createAndRecord(resource: subnet(in: vpcID, index: 3), stateKey: "prod/vpc",
                                        entry: stateEntry("module.vpc.aws_subnet.private[3]", type: "aws_subnet", resourceID: ""),
                                        event: EventDraft(.create, scope: "prod", module: "vpc", message: "Creation complete"))
        }
        note("state read") { try account.state(stateKey: "prod/vpc").sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } }
        note("update") { try account.update(id: vpcID, attributes: ["cidr_block": .string("10.1.0.0/16")]) }
        note("update missing") { try account.update(id: "vpc-none", attributes: [:]) }
        note("status") { try account.setStatus(id: vpcID, .modifying) }
        note("prior") {
            let prior = try account.priorState(scope: "prod", modules: ["vpc", "s3"])
            return prior.modules.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.keys.sorted())" }
                + prior.live.keys.sorted().map { "live \($0) \(prior.live[$0]?.sorted { $0.key < $1.key } ?? [])" }
        }
        note("by scope") { try account.resources(scope: "prod").map(\.id) }
        note("all") { try account.resources().map(\.id) }
        note("by type") { try account.resources(type: "aws_subnet").map(\.id) }
        note("by type and region") { try account.resources(type: "aws_subnet", region: "eu-west-1").map(\.id) }
        note("by type and scope") { try account.resources(type: "aws_s3_bucket", scope: "staging").map(\.id) }
        note("by attribute") { try account.resources(type: "aws_s3_bucket", attribute: "count", equals: .int(3)).map(\.id) }
        note("by flag") { try account.resources(type: "aws_s3_bucket", attribute: "on", equals: .bool(true)).map(\.id) }
        note("count by attribute") { try account.count(type: "aws_s3_bucket", attribute: "count", equals: .int(3)) }
        note("manual") { try account.resources(managedBy: .manual).map(\.id) }
        note("outside") { try account.resources(scope: "prod", notManagedBy: .terraform).map(\.id) }
        note("children") { try account.children(of: vpcID).map(\.id) }
        note("count") { try account.count(type: "aws_subnet", scope: "prod", region: "us-east-1") }
        note("delete and forget") {
            try account.deleteAndForget(id: vpcID, stateKey: "prod/vpc", address: "module.vpc.aws_vpc.this[0]",
                                        event: EventDraft(.delete, scope: "prod", module: "vpc", resourceID: vpcID, message: "gone"))
        }
        note("delete again") { try account.delete(id: vpcID) }
        note("forget") { try account.removeState(stateKey: "prod/vpc", address: "module.vpc.aws_subnet.private[3]") }
        note("snapshot") { try account.createSnapshot(id: "final-1", sourceResourceID: "prod-db", kind: .final, data: ["rows": .int(9)]) }
        note("snapshot twice") { try account.createSnapshot(id: "final-1", sourceResourceID: "prod-db", kind: .final) }
        note("snapshot b") { try account.createSnapshot(id: "a-manual", sourceResourceID: "other", kind: .manual) }
        note("snapshots") { try account.snapshots().map(\.id) }
        note("snapshots of") { try account.snapshots(of: "prod-db").map(\.id) }
        note("drop snapshot") { try account.deleteSnapshot(id: "a-manual") }
        note("data") { try account.setData(DataItem(resourceID: "prod-db", kind: .rows, quantity: 10)) }
        note("data again") { try account.setData(DataItem(resourceID: "prod-db", kind: .rows, quantity: 20, description: "more")) }
        note("data b") { try account.setData(DataItem(resourceID: "a-bucket", kind: .objects, quantity: 3)) }
        note("data items") { try account.dataItems() }
        note("lock") { try account.acquireLock(lockID: "b/prod/vpc", holder: "me", operation: "OperationTypeApply") }
        note("lock held") { try account.acquireLock(lockID: "b/prod/vpc", holder: "you", operation: "OperationTypeApply") }
        note("release by another") { try account.releaseLock(lockID: "b/prod/vpc", holder: "you") }
        note("locks") { try account.locks().map(\.holder) }
        note("release") { try account.releaseLock(lockID: "b/prod/vpc", holder: "me") }
        note("force unlock") { try account.forceUnlock(lockID: "b/prod/vpc") }
        note("log") { try account.log(.note, scope: "staging", module: "s3", message: "hello", errorCode: "X") }
        note("events") { try account.events().map { "\($0.seq) \($0.minute) \($0.kind) \($0.resourceID ?? "-") \($0.message)" } }
        note("last event") { try account.events(scope: "prod", limit: 1).map(\.message) }
        note("summary") { describe(try account.summary()) }
        note("reset") { try account.reset() }
        note("after reset") { describe(try account.summary()) }
        note("numbering after reset") { try account.log(.note, scope: "prod", module: "vpc", message: "again") }
        return lines
    }

    /// A summary with its dictionaries in key order, so two equal ones print alike.
    static func describe(_ summary: AccountSummary) -> String {
        func sorted(_ counts: [String: Int]) -> String { counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") }
        return "\(sorted(summary.resourcesByType)) \(sorted(summary.resourcesByManagedBy)) \(sorted(summary.resourcesByScope)) "
            + "\(summary.stateEntries) \(summary.taintedEntries) \(summary.locks) \(summary.snapshots) \(summary.events) "
            + "\(summary.minute) \(summary.scenario ?? "-")"
    }

    @Test func aScratchCopyAnswersEveryCallAsTheDatabaseDoes() throws {
        let database = Self.exercise(try FakeAccount.inMemory())
        let memory = Self.exercise(try FakeAccount.inMemory().scratchCopy())
        #expect(database.count == memory.count)
        for (sql, plain) in zip(database, memory) { #expect(sql == plain) }
        // The transcript holds refusals, or the test would prove nothing about them.
        #expect(database.filter { $0.contains("refused") }.count >= 12)
    }

    /// Past a few hundred objects of a type, the memory account answers attribute lookups
    /// from an index it then keeps through creates, changes and deletes (and a rollback).
    /// The answers must stay the database's, in its order.
    @Test func attributeLookupsOnABigAccountAnswerAsTheDatabaseDoes() throws {
        func transcript(_ account: FakeAccount) throws -> [String] {
            var lines: [String] = []
            func look(_ name: String) throws {
                let found = try account.resources(type: "aws_route53_record", attribute: "name", equals: .string(name))
                lines.append("\(name): " + found.map(\.id).joined(separator: " "))
                lines.append("\(name) counted: \(try account.count(type: "aws_route53_record", attribute: "name", equals: .string(name)))")
            }
            var ids: [String] = []
            for index in 0..<300 {
                let record = NewResource(type: "aws_route53_record", region: "us-east-1", scope: "env\(index % 7)", module: "vpc",
                                         attributes: ["name": .string("name-\(index % 40)"), "zone": .string("Z\(index % 3)")],
                                         name: "record-\(index)")
                ids.append(try account.create(resource: record).id)
            }
            try look("name-3")
            // An older record takes a new name; a newer one leaves it.
            _ = try account.update(id: ids[5], attributes: ["name": .string("name-3"), "zone": .string("Z0")])
            _ = try account.update(id: ids[283], attributes: ["name": .string("renamed"), "zone": .string("Z0")])
            try look("name-3")
            try look("name-5")
            try look("renamed")
            try account.delete(id: ids[43])
            _ = try account.create(resource: NewResource(type: "aws_route53_record", region: "us-east-1", scope: "env0", module: "vpc",
                                                         attributes: ["name": .string("name-3")], name: "record-late"))
            try look("name-3")
            try look("missing")
            return lines
        }
        let database = try expectTheMemoryAccountToAgree(transcript)
        #expect(database.contains { $0.hasPrefix("name-3: ") && $0.split(separator: " ").count > 8 })
    }

    /// Deleted rows stay in the scope, type and parent lists until they are as many as the
    /// live ones, then the lists are swept. Lookups before, across and after the sweep, and
    /// after a rollback over it, answer as SQLite does.
    @Test func lookupsAcrossManyDeletesAnswerAsTheDatabaseDoes() throws {
        func transcript(_ account: FakeAccount) throws -> [String] {
            var lines: [String] = []
            let vpcs = try (0..<3).map { index in
                try account.create(resource: NewResource(type: "aws_vpc", region: "us-east-1", scope: "env\(index)", module: "vpc",
                                                         attributes: [:], name: "vpc-\(index)")).id
            }
            func look(_ moment: String) throws {
                for (index, vpc) in vpcs.enumerated() {
                    lines.append("\(moment) env\(index): " + (try account.resources(scope: "env\(index)").map(\.id).joined(separator: " ")))
                    lines.append("\(moment) children \(index): " + (try account.children(of: vpc).map(\.id).joined(separator: " ")))
                }
                lines.append("\(moment) subnets: " + (try account.resources(type: "aws_subnet").map(\.id).joined(separator: " ")))
                lines.append("\(moment) counts: \(try account.count(type: "aws_subnet")) \(try account.count(type: "aws_subnet", scope: "env1")) "
                             + "\(try account.count(type: "aws_subnet", region: "us-east-1")) \(try account.count(type: "aws_subnet", region: "eu-west-1")) "
                             + "\(try account.count(type: "aws_vpc", scope: "env2", region: "us-east-1"))")
            }
            var ids: [String] = []
            for index in 0..<2400 {
                let new = NewResource(type: index % 4 == 0 ? "aws_route_table" : "aws_subnet", region: "us-east-1", scope: "env\(index % 3)",
                                      module: "vpc", attributes: [:], parentID: vpcs[index % 3])
                ids.append(try account.create(resource: new).id)
            }
            try look("full")
            // From the front, as a destroy of the oldest environment's objects goes: 1,000 dead
            // rows, not yet swept; then 700 more, past the live ones, which sweeps the lists.
            for id in ids[..<1000] { try account.delete(id: id) }
            try look("before the sweep")
            for id in ids[1000..<2400].enumerated().filter({ $0.offset % 2 == 0 }).map(\.element) { try account.delete(id: id) }
            try look("after the sweep")
            for index in 0..<5 {
                _ = try account.create(resource: NewResource(type: "aws_subnet", region: "us-east-1", scope: "env1", module: "vpc",
                                                             attributes: [:], parentID: vpcs[1], name: "late-\(index)"))
            }
            try look("late")
            return lines
        }
        let database = try expectTheMemoryAccountToAgree(transcript)
        #expect(database.contains { $0.hasPrefix("after the sweep counts: 700 ") })
    }

    /// Runs `transcript` on a SQLite account and on a memory copy, inside a rollback and
    /// again after it (indexes and lists rolled back too), expecting the same lines each
    /// time; returns the SQLite account's.
    private func expectTheMemoryAccountToAgree(_ transcript: (FakeAccount) throws -> [String]) throws -> [String] {
        let database = try transcript(FakeAccount.inMemory())
        let scratch = try FakeAccount.inMemory().scratchCopy()
        #expect(try scratch.restoring { try transcript(scratch) } == database)
        #expect(try transcript(scratch) == database)
        return database
    }

    /// A copy of a populated account holds the same rows, orders and counters.
    @Test func aScratchCopyStartsFromEverythingTheAccountHolds() throws {
        let account = try FakeAccount.inMemory()
        let vpc = try account.create(resource: sampleVPC)
        for index in 1...3 { _ = try account.create(resource: subnet(in: vpc.id, index: index)) }
        try account.delete(id: try account.children(of: vpc.id)[1].id)
        try account.recordState(stateKey: "prod/vpc", entry: stateEntry("module.vpc.aws_vpc.this[0]", resourceID: vpc.id))
        try account.setQuota(code: "L-0263D0A3", name: "EC2-VPC Elastic IPs", value: 5, scope: "us-east-1")
        _ = try account.createSnapshot(id: "final-1", sourceResourceID: vpc.id, kind: .final)
        try account.setData(DataItem(resourceID: vpc.id, kind: .rows, quantity: 1))
        try account.acquireLock(lockID: "b/prod/vpc", holder: "me", operation: "OperationTypeApply")
        _ = try account.log(.note, scope: "prod", module: "vpc", message: "one")
        try account.setMinute(3)
        let copy = try account.scratchCopy()
        #expect(try copy.resources() == account.resources())
        #expect(try copy.state(stateKey: "prod/vpc") == account.state(stateKey: "prod/vpc"))
        #expect(try copy.quotas() == account.quotas())
        #expect(try copy.snapshots() == account.snapshots())
        #expect(try copy.dataItems() == account.dataItems())
        #expect(try copy.locks() == account.locks())
        #expect(try copy.events() == account.events())
        #expect(try copy.summary() == account.summary())
        // The counters carry on where the account's left off.
        #expect(try copy.create(resource: sampleVPC) == account.create(resource: sampleVPC))
        #expect(try copy.log(.note, scope: "prod", module: "vpc", message: "two") == account.log(.note, scope: "prod", module: "vpc", message: "two"))
    }
}
