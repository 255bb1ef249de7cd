import Account
import Planner
import Simulator
import Testing

/// Amazon DocumentDB is not offered in us-west-1 (the catalog's service_unavailable, from the
/// DocumentDB developer guide's Region availability table): the cluster's create is refused as
/// AWS refuses it there, and the rest of the apply goes on as Terragrunt runs it.
struct RegionAvailabilityTests {
    @Test func documentDBCreateInNorthernCaliforniaIsRefused() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "aws_region: us-east-1", with: "aws_region: us-west-1"))
        let result = try rig.run()
        #expect(!result.succeeded)
        let mongodb = try result.module("mongodb")
        #expect(mongodb.status == .failed)
        let refused = try #require(result.failures.first { $0.address == "aws_docdb_cluster.default" })
        #expect(refused.failure?.code == "InvalidParameterValue")
        #expect(refused.failure?.message == "Invalid DB engine")
        #expect(try rig.account.resources(type: "aws_docdb_cluster").isEmpty)
        // MySQL, offered there, is created.
        #expect(try result.module("mysql").status == .succeeded)
    }

    /// `plan` foresees the refusal, as it foresees AWS's other answers (here also the default's
    /// underscored DocumentDB names, H19): the cluster and its instance, with AWS's error.
    @Test func planForeseesTheRefusalInNorthernCalifornia() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "aws_region: us-east-1", with: "aws_region: us-west-1"))
        let refusals = try PlanRefusal.find(in: try rig.plan(), account: rig.account, catalog: rig.catalog, region: "us-west-1")
        let engine = "InvalidParameterValue: Invalid DB engine"
        let docdb = refusals.filter { $0.refusal.failure.line == engine }
        #expect(docdb.map(\.address).sorted() == ["aws_docdb_cluster.default", "aws_docdb_cluster_instance.default[0]"])
        #expect(docdb.allSatisfy { $0.module == "mongodb" && $0.refusal.stage == .apply })
        // Where DocumentDB is offered, the same plan foresees no such refusal.
        let offered = try Rig(try SimulatorFixtures.defaultScenario(replacing: "aws_region: us-east-1", with: "aws_region: eu-west-1"))
        let elsewhere = try PlanRefusal.find(in: try offered.plan(), account: offered.account, catalog: offered.catalog, region: "eu-west-1")
        #expect(!elsewhere.contains { $0.refusal.failure.line == engine })
    }

    @Test func documentDBIsCreatedWhereItIsOffered() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "aws_region: us-east-1", with: "aws_region: eu-west-1"))
        let result = try rig.run()
        #expect(try result.module("mongodb").status == .succeeded)
        #expect(try rig.account.resources(type: "aws_docdb_cluster").count == 1)
    }
}
