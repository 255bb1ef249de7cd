import Account
import Blueprint
import Foundation
import Testing

@Suite struct ResourceTests {
    @Test func createUpdateDeleteRoundTrip() throws {
        let account = try FakeAccount.inMemory()
        try account.setMinute(12.5)
        let vpc = try account.create(resource: sampleVPC)
        #expect(try account.resource(id: vpc.id) == vpc)
        #expect(vpc.createdAtMinute == 12.5)
        #expect(vpc.status == .available && vpc.managedBy == .terraform)
        #expect(vpc.address == "module.vpc.aws_vpc.this[0]")

        let updated = try account.update(id: vpc.id, attributes: ["cidr_block": .string("10.1.0.0/16")])
        #expect(try account.resource(id: vpc.id)?.attributes == ["cidr_block": .string("10.1.0.0/16")])
        #expect(updated.arn == vpc.arn)
        try account.setStatus(id: vpc.id, .deleting)
        #expect(try account.resource(id: vpc.id)?.status == .deleting)

        try account.delete(id: vpc.id)
        #expect(try account.resource(id: vpc.id) == nil)
        #expect(throws: AccountError.noSuchResource(id: vpc.id)) { try account.delete(id: vpc.id) }
        #expect(throws: AccountError.noSuchResource(id: vpc.id)) { try account.update(id: vpc.id, attributes: [:]) }
    }

    @Test func everyAttributeCaseSurvivesTheJSONColumn() throws {
        let account = try FakeAccount.inMemory()
        var new = sampleVPC
        new.attributes = everyAttributeCase
        let created = try account.create(resource: new)
        #expect(try account.resource(id: created.id)?.attributes == everyAttributeCase)
    }

    @Test func sameCallsGiveSameIDsAndARNs() throws {
        func run() throws -> [AccountResource] {
            let account = try FakeAccount.inMemory()
            let vpc = try account.create(resource: sampleVPC)
            return [vpc, try account.create(resource: subnet(in: vpc.id, index: 1)),
                    try account.create(resource: subnet(in: vpc.id, index: 2))]
        }
        let first = try run(), second = try run()
        #expect(first.map(\.id) == second.map(\.id))
        #expect(first.map(\.arn) == second.map(\.arn))
        #expect(Set(first.map(\.id)).count == 3)
    }

    @Test(arguments: [
        ("aws_vpc", "vpc-"), ("aws_subnet", "subnet-"), ("aws_security_group", "sg-"),
        ("aws_internet_gateway", "igw-"), ("aws_nat_gateway", "nat-"), ("aws_eip", "eipalloc-"),
        ("aws_instance", "i-"), ("aws_launch_template", "lt-"),
    ])
    func ec2IDsHaveSeventeenHexDigits(type: String, prefix: String) throws {
        let account = try FakeAccount.inMemory()
        let made = try account.create(resource: NewResource(type: type, region: "us-east-1", scope: "prod", module: "vpc"))
        #expect(made.id.hasPrefix(prefix))
        let digits = made.id.dropFirst(prefix.count)
        #expect(digits.count == 17)
        #expect(digits.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(made.arn.hasPrefix("arn:aws:ec2:us-east-1:123456789012:"))
        #expect(made.arn.hasSuffix("/" + made.id))
    }

    @Test func arnsFollowEachServicesFormat() throws {
        let account = try FakeAccount.inMemory()
        func make(_ type: String, _ attributes: [String: AttributeValue] = [:]) throws -> AccountResource {
            try account.create(resource: NewResource(type: type, region: "us-east-1", scope: "prod", module: "m",
                                                     attributes: attributes))
        }
        let db = try make("aws_db_instance", ["identifier": .string("prod")])
        // Named objects are keyed by ARN: unique across types, colliding within one.
        #expect(db.id == db.arn && db.arn == "arn:aws:rds:us-east-1:123456789012:db:prod")
        let group = try make("aws_db_subnet_group", ["name": .string("prod-eks")])
        #expect(group.id == "arn:aws:rds:us-east-1:123456789012:subgrp:prod-eks")
        #expect(try make("aws_eks_cluster", ["name": .string("prod-eks")]).arn
            == "arn:aws:eks:us-east-1:123456789012:cluster/prod-eks")
        #expect(try make("aws_s3_bucket", ["bucket": .string("prod-storage")]).arn == "arn:aws:s3:::prod-storage")
        #expect(try make("aws_lb", ["name": .string("web")]).arn
            .hasPrefix("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/"))
        let certificate = try make("aws_acm_certificate")
        #expect(certificate.arn.hasPrefix("arn:aws:acm:us-east-1:123456789012:certificate/"))
        #expect(certificate.arn.split(separator: "/").last?.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        let distribution = try make("aws_cloudfront_distribution")
        #expect(distribution.id.hasPrefix("E") && distribution.id.count == 14)
        #expect(distribution.arn == "arn:aws:cloudfront::123456789012:distribution/\(distribution.id)")
    }

    @Test func aTakenNameFailsLikeAWS() throws {
        let account = try FakeAccount.inMemory()
        let db = NewResource(type: "aws_db_instance", region: "us-east-1", scope: "prod", module: "mysql",
                             attributes: ["identifier": .string("prod")])
        _ = try account.create(resource: db)
        let error = #expect(throws: AccountError.self) { try account.create(resource: db) }
        #expect(error == .alreadyExists(id: "arn:aws:rds:us-east-1:123456789012:db:prod"))
        #expect(error?.exitCode == .findings)
        #expect(try account.resources().count == 1)
    }

    @Test func queriesByScopeOwnerParentAndType() throws {
        let account = try FakeAccount.inMemory()
        let vpc = try account.create(resource: sampleVPC)
        let first = try account.create(resource: subnet(in: vpc.id, index: 1))
        _ = try account.create(resource: NewResource(type: "aws_elb", region: "us-east-1", scope: "prod", module: "kubernetes",
                                                     managedBy: .kubernetes, parentID: first.id, name: "a1b2c3"))
        _ = try account.create(resource: NewResource(type: "aws_vpc", region: "us-east-1", scope: "staging", module: "vpc"))
        #expect(try account.resources(scope: "prod").count == 3)
        #expect(try account.resources(managedBy: .kubernetes).map(\.type) == ["aws_elb"])
        #expect(try account.children(of: vpc.id).map(\.id) == [first.id])
        #expect(try account.count(type: "aws_vpc") == 2)
        #expect(try account.count(type: "aws_vpc", scope: "staging") == 1)
        #expect(try account.count(type: "aws_vpc", scope: "prod", region: "eu-west-1") == 0)
    }
}

/// The hashes behind every ID, pinned to values computed independently (a few lines of
/// Python doing FNV-1a over "<round>:<text>"), so a faster rewrite cannot change an ID.
@Suite struct StableHashTests {
    @Test func hashesAreTheDocumentedFNV1aDigits() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func idsKeepTheirDigits() throws {
        let account = try FakeAccount.inMemory()
        for _ in 1...6 { _ = try account.create(resource: subnet(in: "vpc-x", index: 1)) }
        // The seventh create of an aws_vpc hashes "7:aws_vpc": 17 hex digits.
        let vpc = try account.create(resource: sampleVPC)
        #expect(vpc.id == "vpc-c17f6f0abac8f3bfb")
        for _ in 8...11 { _ = try account.create(resource: subnet(in: vpc.id, index: 2)) }
        let certificate = try account.create(resource: NewResource(type: "aws_acm_certificate", region: "us-east-1", scope: "prod",
                                                                   module: "acm"))
        #expect(certificate.arn == "arn:aws:acm:us-east-1:123456789012:certificate/e69bcb91-dfc5-e2cf-2d5f-8ac04058019e")
        // A type with no case of its own: `aws_<service>_<kind...>` read as service and kind.
        let attachment = try account.create(resource: NewResource(type: "aws_iam_role_policy_attachment", region: "us-east-1",
                                                                  scope: "prod", module: "eks", attributes: ["name": .string("attach")]))
        #expect(attachment.arn == "arn:aws:iam:us-east-1:123456789012:role-policy-attachment/attach")
        let role = try account.create(resource: NewResource(type: "aws_iam_role", region: "us-east-1", scope: "prod", module: "eks",
                                                            attributes: ["name": .string("nodes")]))
        #expect(role.arn == "arn:aws:iam::123456789012:role/nodes")
    }
}
