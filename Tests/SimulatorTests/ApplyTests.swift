import Account
import Planner
import Simulator
import Testing

/// A fresh `terragrunt run --all apply` of the default scenario's prod against an empty account.
struct ApplyTests {
    @Test func freshApplyCreatesThePlanAndTheKubernetesLoadBalancer() throws {
        let rig = try Rig.defaultProd()
        let plan = try rig.plan()
        let result = try rig.run(plan)
        #expect(result.succeeded, "failures: \(result.failures.map { $0.failure?.line ?? $0.address })")
        #expect(result.failures.isEmpty)

        // Every planned create has its state entry, pointing at an object that exists.
        let planned = Set(plan.actions.filter { $0.action == .create }.map { "\($0.module) \($0.address)" })
        #expect(plan.actions.allSatisfy { $0.action == .create })
        let entries = try rig.account.stateEntries(scope: "prod").values.flatMap(\.values)
        #expect(Set(entries.map { "\($0.module) \($0.address)" }) == planned)
        // What Terraform made is exactly what its state points at (two validation records may
        // share one Route 53 object through allow_overwrite, hence sets of IDs).
        let terraformMade = try rig.account.resources(managedBy: .terraform)
        #expect(Set(terraformMade.map(\.id)) == Set(entries.map(\.resourceID)))

        // ...plus what the in-tree cloud provider made for the ingress-nginx Service (H6).
        let others = try rig.account.resources().filter { $0.managedBy != .terraform }
        #expect(others.map(\.type).sorted() == ["aws_elb", "aws_security_group"])
        #expect(others.allSatisfy { $0.managedBy == .kubernetes })
        let elb = try #require(others.first { $0.type == "aws_elb" })
        #expect(others.first { $0.type == "aws_security_group" }?.attributes["name"]?.string == "k8s-elb-\(elb.id)")
        // In the public subnets, one per zone: what its addresses are billed on.
        #expect(elb.attributes["availability_zones"]?.int == 3)
        #expect(result.leftOutsideState.count == 2)

        // The EKS control plane alone takes 10-15 minutes.
        #expect(result.totalMinutes > 20)
        #expect(result.criticalPath.contains { $0.address?.contains("aws_eks_cluster") == true })
    }

    @Test func secondPlanHasNoChangesAndSecondApplyChangesNothing() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let before = try rig.account.resources()
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        #expect(plan.summary == (0, 0, 0))

        let again = try rig.run(plan)
        #expect(again.succeeded)
        #expect(again.modules.allSatisfy { $0.status == .unchanged })
        #expect(try rig.account.resources() == before)
    }

    // Terragrunt starts a unit when every unit it depends on has finished, not a wave at a time.
    @Test func modulesStartWhenWhatTheyWaitForHasEnded() throws {
        let rig = try Rig.defaultProd()
        let plan = try rig.plan()
        let result = try rig.run(plan)
        let byName = Dictionary(uniqueKeysWithValues: result.modules.map { ($0.name, $0) })
        for module in result.modules {
            let waits = try #require(plan.modules.first { $0.name == module.name }).waitsFor
            let ends = try waits.map { try #require(byName[$0], "\(module.name) waits for unknown \($0)").endMinute }
            for (name, end) in zip(waits, ends) {
                #expect(module.startMinute >= end, "\(module.name) started at \(module.startMinute) before \(name) ended at \(end)")
            }
            // ...and no later: it starts exactly when the last of them ends.
            #expect(module.startMinute == (ends.max() ?? result.startMinute))
        }
        // Wave 4 waits for the same units, so its four data stores start together.
        let wave4 = ["mongodb", "mysql", "redis", "s3_openedx_storage"].compactMap { byName[$0]?.startMinute }
        #expect(wave4.count == 4 && Set(wave4).count == 1)
        #expect(byName["ec2_bastion"]?.startMinute == byName["kubernetes"]?.startMinute)
    }
}
