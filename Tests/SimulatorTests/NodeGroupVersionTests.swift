import Account
import Blueprint
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// Managed node group versions against the control plane, as EKS checks them: never newer,
/// made only at the cluster's version, and the control plane moves only once every group
/// has caught up with it.
@Suite struct NodeGroupVersionTests {
    static let kubernetes = """
        version: "1.22"
              node_groups: [{ name: default, instance_type: t3.large, min: 1, max: 2, desired: 1, disk_gb: 20 }]
        """

    /// default.yaml with the control plane at `cluster` and the group at `group` (nil: following it).
    func scenario(cluster: String, group: String?) throws -> Scenario {
        let pinned = group.map { ", version: \"\($0)\"" } ?? ""
        return try SimulatorFixtures.defaultScenario(replacing: Self.kubernetes, with: """
            version: "\(cluster)"
                  node_groups: [{ name: default, instance_type: t3.large, min: 1, max: 2, desired: 1, disk_gb: 20\(pinned) }]
            """)
    }

    /// `cluster`/`group` planned and run strictly (as `edxplan apply` does) on `account`.
    func apply(cluster: String, group: String?, on account: FakeAccount) throws -> (Plan, [PlanRefusal], RunResult, Rig) {
        let rig = try Rig(try scenario(cluster: cluster, group: group), account: account)
        let plan = try rig.plan()
        // The default's own refusals (names, retired versions) are other tests' business.
        let refusals = try PlanRefusal.find(in: plan, account: account, catalog: rig.catalog, region: "us-east-1")
            .filter { $0.refusal.failure.message.hasPrefix("Nodegroup") }
        return (plan, refusals, try rig.run(plan, strict: true), rig)
    }

    func versions(_ account: FakeAccount) throws -> (cluster: String?, group: String?) {
        (try account.resources(type: "aws_eks_cluster", scope: "prod").first?.attributes["version"]?.string,
         try account.resources(type: "aws_eks_node_group", scope: "prod").first?.attributes["version"]?.string)
    }

    /// The default applied past its refusals (EKS 1.22 is no longer made), as a rehearsal does.
    func appliedDefault() throws -> FakeAccount {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        return rig.account
    }

    @Test func nodeGroupsFollowTheControlPlaneByDefault() throws {
        let account = try appliedDefault()
        #expect(try versions(account) == ("1.22", "1.22"))
        let (plan, refusals, result, _) = try apply(cluster: "1.23", group: nil, on: account)
        #expect(plan.modules.flatMap(\.actions).contains { $0.type == "aws_eks_node_group" && $0.action == .update })
        #expect(refusals.isEmpty)
        #expect(try result.module("kubernetes").status == .succeeded)
        #expect(try versions(account) == ("1.23", "1.23"))
    }

    @Test func aNodeGroupNewerThanTheControlPlaneIsRefused() throws {
        let account = try appliedDefault()
        let (_, refusals, result, _) = try apply(cluster: "1.22", group: "1.23", on: account)
        let line = "InvalidParameterException: Nodegroup Kubernetes version should be equal to Cluster kubernetes version 1.22 "
            + "or NodeGroup kubernetes version 1.22"
        #expect(refusals.map(\.refusal.failure.line) == [line])
        #expect(refusals.first?.address == "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]")
        let failed = try #require(try result.module("kubernetes").operations.first { $0.status == .failed })
        #expect(failed.failure?.line == line)
        #expect(try versions(account) == ("1.22", "1.22"))
    }

    /// One minor behind is as far as EKS lets a group fall: the next control-plane update
    /// waits for it, which keeps every group inside the kubelet skew.
    @Test func theControlPlaneWaitsForAGroupLeftBehind() throws {
        let account = try appliedDefault()
        let (_, first, moved, _) = try apply(cluster: "1.23", group: "1.22", on: account)
        #expect(first.isEmpty)
        #expect(try moved.module("kubernetes").status == .succeeded)
        #expect(try versions(account) == ("1.23", "1.22"))

        let (_, refusals, result, _) = try apply(cluster: "1.24", group: "1.22", on: account)
        let line = "InvalidParameterException: Nodegroups default must be updated to match cluster version 1.23 before updating cluster version"
        #expect(refusals.map(\.refusal.failure.line) == [line])
        #expect(refusals.first?.address == "module.eks.aws_eks_cluster.this[0]")
        #expect(try result.module("kubernetes").operations.first { $0.status == .failed }?.failure?.line == line)
        #expect(try versions(account) == ("1.23", "1.22"))

        // The group catches up, then the control plane moves on, its group with it.
        let (_, none, caughtUp, _) = try apply(cluster: "1.23", group: nil, on: account)
        #expect(none.isEmpty)
        #expect(try caughtUp.module("kubernetes").status == .succeeded)
        let (_, again, next, _) = try apply(cluster: "1.24", group: nil, on: account)
        #expect(again.isEmpty)
        #expect(try next.module("kubernetes").status == .succeeded)
        #expect(try versions(account) == ("1.24", "1.24"))
    }

    /// CreateNodegroup takes only the cluster's version: older is refused as newer is.
    @Test func aNewGroupIsMadeOnlyAtTheClusterVersion() throws {
        let rig = try Rig(try scenario(cluster: "1.22", group: "1.21"))
        let refusals = try PlanRefusal.find(in: try rig.plan(), account: rig.account, catalog: rig.catalog, region: "us-east-1")
        let line = "InvalidParameterException: Nodegroup Kubernetes version should be equal to Cluster kubernetes version 1.22"
        #expect(refusals.map(\.refusal.failure.line).contains(line))
        // Gone past (as a rehearsal goes on), the create reports the same refusal.
        let result = try rig.run()
        let create = try #require(try result.module("kubernetes").operations.first { $0.address.hasSuffix("aws_eks_node_group.this[0]") })
        #expect(create.refusal?.failure.line == line)
    }

    @Test func theScenarioKeyReachesTheBlueprint() throws {
        let environment = try #require(Blueprint.expand(try scenario(cluster: "1.24", group: "1.23")).environments.first)
        let group = try #require(environment.resources.first { $0.type == "aws_eks_node_group" })
        #expect(group["version"] == .string("1.23"))
        let following = try #require(Blueprint.expand(try scenario(cluster: "1.24", group: nil)).environments.first)
        #expect(following.resources.first { $0.type == "aws_eks_node_group" }?["version"] == .string("1.24"))
    }
}
