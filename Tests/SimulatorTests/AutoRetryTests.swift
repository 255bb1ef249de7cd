import Account
import Planner
import Scenario
import Simulator
import Testing

/// Terragrunt's auto-retry (`retryable_errors`) and `--queue-ignore-errors` on the destroy of
/// default prod, whose first run stops on the DocumentDB parameter group (H12).
struct AutoRetryTests {
    static func rig(retry: String) throws -> Rig {
        try Rig(try SimulatorFixtures.defaultScenario(replacing: "name: default\n", with: "name: default\n" + retry))
    }

    static let retryH12 = """
        terragrunt:
          retryable_errors: ["(?s).*InvalidDBParameterGroupState.*"]

        """

    @Test func aRetryableErrorRunsTheUnitAgainAndTheDestroyFinishes() throws {
        let rig = try Self.rig(retry: Self.retryH12)
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy)
        #expect(destroy.succeeded, "failures: \(destroy.failures.map { $0.failure?.line ?? $0.address })")

        let mongodb = try destroy.module("mongodb")
        #expect(mongodb.status == .succeeded)
        #expect(mongodb.attempts == 2)
        #expect(mongodb.retryNote == "Encountered an error eligible for retrying. Sleeping 5s before retrying.")
        // The first run deleted the cluster and failed on the group; the second, planned
        // afresh, finds only the group left.
        let first = mongodb.operations.filter { $0.attempt == 1 }
        let second = mongodb.operations.filter { $0.attempt == 2 }
        #expect(first.contains { $0.address == "aws_docdb_cluster.default" && $0.status == .succeeded })
        #expect(first.filter { $0.status == .failed }.map(\.address) == ["aws_docdb_cluster_parameter_group.no_tls"])
        #expect(second.map(\.address) == ["aws_docdb_cluster_parameter_group.no_tls"])
        #expect(second.allSatisfy { $0.status == .succeeded })
        // Five seconds after the first run ended.
        let firstEnd = try #require(first.map(\.endMinute).max())
        #expect(abs((second.first?.startMinute ?? 0) - (firstEnd + 5.0 / 60)) < 1e-9)
        // The second run starts where the first ended: a critical path through it goes on into the first.
        #expect(second.first?.gatedBy == first.max { ($0.endMinute, $1.address) < ($1.endMinute, $0.address) }?.address)
        #expect(destroy.modules.allSatisfy { $0.status == .succeeded })

        #expect(try rig.account.resources(managedBy: .terraform).isEmpty)
        #expect(try rig.account.summary().stateEntries == 0)
        #expect(try rig.account.summary().locks == 0)
        let notes = try rig.account.events(scope: "prod").filter { $0.kind == .note }.map(\.message)
        #expect(notes.contains("Encountered an error eligible for retrying. Sleeping 5s before retrying."))
    }

    @Test func anErrorThatStaysGivesUpAfterTheLastRun() throws {
        // The bucket holds objects and force_destroy is false: every run meets BucketNotEmpty.
        let rig = try Self.rig(retry: """
            terragrunt:
              retryable_errors: ["(?s).*BucketNotEmpty.*", "(?s).*InvalidDBParameterGroupState.*"]
              retry_max_attempts: 2
              retry_sleep_interval_sec: 90

            """)
        _ = try rig.run()
        let bucket = try #require(try rig.account.resources(type: "aws_s3_bucket", scope: "prod").first { $0.module == "s3_openedx_storage" })
        try rig.account.setData(DataItem(resourceID: bucket.id, kind: .objects, quantity: 12))

        let destroy = try rig.run(mode: .destroy)
        let storage = try destroy.module("s3_openedx_storage")
        #expect(storage.status == .failed)
        #expect(storage.attempts == 2)
        #expect(storage.message == "Exhausted retries (2) for command terraform destroy")
        #expect(storage.retryNote == "Encountered an error eligible for retrying. Sleeping 1m30s before retrying.")
        #expect(storage.operations.filter { $0.status == .failed }.map(\.attempt) == [1, 2])
        // Terragrunt pauses after the last failure too, before it gives up.
        let lastFailure = try #require(storage.operations.filter { $0.status == .failed }.map(\.endMinute).max())
        #expect(abs(storage.endMinute - (lastFailure + 90.0 / 60)) < 1e-9)
        let notes = try rig.account.events(scope: "prod").filter { $0.module == "s3_openedx_storage" && $0.kind == .note }
        #expect(notes.count == 2)
        // What depends on it is not destroyed; the DocumentDB unit got through on its retry.
        #expect(try destroy.module("kubernetes_secrets").status == .earlyExit)
        #expect(try destroy.module("mongodb").attempts == 2)
        #expect(try destroy.module("mongodb").status == .succeeded)
    }

    /// Strict from here on: without it, H12 (where a real destroy stops) is reported and the
    /// run goes on, so there would be no failure to retry or not.
    @Test func anErrorNoPatternMatchesIsNotRetried() throws {
        let rig = try Self.rig(retry: """
            terragrunt:
              retryable_errors: ["(?s).*BucketNotEmpty.*"]

            """)
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy, strict: true)
        let mongodb = try destroy.module("mongodb")
        #expect(mongodb.status == .failed)
        #expect(mongodb.attempts == 1)
        #expect(mongodb.retryNote == nil)
        #expect(try destroy.module("vpc").status == .earlyExit)
    }

    /// A pattern that sends a backtracking engine into minutes of work on one error message is
    /// answered in one pass, as Go's engine answers it, and does not match.
    @Test func aPatternWithNestedRepetitionDoesNotHoldTheRunUp() throws {
        let rig = try Self.rig(retry: """
            terragrunt:
              retryable_errors: ["(.*)*zzz", '(\\w+\\s?)*$X']

            """)
        #expect(rig.scenario.autoRetry.retryableErrors == ["(.*)*zzz", "(\\w+\\s?)*$X"])
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy, strict: true)
        #expect(try destroy.module("mongodb").attempts == 1)
        #expect(try destroy.module("mongodb").status == .failed)
    }

    @Test func terragruntsDefaultPatternsRetryNoneOfTheTearDownErrors() throws {
        let rig = try Rig.defaultProd()
        #expect(rig.scenario.autoRetry == .terragruntDefault)
        _ = try rig.run()
        #expect(try rig.run(mode: .destroy, strict: true).module("mongodb").attempts == 1)
    }

    @Test func ignoringDependencyErrorsDestroysEverythingButTheGroup() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy, ignoreDependencyErrors: true, strict: true)
        #expect(!destroy.succeeded)
        #expect(try destroy.module("mongodb").status == .failed)
        // No unit early-exits: the units behind mongodb run, and nothing they delete needs the group.
        #expect(destroy.modules.filter { $0.status == .earlyExit }.isEmpty)
        #expect(try destroy.module("vpc").status == .succeeded)
        let left = try rig.account.resources(managedBy: .terraform)
        #expect(left.map(\.type) == ["aws_docdb_cluster_parameter_group"])
        #expect(try rig.account.stateEntries(scope: "prod").mapValues { Array($0.keys) } == ["mongodb": ["aws_docdb_cluster_parameter_group.no_tls"]])
    }

    /// `--fail-fast`: mongodb's failure ends at about 4.8 minutes; the storage unit, which only
    /// waits for cloudfront (8.5 minutes), had not started, so it does not run either.
    @Test func failFastStopsUnitsThatHadNotStarted() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        let destroy = try rig.run(mode: .destroy, failFast: true, strict: true)
        let mongodb = try destroy.module("mongodb")
        #expect(mongodb.status == .failed)
        // Started with mongodb, at the beginning: they run to their end.
        for unit in ["cloudfront", "mysql", "redis", "ec2_bastion", "kubernetes_ingress_clb"] {
            #expect(try destroy.module(unit).status == .succeeded, "\(unit)")
        }
        let storage = try destroy.module("s3_openedx_storage")
        #expect(storage.startMinute > mongodb.endMinute)
        #expect(storage.status == .earlyExit)
        #expect(storage.message == "Unit 's3_openedx_storage' did not run due to a failure in 'mongodb'")
        let bucket = try rig.account.resources(type: "aws_s3_bucket", scope: "prod").filter { $0.module == "s3_openedx_storage" }
        #expect(bucket.count == 1, "still there")
        // Without the flag the storage unit runs: it does not wait for mongodb.
        let again = try Rig.defaultProd()
        _ = try again.run()
        #expect(try again.run(mode: .destroy, strict: true).module("s3_openedx_storage").status == .succeeded)
    }

}
