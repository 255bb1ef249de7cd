import Account
import Planner
import Scenario
import Simulator
import Testing

/// A failed create: no rollback, dependents skipped, independent units carry on (section 1.4, 2).
struct FailureTests {
    @Test func takenRDSIdentifierFailsMySQLOnly() throws {
        let rig = try Rig.defaultProd()
        // Someone else (another scope) already owns the DB identifier `prod`.
        let squatter = try rig.account.create(resource: NewResource(
            type: "aws_db_instance", region: "us-east-1", scope: "someone-else", module: "mysql",
            attributes: ["identifier": .string("prod")]))

        let result = try rig.run()
        #expect(!result.succeeded)
        let mysql = try result.module("mysql")
        #expect(mysql.status == .failed)
        let failure = try #require(mysql.operations.first { $0.status == .failed })
        #expect(failure.address == "module.db.module.db_instance.aws_db_instance.this[0]")
        #expect(failure.failure?.code == "DBInstanceAlreadyExists")
        #expect(try rig.account.resource(id: squatter.id)?.scope == "someone-else", "the other object is untouched")

        // What succeeded before the failure stays in state (no rollback)...
        let state = try rig.account.state(stateKey: FakeAccount.stateKey(scope: "prod", module: "mysql"))
        let succeeded = Set(mysql.operations.filter { $0.status == .succeeded }.map(\.address))
        #expect(!succeeded.isEmpty)
        #expect(Set(state.keys) == succeeded)
        // ...what needs the instance is skipped inside the unit.
        let skipped = mysql.operations.filter { $0.status == .skipped }
        #expect(!skipped.isEmpty)
        #expect(skipped.allSatisfy { $0.note == "upstream dependencies failed" })

        // No unit depends on mysql in the per-environment tree; the independent ones succeed.
        for unit in ["redis", "mongodb", "s3_openedx_storage", "cloudfront", "kubernetes"] {
            #expect(try result.module(unit).status == .succeeded, "\(unit)")
        }
        #expect(!result.modules.contains { $0.status == .earlyExit })

        // The next plan only has what is left: the failed and skipped addresses of mysql.
        let next = try rig.plan()
        let remaining = Set(next.actions.filter { $0.action != .noop }.map { "\($0.module) \($0.address)" })
        let expected = Set(mysql.operations.filter { $0.status != .succeeded }.map { "mysql \($0.address)" })
        #expect(remaining == expected)
        #expect(next.summary == (expected.count, 0, 0))
    }

    // Terragrunt early-exits the dependents of a failed unit: vpc failing stops everything.
    @Test func failedUnitEarlyExitsItsDependents() throws {
        let rig = try Rig.defaultProd()
        // Only one VPC allowed, and someone else has it: `aws_vpc` fails with VpcLimitExceeded.
        try rig.account.setQuota(code: "L-F678F1CE", name: "VPCs per Region", value: 1, scope: "region")
        _ = try rig.account.create(resource: NewResource(type: "aws_vpc", region: "us-east-1", scope: "someone-else", module: "vpc"))
        let result = try rig.run()
        #expect(try result.module("vpc").status == .failed)
        #expect(result.failures.contains { $0.failure?.code == "VpcLimitExceeded" })
        for unit in ["kubernetes", "ec2_bastion"] {
            #expect(try result.module(unit).message == "Unit '\(unit)' did not run due to a failure in 'vpc'")
        }
        #expect(result.modules.filter { $0.name != "vpc" }.allSatisfy { $0.status == .earlyExit })
    }
}
