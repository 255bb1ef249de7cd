import Account
import Blueprint
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// Version changes as AWS makes them in place: EKS one minor version per update, RDS and
/// DocumentDB majors only with `allow_major_version_upgrade` and along AWS's paths.
@Suite struct UpgradeTests {
    /// The default applied (past its refusals, as a rehearsal does), then `edit` planned on top.
    func upgraded(_ old: String, _ new: String) throws -> (Rig, Plan) {
        let applied = try Rig.defaultProd()
        _ = try applied.run()
        let next = try Rig(try SimulatorFixtures.defaultScenario(replacing: old, with: new), account: applied.account)
        return (next, try next.plan())
    }

    func action(_ plan: Plan, _ type: String) throws -> PlannedAction {
        try #require(plan.modules.flatMap(\.actions).first { $0.type == type && $0.action == .update })
    }

    @Test func eksRefusesASkippedMinorVersionWithAWSsError() throws {
        let (rig, plan) = try upgraded("version: \"1.22\"", "version: \"1.33\"")
        let refusal = try #require(UpgradeRules.refusal(try action(plan, "aws_eks_cluster")))
        #expect(refusal.failure.line == "InvalidParameterException: Unsupported Kubernetes minor version update from 1.22 to 1.33")
        // The chain it stands for: eleven steps, each a control-plane update then the node group's roll.
        let upgrade = try #require(PlannedUpgrade.find(in: plan, catalog: rig.catalog).first { $0.module == "kubernetes" })
        #expect(upgrade.steps.filter { $0.what == "control plane" }.map(\.to)
            == (23...33).map { "1.\($0)" })
        #expect(upgrade.steps.count == 22)
        #expect(upgrade.minutes == 11 * ((rig.catalog.durations["aws_eks_cluster"]?.updateTypical ?? 0)
            + (rig.catalog.durations["aws_eks_node_group"]?.updateTypical ?? 0)))
        // Applied as planned, the update fails as AWS fails it, and the cluster stays on 1.22.
        let result = try rig.run(strict: true)
        let failed = try #require(try result.module("kubernetes").operations.first { $0.status == .failed })
        #expect(failed.failure?.code == "InvalidParameterException")
        #expect(try rig.account.resources(type: "aws_eks_cluster", scope: "prod").first?.attributes["version"] == .string("1.22"))
    }

    @Test func eksTakesOneMinorVersionInPlace() throws {
        let (rig, plan) = try upgraded("version: \"1.22\"", "version: \"1.23\"")
        #expect(UpgradeRules.refusal(try action(plan, "aws_eks_cluster")) == nil)
        let result = try rig.run(strict: true)
        #expect(try result.module("kubernetes").status == .succeeded)
        #expect(try rig.account.resources(type: "aws_eks_cluster", scope: "prod").first?.attributes["version"] == .string("1.23"))
        // And a step back is refused too.
        let back = try Rig(try SimulatorFixtures.defaultScenario(replacing: "version: \"1.22\"", with: "version: \"1.22\""),
                           account: rig.account)
        let refusal = try #require(UpgradeRules.refusal(try action(try back.plan(), "aws_eks_cluster")))
        #expect(refusal.failure.message == "Unsupported Kubernetes minor version update from 1.23 to 1.22")
    }

    @Test func mysqlMajorNeedsTheFlag() throws {
        let (_, plan) = try upgraded("engine_version: 5.7.33", "engine_version: 8.0.35")
        let refusal = try #require(UpgradeRules.refusal(try action(plan, "aws_db_instance")))
        #expect(refusal.failure.line
            == "InvalidParameterCombination: The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.")
        let (rig, allowed) = try upgraded("engine_version: 5.7.33", "engine_version: 8.0.35, allow_major_version_upgrade: true")
        #expect(UpgradeRules.refusal(try action(allowed, "aws_db_instance")) == nil)
        #expect(try rig.run(strict: true).module("mysql").operations.allSatisfy { $0.status == .succeeded })
    }

    /// growth.yaml's 5.7 to 8.4: the flag first, and the two majors it takes.
    @Test func mysqlTwoMajorsNeedTheFlagAndTwoSteps() throws {
        let (rig, plan) = try upgraded("engine_version: 5.7.33", "engine_version: 8.4.3")
        let refusal = try #require(UpgradeRules.refusal(try action(plan, "aws_db_instance")))
        #expect(refusal.failure.message == "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.")
        #expect(refusal.failure.fix?.contains("go one major per apply: 5.7 to 8.0 to 8.4") == true)
        let upgrade = try #require(PlannedUpgrade.find(in: plan, catalog: rig.catalog).first { $0.module == "mysql" })
        #expect(upgrade.steps.map { "\($0.from) -> \($0.to)" } == ["5.7.33 -> 8.0", "8.0 -> 8.4.3"])
    }

    @Test func mysqlSkippingAMajorIsRefusedEvenWithTheFlag() throws {
        let (_, plan) = try upgraded("engine_version: 5.7.33", "engine_version: 8.4.3, allow_major_version_upgrade: true")
        let refusal = try #require(UpgradeRules.refusal(try action(plan, "aws_db_instance")))
        #expect(refusal.failure.line == "InvalidParameterCombination: Cannot find upgrade path from 5.7.33 to 8.4.3.")
        let (_, down) = try upgraded("engine_version: 5.7.33", "engine_version: 5.7.30")
        #expect(UpgradeRules.refusal(try action(down, "aws_db_instance"))?.failure.line
            == "InvalidParameterCombination: Cannot upgrade mysql from 5.7.33 to 5.7.30")
    }

    @Test func documentDBMajorNeedsTheFlagAndAPath() throws {
        let (_, plan) = try upgraded("instances: 1,", "instances: 1, engine_version: 5.0.0,")
        #expect(UpgradeRules.refusal(try action(plan, "aws_docdb_cluster"))?.failure.message
            == "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.")
        let (_, allowed) = try upgraded("instances: 1,", "instances: 1, engine_version: 5.0.0, allow_major_version_upgrade: true,")
        #expect(UpgradeRules.refusal(try action(allowed, "aws_docdb_cluster")) == nil)
        let (_, skip) = try upgraded("instances: 1,", "instances: 1, engine_version: 8.0.0, allow_major_version_upgrade: true,")
        #expect(UpgradeRules.refusal(try action(skip, "aws_docdb_cluster"))?.failure.message
            == "Cannot find upgrade path from 3.6.0 to 8.0.0.")
    }
}
