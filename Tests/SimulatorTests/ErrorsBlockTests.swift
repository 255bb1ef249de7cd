import Account
import Planner
import Scenario
import Simulator
import Testing

/// Terragrunt 1.0's `errors` blocks on the destroy of default prod: a `retry` block's own
/// attempts and pause, and an `ignore` block that lets a unit's failure through.
struct ErrorsBlockTests {
    static let blocks = """
        terragrunt:
          errors:
            retry:
              parameter_group:
                retryable_errors: ["(?s).*InvalidDBParameterGroupState.*"]
                max_attempts: 2
                sleep_interval_sec: 10
            ignore:
              bucket_not_empty:
                ignorable_errors: ["(?s).*BucketNotEmpty.*"]
                message: "the bucket is emptied by hand"

        """

    @Test func retryAndIgnoreBlocksDecideTheRun() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "name: default\n", with: "name: default\n" + Self.blocks))
        _ = try rig.run()
        let bucket = try #require(try rig.account.resources(type: "aws_s3_bucket", scope: "prod").first { $0.module == "s3_openedx_storage" })
        try rig.account.setData(DataItem(resourceID: bucket.id, kind: .objects, quantity: 12))

        let destroy = try rig.run(mode: .destroy)
        let mongodb = try destroy.module("mongodb")
        #expect(mongodb.status == .succeeded && mongodb.attempts == 2)
        #expect(mongodb.retryNote == "Encountered an error eligible for retrying. Sleeping 10s before retrying. (errors { retry \"parameter_group\" })")
        let storage = try destroy.module("s3_openedx_storage")
        // Ignored: the unit counts as succeeded, once, and the bucket it could not delete is still there.
        #expect(storage.status == .succeeded && storage.attempts == 1)
        #expect(storage.retryNote == "Ignoring error \"bucket_not_empty\": the bucket is emptied by hand")
        #expect(try rig.account.resources(type: "aws_s3_bucket", scope: "prod").contains { $0.id == bucket.id })
    }

    @Test func aRetryBlockGivesUpInTerragruntsWords() throws {
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: "name: default\n", with: "name: default\n" + """
            terragrunt:
              errors:
                retry:
                  bucket:
                    retryable_errors: ["(?s).*BucketNotEmpty.*"]
                    max_attempts: 2
                    sleep_interval_sec: 1

            """))
        _ = try rig.run()
        let bucket = try #require(try rig.account.resources(type: "aws_s3_bucket", scope: "prod").first { $0.module == "s3_openedx_storage" })
        try rig.account.setData(DataItem(resourceID: bucket.id, kind: .objects, quantity: 3))
        let storage = try rig.run(mode: .destroy).module("s3_openedx_storage")
        #expect(storage.status == .failed && storage.attempts == 2)
        #expect(storage.message?.hasPrefix("max retry attempts (2) reached for error: ") == true)
        #expect(storage.message?.contains("BucketNotEmpty") == true)
    }
}
