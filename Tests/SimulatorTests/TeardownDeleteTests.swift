import Account
import Planner
import Scenario
import Simulator
import Testing

/// The delete rules of the teardown settings: final snapshots that make data restorable,
/// deletion protection, and H12 as the AWS provider really behaves.
@Suite struct TeardownDeleteTests {
    static let mysql = "module.db.module.db_instance.aws_db_instance.this[0]"

    func operation(_ run: RunResult, _ module: String, _ address: String,
                   sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> OperationRecord {
        try #require(try run.module(module, sourceLocation: sourceLocation).operations.first { $0.address == address },
                     sourceLocation: sourceLocation)
    }

    @Test func aFinalSnapshotIsLeftInTheAccount() throws {
        let rig = try Rig(try SimulatorFixtures.scenario(file: "safe-teardown.yaml"))
        _ = try rig.run()
        let instance = try #require(try rig.account.resources(type: "aws_db_instance", scope: "prod").first)
        let destroy = try rig.run(mode: .destroy)
        #expect(destroy.succeeded, "failures: \(destroy.failures.map { $0.failure?.line ?? $0.address })")
        // rds v4.2.0: final-<identifier>-<random_id hex>, plus the kept automated backups.
        let kept = try rig.account.snapshots(of: instance.id)
        #expect(kept.map(\.kind) == [.final, .automated] || kept.map(\.kind) == [.automated, .final])
        let final = try #require(kept.first { $0.kind == .final })
        #expect(final.id.hasPrefix("final-prod-") && final.id.count == "final-prod-".count + 8)
        #expect(try operation(destroy, "mysql", Self.mysql).note?.contains("final snapshot \(final.id) taken") == true)
        for id in ["prod-mongodb-final-1", "prod-redis-final-1"] {
            #expect(try rig.account.snapshot(id: id)?.kind == .final)
        }
        // The vault's recovery point of the bucket, and the operator's EBS snapshots.
        #expect(try rig.account.snapshots().filter { $0.id.hasPrefix("openedx-prod-backups:") }.count == 1)
        #expect(try rig.account.snapshots().filter { $0.kind == .manual }.isEmpty,
                "no Tutor volumes without a Tutor deploy (the rehearsal makes them)")
    }

    /// H12 with the literal: the provider calls DeleteDBClusterParameterGroup once and
    /// returns the error (no retry window), while the cluster is still deleting.
    @Test func theLiteralParameterGroupFailsAtOnce() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy, strict: true)
        let group = try operation(destroy, "mongodb", "aws_docdb_cluster_parameter_group.no_tls")
        #expect(group.status == .failed)
        #expect(group.failure?.code == "InvalidDBParameterGroupState")
        #expect(group.endMinute - group.startMinute < 0.5, "no retry minutes: \(group.endMinute - group.startMinute)")
        let unitStart = try destroy.module("mongodb").startMinute
        #expect(group.startMinute == unitStart, "deleted at once, in parallel with the cluster's instance")
        // Without the edge the cluster still goes (after its instance), so the group is left behind.
        #expect(try operation(destroy, "mongodb", "aws_docdb_cluster.default").status == .succeeded)
        #expect(try rig.account.resources(type: "aws_docdb_cluster_parameter_group", scope: "prod").count == 1)
    }

    /// Without `--strict`, H12 is where a real run stops, reported on the delete with AWS's
    /// error and fix, while the simulation goes on as a second run would: the unit succeeds,
    /// vpc runs after it, and nothing Terraform manages is left.
    @Test func theLiteralParameterGroupIsReportedAndTheDestroyGoesOn() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy)
        #expect(destroy.succeeded)
        let group = try operation(destroy, "mongodb", "aws_docdb_cluster_parameter_group.no_tls")
        #expect(group.status == .succeeded)
        #expect(group.refusal == Refusal(stage: .destroy, hazard: "H12",
                                         failure: .parameterGroupInUse("mongo-cluster-param-group", by: "aws_docdb_cluster.default")))
        #expect(group.refusal?.when == "at destroy")
        #expect(destroy.refusals.map(\.address) == ["aws_docdb_cluster_parameter_group.no_tls"])
        #expect(try destroy.module("vpc").status == .succeeded)
        #expect(try rig.account.resources(managedBy: .terraform).isEmpty)
        #expect(try rig.account.stateEntries(scope: "prod").values.allSatisfy(\.isEmpty))
    }

    /// Outside a destroy the cluster stays and keeps naming the group, so no second run gets
    /// past AWS's refusal: an apply that deletes the group (a replacement, or the block taken
    /// out of the configuration) fails there as AWS does, strict or not.
    @Test func anApplyThatDeletesTheGroupFailsOnIt() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        var plan = try rig.plan(mode: .destroy)
        plan.mode = .apply
        plan.modules = plan.modules.filter { $0.name == "mongodb" }.map { module in
            var module = module
            module.waitsFor = []
            module.actions = module.actions.filter { $0.address == "aws_docdb_cluster_parameter_group.no_tls" }
            return module
        }
        let apply = try rig.run(plan)
        let group = try operation(apply, "mongodb", "aws_docdb_cluster_parameter_group.no_tls")
        #expect(group.status == .failed)
        #expect(group.failure?.code == "InvalidDBParameterGroupState")
        #expect(group.refusal == nil)
        #expect(try rig.account.resources(type: "aws_docdb_cluster_parameter_group", scope: "prod").count == 1)
    }

    @Test func theReferencedParameterGroupGoesAfterTheCluster() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(
            replacing: "mongodb: { instance_class: db.t3.medium,", with: "mongodb: { parameter_group_referenced: true, instance_class: db.t3.medium,"))
        let apply = try rig.run()
        #expect(apply.succeeded)
        let destroy = try rig.run(mode: .destroy)
        let mongodb = try destroy.module("mongodb")
        #expect(mongodb.status == .succeeded, "failures: \(destroy.failures.map { $0.failure?.line ?? $0.address })")
        let group = try operation(destroy, "mongodb", "aws_docdb_cluster_parameter_group.no_tls")
        let cluster = try operation(destroy, "mongodb", "aws_docdb_cluster.default")
        #expect(group.startMinute >= cluster.endMinute)
        #expect(group.gatedBy == "aws_docdb_cluster.default")
        #expect(try rig.account.resources(type: "aws_docdb_cluster_parameter_group", scope: "prod").isEmpty)
    }

    @Test func deletionProtectionBlocksTheDeleteWithTheAWSError() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(
            replacing: "deletion_protection: false, skip_final_snapshot: true }",
            with: "deletion_protection: true, skip_final_snapshot: true }"))
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy)
        let instance = try operation(destroy, "mysql", Self.mysql)
        #expect(instance.failure?.line
            == "InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.")
        #expect(try rig.account.resources(type: "aws_db_instance", scope: "prod").count == 1)
    }

    /// A fixed final_snapshot_identifier works once; the next destroy finds the name taken (H8).
    @Test func aFixedSnapshotNameFailsTheSecondDestroy() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(
            replacing: "redis: { node_type: cache.t2.small,", with: "redis: { final_snapshot_identifier: prod-redis-final, node_type: cache.t2.small,"))
        _ = try rig.run()
        _ = try rig.run(mode: .destroy)
        #expect(try rig.account.snapshot(id: "prod-redis-final") != nil)
        _ = try rig.run()
        let again = try rig.run(mode: .destroy)
        let group = try operation(again, "redis", "module.redis.aws_elasticache_replication_group.this")
        #expect(group.failure?.line == "SnapshotAlreadyExistsFault: Snapshot with specified name [prod-redis-final] already exists.")
    }
}
