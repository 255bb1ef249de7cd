import Foundation
import Testing

/// Scenarios/growth.yaml as shipped, through the real executable: on a fresh account it applies
/// and destroys as AWS would; planned on the applied default it is an upgrade in place, which
/// AWS takes one EKS minor version and one MySQL major at a time, with the flag.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct GrowthCLITests {
    let helper = InfrastructureCLITests()

    /// Fresh: apply exits 0, destroy exits 0, and the account holds nothing afterwards.
    @Test func growthAppliesAndDestroysOnAFreshAccount() throws {
        let folder = try helper.folder("growth-fresh")
        defer { try? FileManager.default.removeItem(at: folder) }
        let apply = try helper.edxplan(["apply", "Scenarios/growth.yaml", "--env", "prod"], in: folder)
        #expect(apply.status == 0, "\(apply.stdout)\(apply.stderr)")
        #expect(apply.stdout.contains("\nApply complete! Resources: 139 added, 0 changed, 0 destroyed.\n"))
        try golden.check(apply.stdout, "apply.growth.txt")
        let destroy = try helper.edxplan(["destroy", "Scenarios/growth.yaml", "--env", "prod"], in: folder)
        #expect(destroy.status == 0, "\(destroy.stdout)\(destroy.stderr)")
        #expect(destroy.stdout.hasSuffix("Nothing is left in the account outside Terraform state.\n"))
        try golden.check(destroy.stdout, "destroy.growth.txt")
        let account = try helper.show(in: folder)
        #expect(account["resources"] as? Int == 0)
        #expect(account["state_entries"] as? Int == 0)
        #expect((account["locks"] as? [Any])?.isEmpty == true)
    }

    /// On the applied default (made past its refusals: EKS no longer makes 1.22): the same
    /// namespace, so the cluster is updated in place, not replaced. The plan shows the chain AWS
    /// needs, 1.22 to 1.34 one minor version at a time, and MySQL's AllowMajorVersionUpgrade,
    /// and exits 1 on the skip.
    @Test func growthOnTheAppliedDefaultShowsTheUpgradeChains() throws {
        let folder = try helper.folder("growth-upgrade")
        defer { try? FileManager.default.removeItem(at: folder) }
        let applied = try helper.edxplan(["apply", "Scenarios/default.yaml", "--env", "prod", "--continue-past-refusals"], in: folder)
        #expect(applied.status == 1, "the default's real run fails: \(applied.stderr)")
        let plan = try helper.edxplan(["plan", "Scenarios/growth.yaml", "--env", "prod"], in: folder)
        #expect(plan.status == 1, "\(plan.stdout)\(plan.stderr)")
        let lines = plan.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("  # module.eks.aws_eks_cluster.this[0] will be updated in-place"), "\(plan.stdout)")
        #expect(!plan.stdout.contains("aws_eks_cluster.this[0] must be replaced"))
        let chain = try #require(lines.firstIndex { $0.hasPrefix("  kubernetes: module.eks.aws_eks_cluster.this[0]: ") })
        #expect(lines[chain] == "  kubernetes: module.eks.aws_eks_cluster.this[0]: "
            + (22...34).map { "1.\($0)" }.joined(separator: " -> ") + " (12 steps, about 420.0 minutes)")
        #expect(Array(lines[(chain + 1)...].prefix(12)) == (22...33).map {
            "    1.\($0) -> 1.\($0 + 1): control plane (25.0 min), node group (10.0 min)"
        })
        #expect(lines.contains("    refused as planned: InvalidParameterException: Unsupported Kubernetes minor version update from 1.22 to 1.34"))
        #expect(lines.contains("  mysql: module.db.module.db_instance.aws_db_instance.this[0]: 5.7.33 -> 8.0 -> 8.4.3 (2 steps, about 20.0 minutes)"))
        let stops = try #require(lines.firstIndex { $0.hasPrefix("Error: the real run fails at") })
        #expect(Array(lines[stops...].filter { !$0.hasPrefix("    fix:") }.prefix(5)) == [
            "Error: the real run fails at 2 places (the plan above is shown whole):",
            "  kubernetes: module.eks.aws_eks_cluster.this[0] (apply)",
            "    InvalidParameterException: Unsupported Kubernetes minor version update from 1.22 to 1.34",
            "  mysql: module.db.module.db_instance.aws_db_instance.this[0] (apply)",
            "    InvalidParameterCombination: The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.",
        ])
        try golden.check(plan.stdout, "plan.growth-on-default.txt")
    }
}
