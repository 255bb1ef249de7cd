import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// Refusals fail the run as real AWS and Terraform fail them: the default of `Simulator` and
/// of the CLI (`--continue-past-refusals` goes on past them; the rig's `strict: false` too).
@Suite struct StrictRunTests {
    /// A `Simulator` left as made fails where AWS does; going on is a choice it must be told.
    @Test func theSimulatorFailsByDefault() throws {
        let rig = try Rig.defaultProd()
        let plan = try rig.plan()
        let simulator = Simulator(account: rig.account, catalog: rig.catalog, holder: rig.holder)
        #expect(!simulator.continuePastRefusals)
        let result = try simulator.run(plan, region: "us-east-1", infrastructureScope: "prod", lockBucket: rig.lockBucket)
        #expect(!result.succeeded && result.failsForReal)
        #expect(try result.module("kubernetes").status == .failed)
    }

    /// The refusals fail as real AWS and Terraform fail them. On the catalog's date
    /// the defaults stop at the cluster, and Terragrunt skips every unit after it.
    @Test func strictStopsTheDefaultsAtTheCluster() throws {
        let rig = try Rig.defaultProd()
        let result = try rig.run(strict: true)
        #expect(!result.succeeded)
        #expect(result.refusals.isEmpty)
        let kubernetes = try result.module("kubernetes")
        #expect(kubernetes.status == .failed)
        #expect(result.failures.map { $0.failure?.line } == ["InvalidParameterException: unsupported Kubernetes version 1.22"])
        #expect(result.modules.filter { $0.status == .earlyExit }.map(\.name).sorted()
            == ["cloudfront", "kubernetes_ingress_clb", "kubernetes_secrets", "mongodb", "mysql", "redis", "s3_openedx_storage"])
        // Refused, so never made: nothing in the account or the state for the cluster.
        #expect(try rig.account.resources(type: "aws_eks_cluster", scope: "prod").isEmpty)
    }

    /// With a current Kubernetes version and v0.0.6's usa_east the next stops show: the DocumentDB
    /// unit fails its plan (no operation, lock released), the bucket's create fails (H19),
    /// CloudFront waits on the bucket.
    @Test func strictFailsThePlanOfAUnitWithAnInvalidIdentifier() throws {
        let rig = try Rig(try SimulatorFixtures.usaEastDefault(("version: \"1.22\"", "version: \"1.33\"")))
        let result = try rig.run(strict: true)
        let mongodb = try result.module("mongodb")
        #expect(mongodb.status == .failed && mongodb.operations.isEmpty)
        #expect(mongodb.message?.hasPrefix("Error: ProviderError: only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\"") == true)
        #expect(try rig.account.locks().isEmpty)
        #expect(try rig.account.state(stateKey: "prod/mongodb").isEmpty)
        let bucket = try #require(try result.module("s3_openedx_storage").operations.first { $0.status == .failed })
        #expect(bucket.failure?.code == "InvalidBucketName")
        #expect(try result.module("cloudfront").status == .earlyExit)
        let database = try #require(try result.module("mysql").operations.first { $0.status == .failed })
        #expect(database.failure?.line == "InvalidParameterCombination: Cannot find version 5.7.33 for mysql")
        #expect(try result.module("redis").status == .succeeded)
    }
}
