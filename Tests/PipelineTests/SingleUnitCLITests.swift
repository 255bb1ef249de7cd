import Foundation
import Testing

/// `--unit NAME` on plan, apply and destroy: one unit's Terragrunt command, run in its folder.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct SingleUnitCLITests {
    let helper = InfrastructureCLITests()

    @Test func aUnitWhoseDependenciesWereNeverAppliedStopsOnTheirOutputs() throws {
        let folder = try helper.folder("unit-fresh")
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = try helper.edxplan(["plan", "--env", "prod", "--unit", "redis"], in: folder)
        #expect(plan.status == 0, "plan uses mock outputs, as run --all plan does")
        #expect(plan.stdout.hasPrefix("terragrunt plan: prod/redis, run in the unit's folder, not run --all\n"))
        #expect(plan.stdout.contains("Plan: 9 to add, 0 to change, 0 to destroy."))
        let apply = try helper.edxplan(["apply", "--env", "prod", "--unit", "redis"], in: folder)
        #expect(apply.status == 1)
        #expect(apply.stdout.contains("""
            terraform/environments/prod/kubernetes/terragrunt.hcl is a dependency of \
            terraform/environments/prod/redis/terragrunt.hcl but detected no outputs.
            """))
        #expect(apply.stdout.contains("Apply failed: 1 error(s)"))
        #expect(try helper.show(in: folder)["resources"] as? Int == 0)
    }

    @Test func destroyingOneUnitWarnsOfItsDependentsAndLeavesTheOthers() throws {
        let folder = try helper.folder("unit-destroy")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try helper.edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod"], in: folder).status == 0)
        let before = try #require(try helper.show(in: folder)["resources"] as? Int)

        // The cluster alone: Kubernetes' load balancer still holds the node security group.
        let cluster = try helper.edxplan(["destroy", "Scenarios/apply-today.yaml", "--env", "prod", "--unit", "kubernetes"], in: folder)
        #expect(cluster.status == 1)
        #expect(cluster.stderr.hasPrefix("""
            Detected dependent modules:
            terraform/environments/prod/kubernetes_ingress_clb
            terraform/environments/prod/kubernetes_secrets
            """))
        #expect(cluster.stderr.contains("WARNING: Are you sure you want to continue? (y/n) y\n"))
        #expect(cluster.stdout.hasPrefix("terragrunt destroy of prod/kubernetes: "))
        #expect(cluster.stdout.contains("DependencyViolation"))
        #expect(!cluster.stdout.contains("[early-exit]"))

        // Redis alone, then back: the rest of the environment is untouched throughout.
        let redis = try helper.edxplan(["destroy", "Scenarios/apply-today.yaml", "--env", "prod", "--unit", "redis"], in: folder)
        #expect(redis.status == 0, "\(redis.stdout)\(redis.stderr)")
        #expect(redis.stderr.isEmpty, "nothing depends on redis")
        let plan = try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod", "--format", "json"], in: folder)
        let run = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let changed = (run["modules"] as? [[String: Any]] ?? []).filter { module in
            (module["actions"] as? [[String: Any]] ?? []).contains { $0["action"] as? String != "noop" }
        }.compactMap { $0["name"] as? String }
        #expect(changed.contains("redis"))
        let back = try helper.edxplan(["apply", "Scenarios/apply-today.yaml", "--env", "prod", "--unit", "redis"], in: folder)
        #expect(back.status == 0, "\(back.stdout)\(back.stderr)")
        let after = try helper.show(in: folder)["resources"] as? Int ?? 0
        #expect(after > before - 40, "only the cluster's objects it could delete are gone (38 in the unit, the security groups stay)")
        #expect(try helper.edxplan(["plan", "Scenarios/apply-today.yaml", "--env", "prod", "--unit", "redis"], in: folder).stdout.contains("No changes."))
    }

    @Test func anUnknownUnitIsBadInput() throws {
        let folder = try helper.folder("unit-unknown")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try helper.edxplan(["apply", "--env", "prod", "--unit", "redsi"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr == """
            error: prod has no unit 'redsi'
              its units: cloudfront, ec2_bastion, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mongodb, mysql, \
            redis, s3_openedx_storage, vpc

            """)
        #expect(result.stdout.isEmpty)
        // A refused command makes no account.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("account.sqlite").path))
    }
}
