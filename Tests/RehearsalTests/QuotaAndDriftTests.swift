import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Rehearsal
import Scenario
import Simulator
import Testing

@Suite struct QuotaAndDriftTests {
    /// Scenarios/multi-environment.yaml in one account: prod's three NAT EIPs and its bastion's,
    /// staging's NAT EIP, then dev's is the sixth against a quota of 5 (L-0263D0A3).
    @Test func multiEnvironmentRunsOutOfElasticIPs() throws {
        let scenario = try ScenarioLoader.load(path: RehearsalRig.repository.appendingPathComponent("Scenarios/multi-environment.yaml").path)
        let account = try RehearsalRig.account()
        var failures: [String: [AWSFailure]] = [:]
        for environment in scenario.environments.map(\.name) {
            let run = try Rehearsal.run(try RehearsalRig.target(scenario, environment: environment), account: account,
                                        catalog: try RehearsalRig.catalog.get(), seed: 1, faults: 0, holder: "test")
            failures[environment] = run.phases.flatMap(\.failures).compactMap(\.failure)
        }
        #expect(!(failures["prod"] ?? []).contains { $0.code == "AddressLimitExceeded" })
        let dev = try #require(failures["dev"]?.first { $0.code == "AddressLimitExceeded" })
        #expect(dev.fix?.contains("L-0263D0A3") == true)
        // The hard-coded subnet group name collides between environments (H17).
        #expect((failures["staging"] ?? []).contains { $0.code == "DBSubnetGroupAlreadyExists" })
    }

    /// A node group changed in the console (a ForceNew attribute) and a deleted Redis: the next
    /// plan notes the drift, replaces the one and creates the other again.
    @Test func driftIsPlannedBack() throws {
        let scenario = try ScenarioLoader.load(path: RehearsalRig.repository.appendingPathComponent("Scenarios/default.yaml").path)
        let target = try RehearsalRig.target(scenario, environment: "prod")
        let account = try RehearsalRig.account()
        var simulator = Simulator(account: account, catalog: try RehearsalRig.catalog.get(), seed: 1, holder: "test")
        simulator.continuePastRefusals = true
        func plan() throws -> Plan {
            try Planner.plan(scope: "prod", desired: target.desired.resources,
                             prior: try account.priorState(scope: "prod", modules: ModuleName.allCases.map(\.rawValue)),
                             graph: target.graph, mode: .apply)
        }
        _ = try simulator.run(try plan(), region: "us-east-1", infrastructureScope: "prod", lockBucket: target.lockBucket)
        let redis = try #require(try account.resources(type: "aws_elasticache_replication_group", scope: "prod").first)
        try account.delete(id: redis.id)
        let group = try #require(try account.resources(type: "aws_eks_node_group", scope: "prod").first)
        var attributes = group.attributes
        attributes["instance_types"] = .strings(["m5.large"])
        try account.update(id: group.id, attributes: attributes)

        let drifted = try plan()
        #expect(drifted.drift.contains { $0.address == "module.redis.aws_elasticache_replication_group.this" && $0.detail == "has been deleted" })
        #expect(drifted.drift.contains { $0.address.hasSuffix("aws_eks_node_group.this[0]") && !$0.changes.isEmpty })
        // Addresses repeat across modules (each has its security group module): key by both.
        let actions = Dictionary(drifted.actions.map { ("\($0.module) \($0.address)", $0.action) }, uniquingKeysWith: { first, _ in first })
        #expect(actions["redis module.redis.aws_elasticache_replication_group.this"] == .create)
        #expect(actions["kubernetes module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]"] == .replace)
    }
}
