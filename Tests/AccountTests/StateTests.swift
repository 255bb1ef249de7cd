import Account
import Blueprint
import Testing

@Suite struct StateTests {
    @Test func recordReplaceTaintAndRemove() throws {
        let account = try FakeAccount.inMemory()
        let key = FakeAccount.stateKey(scope: "prod", module: "vpc")
        let entry = stateEntry("aws_vpc.this", resourceID: "vpc-1", attributes: everyAttributeCase)
        try account.recordState(stateKey: key, entry: entry)
        #expect(try account.state(stateKey: key) == [entry.address: entry])

        var changed = entry
        changed.attributes = ["cidr_block": .string("10.9.0.0/16")]
        changed.dependencies = ["aws_eip.nat"]
        try account.recordState(stateKey: key, entry: changed)
        #expect(try account.state(stateKey: key)[entry.address] == changed)

        try account.taint(stateKey: key, address: entry.address)
        #expect(try account.state(stateKey: key)[entry.address]?.tainted == true)
        try account.taint(stateKey: key, address: entry.address, tainted: false)
        #expect(try account.state(stateKey: key)[entry.address]?.tainted == false)
        #expect(throws: AccountError.self) { try account.taint(stateKey: key, address: "aws_vpc.missing") }

        #expect(try account.removeState(stateKey: key, address: entry.address))
        #expect(try account.removeState(stateKey: key, address: entry.address) == false)
        #expect(try account.state(stateKey: key).isEmpty)
    }

    @Test func priorStateOmitsObjectsDeletedOutsideTerraform() throws {
        let account = try FakeAccount.inMemory()
        let key = FakeAccount.stateKey(scope: "prod", module: "vpc")
        let vpc = try account.createAndRecord(resource: sampleVPC, stateKey: key,
                                              entry: stateEntry("aws_vpc.this", resourceID: ""))
        let gone = try account.createAndRecord(resource: subnet(in: vpc.id, index: 1), stateKey: key,
                                               entry: stateEntry("aws_subnet.a", type: "aws_subnet", resourceID: ""))
        try account.delete(id: gone.id)  // a console delete: state still lists it
        try account.update(id: vpc.id, attributes: ["cidr_block": .string("10.7.0.0/16")])  // drift

        let prior = try account.priorState(scope: "prod", modules: ["vpc", "eks"])
        #expect(prior.modules["vpc"]?["aws_subnet.a"]?.resourceID == gone.id)
        #expect(prior.modules["vpc"]?["aws_vpc.this"]?.resourceID == vpc.id)
        #expect(prior.modules["eks"] == [:])
        #expect(prior.live[gone.id] == nil)
        #expect(prior.live[vpc.id] == ["cidr_block": .string("10.7.0.0/16")])
        #expect(prior.modules["vpc"]?["aws_vpc.this"]?.attributes == [:])
    }

    @Test func createAndRecordIsAllOrNothing() throws {
        let account = try FakeAccount.inMemory()
        // A state key without `<scope>/` breaks the schema's CHECK after the resource row is in.
        let error = #expect(throws: AccountError.self) {
            try account.createAndRecord(resource: sampleVPC, stateKey: "vpc", entry: stateEntry("aws_vpc.this", resourceID: ""))
        }
        guard case .rejected = error else { Issue.record("expected a refused write, got \(String(describing: error))"); return }
        #expect(try account.resources().isEmpty)
        #expect(try account.summary().stateEntries == 0)

        // The ID counter rolled back with it: the next create gets the first ID, as on a fresh account.
        let fresh = try FakeAccount.inMemory()
        #expect(try account.create(resource: sampleVPC).id == fresh.create(resource: sampleVPC).id)
    }

    @Test func oneObjectUnderTwoAddressesIsRefused() throws {
        let account = try FakeAccount.inMemory()
        let key = "prod/vpc"
        let vpc = try account.createAndRecord(resource: sampleVPC, stateKey: key, entry: stateEntry("aws_vpc.this", resourceID: ""))
        #expect(throws: AccountError.self) {
            try account.recordState(stateKey: key, entry: stateEntry("aws_vpc.copy", resourceID: vpc.id))
        }
        // The upsert must not have deleted the original entry, as INSERT OR REPLACE would.
        #expect(try account.state(stateKey: key).keys.sorted() == ["aws_vpc.this"])
        // Another module's state may point at it (a data source's view is not state, but moved blocks are).
        try account.recordState(stateKey: "prod/other", entry: stateEntry("aws_vpc.this", resourceID: vpc.id))
    }

    @Test func deleteAndForgetRemovesBothOrNeither() throws {
        let account = try FakeAccount.inMemory()
        let key = "prod/vpc"
        let vpc = try account.createAndRecord(resource: sampleVPC, stateKey: key, entry: stateEntry("aws_vpc.this", resourceID: ""))
        #expect(throws: AccountError.noSuchResource(id: "vpc-missing")) {
            try account.deleteAndForget(id: "vpc-missing", stateKey: key, address: "aws_vpc.this")
        }
        #expect(try account.state(stateKey: key).count == 1)
        try account.deleteAndForget(id: vpc.id, stateKey: key, address: "aws_vpc.this")
        #expect(try account.resource(id: vpc.id) == nil)
        #expect(try account.state(stateKey: key).isEmpty)
    }
}
