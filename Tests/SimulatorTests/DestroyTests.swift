import Account
import Planner
import Simulator
import Testing

/// `terragrunt run --all destroy` of default prod after a clean apply, and after the ingress
/// module's state was lost (the Kubernetes-made load balancer then blocks the network).
struct DestroyTests {
    /// With `--strict`, as AWS does; without it H12 is reported and the run goes on
    /// (`TeardownDeleteTests.theLiteralParameterGroupIsReportedAndTheDestroyGoesOn`).
    @Test func firstDestroyStopsAtTheDocumentDBParameterGroupAndASecondFinishes() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()

        let first = try rig.run(mode: .destroy, strict: true)
        #expect(!first.succeeded)
        // H12: the cluster names its parameter group by a literal, so Terraform deletes both at once.
        let mongodb = try first.module("mongodb")
        #expect(mongodb.status == .failed)
        #expect(first.failures.map(\.failure?.code) == ["InvalidDBParameterGroupState"])
        #expect(first.failures.first?.address == "aws_docdb_cluster_parameter_group.no_tls")
        // Destroy early-exits the failed unit's dependencies, one after another.
        for (unit, because) in [("kubernetes_secrets", "mongodb"), ("kubernetes", "kubernetes_secrets"), ("vpc", "kubernetes")] {
            let run = try first.module(unit)
            #expect(run.status == .earlyExit)
            #expect(run.message == "Unit '\(unit)' did not run due to a failure in '\(because)'")
            #expect(run.operations.isEmpty)
        }
        // The cluster still ran when the ingress-nginx release went: the cloud controller
        // removed its load balancer and security group.
        #expect(try rig.account.resources(managedBy: .kubernetes).isEmpty)
        let nginx = try #require(try first.module("kubernetes_ingress_clb").operations.first { $0.address == "helm_release.nginx" })
        #expect(nginx.note?.contains("cloud controller deleted") == true)
        #expect(first.leftOutsideState.isEmpty)

        let second = try rig.run(mode: .destroy, strict: true)
        #expect(second.succeeded, "failures: \(second.failures.map { $0.failure?.line ?? $0.address })")
        #expect(try rig.account.resources(managedBy: .terraform).isEmpty)
        #expect(try rig.account.resources().isEmpty)
        #expect(try rig.account.summary().stateEntries == 0)
        #expect(try !rig.plan(mode: .destroy).hasChanges)
    }

    // H1-H5: the load balancer Kubernetes made is in no state, so nothing uninstalls it first.
    @Test func orphanedLoadBalancerBlocksTheNetwork() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let stateKey = FakeAccount.stateKey(scope: "prod", module: "kubernetes_ingress_clb")
        for address in try rig.account.state(stateKey: stateKey).keys {
            try rig.account.removeState(stateKey: stateKey, address: address)
        }
        let elb = try #require(try rig.account.resources(type: "aws_elb").first)

        // Past H12 (reported, not enforced), the first destroy reaches the network.
        let second = try rig.run(mode: .destroy)
        #expect(second.refusals.map(\.address) == ["aws_docdb_cluster_parameter_group.no_tls"])
        #expect(!second.succeeded)
        #expect(try rig.account.resource(id: elb.id) != nil, "the load balancer stays")
        #expect(second.leftOutsideState.contains { $0.contains(elb.id) && $0.contains("kubernetes") })

        let violation = try #require(second.failures.first { $0.failure?.code == "DependencyViolation" })
        // A DependencyViolation is retried until the provider's delete timeout.
        let timeout = try #require(rig.catalog.durations[resourceType(of: violation.address)]?.deleteMax)
        #expect(violation.endMinute - violation.startMinute == timeout)

        // The rules Kubernetes added to the EKS node security group for its load balancer
        // block that group first (H4), in `kubernetes`; `vpc` then does not run.
        #expect(violation.address == "module.eks.aws_security_group.node[0]")
        #expect(try second.module("kubernetes").status == .failed)
        #expect(try second.module("vpc").status == .earlyExit)

        // Deleting what Kubernetes left (the load balancer and its group) lets destroy finish.
        for leftover in try rig.account.resources(managedBy: .kubernetes) { try rig.account.delete(id: leftover.id) }
        let third = try rig.run(mode: .destroy)
        #expect(third.succeeded, "failures: \(third.failures.map { $0.failure?.line ?? $0.address })")
        #expect(try rig.account.summary().stateEntries == 0)
        // What the forgotten state pointed at is orphaned: still in AWS, in no state.
        #expect(try rig.account.resources().allSatisfy { $0.module == "kubernetes_ingress_clb" && $0.managedBy == .terraform })
    }

    /// `module.vpc.aws_subnet.public[0]` -> `aws_subnet`.
    func resourceType(of address: String) -> String {
        let last = address.split(separator: ".").dropLast().last.map(String.init) ?? address
        return last
    }
}
