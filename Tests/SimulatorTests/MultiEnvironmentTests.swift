import Account
import Planner
import Scenario
import Simulator
import Testing

/// Two per-environment trees in one account: they share the region's quotas (section 5.1)
/// and every name the cookiecutter hard-codes (H17).
struct MultiEnvironmentTests {
    /// Two environments `a` and `b` in us-east-1 with only the given modules.
    func scenario(modules: String, a: String, b: String) throws -> Scenario {
        try ScenarioLoader.load(text: """
            name: two
            platform: { name: yourschool, platform_region: usa_east, root_domain: yourschool.edu, aws_region: us-east-1, account_id: "123456789012" }
            layout: per-environment
            environments:
              a:
                subdomain: a.courses
                modules: [\(modules)]
                vpc: { nat_gateways: \(a) }
              b:
                subdomain: b.courses
                modules: [\(modules)]
                vpc: { nat_gateways: \(b) }
            """, file: "two.yaml")
    }

    // 5 EIPs per region (L-0263D0A3): 3 NAT gateways each do not fit twice.
    @Test func secondOnePerAZEnvironmentRunsOutOfElasticIPs() throws {
        let rig = try Rig(try scenario(modules: "vpc", a: "one-per-az", b: "one-per-az"))
        #expect(try rig.run("a").succeeded)
        let second = try rig.run("b")
        #expect(!second.succeeded)
        let failure = try #require(second.failures.first)
        #expect(failure.address.contains("aws_eip"))
        #expect(failure.failure?.code == "AddressLimitExceeded")
        #expect(failure.failure?.fix?.contains("L-0263D0A3") == true)
        #expect(try rig.account.count(type: "aws_eip") == 5, "the two that fit were allocated")
    }

    @Test func singleNATSecondEnvironmentFits() throws {
        let rig = try Rig(try scenario(modules: "vpc", a: "one-per-az", b: "single"))
        #expect(try rig.run("a").succeeded)
        let second = try rig.run("b")
        #expect(second.succeeded, "failures: \(second.failures.map { $0.failure?.line ?? $0.address })")
        #expect(try rig.account.count(type: "aws_eip") == 4)
    }

    // H17: `aws_db_subnet_group.mysql_subnet_group` has a literal name in every environment.
    @Test func mysqlSubnetGroupNameCollides() throws {
        let rig = try Rig(try scenario(modules: "vpc, kubernetes, kubernetes_secrets, mysql", a: "single", b: "single"))
        let first = try rig.run("a")
        #expect(first.succeeded, "failures: \(first.failures.map { $0.failure?.line ?? $0.address })")
        let second = try rig.run("b")
        let mysql = try second.module("mysql")
        #expect(mysql.status == .failed)
        let failure = try #require(mysql.operations.first { $0.status == .failed })
        #expect(failure.address == "aws_db_subnet_group.mysql_subnet_group")
        #expect(failure.failure?.code == "DBSubnetGroupAlreadyExists")
    }
}
