import Catalog
import Foundation
import Planner
import Report
import Simulator
import Testing

/// `RunText` and `RunJSON` (what `edxplan apply` and `destroy` print) of a hand-built destroy,
/// byte for byte: a clean unit, a unit Terragrunt ran twice, one that failed with a skip
/// behind it, one it gave up retrying, a unit that did not run, and an object left outside state.
@Suite struct RunRendererTests {
    static let group = "aws_docdb_cluster_parameter_group.no_tls"
    static let inUse = AWSFailure(code: "InvalidDBParameterGroupState",
                                  message: "One or more database clusters are still members of this parameter group mongo-cluster-param-group, so the group cannot be deleted.",
                                  fix: "reference the group by name in the cluster")
    static let notEmpty = AWSFailure(code: "BucketNotEmpty", message: "The bucket you tried to delete is not empty",
                                     fix: "empty the bucket, or set force_destroy = true and apply before destroying")
    static let retryNote = "Encountered an error eligible for retrying. Sleeping 5s before retrying."

    static func op(_ module: String, _ address: String, _ start: Double, _ end: Double, status: OperationStatus = .succeeded,
                   failure: AWSFailure? = nil, gatedBy: String? = nil, note: String? = nil, attempt: Int = 1) -> OperationRecord {
        OperationRecord(module: module, address: address, action: .delete, status: status, startMinute: start, endMinute: end,
                        failure: failure, gatedBy: gatedBy, note: note, attempt: attempt)
    }

    static let destroy = RunResult(scope: "prod", mode: .destroy, startMinute: 30, modules: [
        ModuleRun(name: "kubernetes_ingress_clb", wave: 0, status: .succeeded, startMinute: 30, endMinute: 31, operations: [
            op("kubernetes_ingress_clb", "helm_release.nginx", 30, 31, note: "the cloud controller deleted the load balancer it made"),
        ]),
        ModuleRun(name: "mongodb", wave: 0, status: .succeeded, startMinute: 30, endMinute: 34.85, operations: [
            op("mongodb", group, 30, 30.1, status: .failed, failure: inUse),
            op("mongodb", "aws_docdb_cluster_instance.default[0]", 30, 32.1),
            op("mongodb", "aws_docdb_cluster.default", 32.1, 34.5, gatedBy: "aws_docdb_cluster_instance.default[0]"),
            op("mongodb", group, 34.5 + 5.0 / 60, 34.85, gatedBy: "aws_docdb_cluster.default", attempt: 2),
        ], attempts: 2, retryNote: retryNote),
        ModuleRun(name: "s3_openedx_storage", wave: 1, status: .failed, startMinute: 31, endMinute: 33.2, operations: [
            op("s3_openedx_storage", "aws_s3_bucket.this", 31, 31.1, status: .failed, failure: notEmpty),
            op("s3_openedx_storage", "aws_s3_bucket.this", 33.1, 33.2, status: .failed, failure: notEmpty, attempt: 2),
            op("s3_openedx_storage", "aws_iam_user.user", 33.2, 33.2, status: .skipped, gatedBy: "aws_s3_bucket.this",
               note: "upstream dependencies failed", attempt: 2),
        ], message: "Exhausted retries (2) for command terraform destroy", gatedBy: "kubernetes_ingress_clb", attempts: 2,
                  retryNote: "Encountered an error eligible for retrying. Sleeping 2m0s before retrying."),
        ModuleRun(name: "vpc", wave: 2, status: .earlyExit, startMinute: 33.2, endMinute: 33.2, operations: [],
                  message: "Unit 'vpc' did not run due to a failure in 's3_openedx_storage'", gatedBy: "s3_openedx_storage"),
    ], leftOutsideState: ["aws_ebs_volume vol-0abc (made by tutor): $0.50 a month"])
    static let destroyPriced: RunResult = {
        var result = destroy
        result.leftOutsideStateMonthly = Money(Decimal(string: "0.5") ?? 0)
        return result
    }()

    static let clean = RunResult(scope: "staging", mode: .apply, startMinute: 0, modules: [
        ModuleRun(name: "vpc", wave: 0, status: .unchanged, startMinute: 0, endMinute: 0, operations: []),
        ModuleRun(name: "redis", wave: 1, status: .succeeded, startMinute: 0, endMinute: 4.5, operations: [
            OperationRecord(module: "redis", address: "module.redis.aws_elasticache_replication_group.this", action: .update,
                            status: .succeeded, startMinute: 0, endMinute: 4.5),
        ], gatedBy: "vpc"),
        // A create real S3 refuses (H19): the simulation goes on, and the text says where a real run stops.
        ModuleRun(name: "s3_openedx_storage", wave: 1, status: .succeeded, startMinute: 0, endMinute: 0.1, operations: [
            OperationRecord(module: "s3_openedx_storage", address: "module.data_backup_s3_bucket.aws_s3_bucket.this[0]",
                            action: .create, status: .succeeded, startMinute: 0, endMinute: 0.1,
                            refusal: Refusal(stage: .apply, hazard: "H19", failure: AWSFailure(code: "InvalidBucketName", message: "The specified bucket is not valid.",
                                                                                fix: "use a platform_region without underscores"))),
        ], gatedBy: "vpc"),
    ], leftOutsideState: [])

    @Test func destroyText() throws { try golden.check(RunText.render(Self.destroyPriced), "run-destroy.txt") }
    @Test func destroyJSON() throws { try golden.check(RunJSON.render(Self.destroyPriced), "run-destroy.json") }
    @Test func cleanApplyText() throws { try golden.check(RunText.render(Self.clean), "run-apply.txt") }
    @Test func cleanApplyJSON() throws { try golden.check(RunJSON.render(Self.clean), "run-apply.json") }

    @Test func aRetriedUnitShowsItsRunsAndWhereTheSecondBegan() {
        let text = RunText.render(Self.destroy)
        #expect(text.contains("[succeeded] mongodb (wave 1, 0.0-4.9 min, 2 runs)\n"))
        #expect(text.contains("    fix: reference the group by name in the cluster\n  destroyed aws_docdb_cluster_instance.default[0]"))
        #expect(text.contains("  destroyed aws_docdb_cluster.default (2.4 min)\n  \(Self.retryNote)\n  destroyed \(Self.group) (0.3 min)\n"))
        #expect(text.contains("  Exhausted retries (2) for command terraform destroy\n"))
        // Errors that stand: the one a retry cleared is shown, but not counted.
        #expect(text.contains("Destroy failed: 1 error(s), 1 unit(s) did not run."))
        // The critical path goes from the retry back into the first run.
        #expect(Self.destroy.criticalPath.map(\.address) == ["aws_docdb_cluster_instance.default[0]", "aws_docdb_cluster.default", Self.group])
    }

    /// `--unit`: Terragrunt run in one folder, named as such; a unit stopped before any call counts one error.
    @Test func aSingleUnitRunIsNamedAfterItsFolder() {
        let stopped = RunResult(scope: "prod", mode: .apply, startMinute: 0, modules: [
            ModuleRun(name: "redis", wave: 0, status: .failed, startMinute: 0, endMinute: 0, operations: [],
                      message: "terraform/environments/prod/vpc/terragrunt.hcl is a dependency of ... but detected no outputs."),
        ], leftOutsideState: [], unit: "redis")
        let text = RunText.render(stopped)
        #expect(text.hasPrefix("terragrunt apply of prod/redis: simulated minutes from 0.0\n\n[failed] redis (wave 1, 0.0-0.0 min)\n"
                               + "  terraform/environments/prod/vpc/terragrunt.hcl is a dependency of ... but detected no outputs.\n"))
        #expect(text.contains("Apply failed: 1 error(s), 0 unit(s) did not run."))
        #expect(RunJSON.render(stopped).contains("\"unit\": \"redis\","))
    }


    /// A second run with nothing left to do (another process finished the job) still shows
    /// Terragrunt's retry line.
    @Test func aRetryWithNothingLeftToDoStillShowsItsLine() {
        let run = RunResult(scope: "prod", mode: .destroy, startMinute: 0, modules: [
            ModuleRun(name: "mongodb", wave: 0, status: .succeeded, startMinute: 0, endMinute: 0.2, operations: [
                Self.op("mongodb", Self.group, 0, 0.1, status: .failed, failure: Self.inUse),
            ], attempts: 2, retryNote: Self.retryNote),
        ], leftOutsideState: [])
        #expect(RunText.render(run).contains("    fix: reference the group by name in the cluster\n  \(Self.retryNote)\n\nDestroy complete!"))
    }

}
