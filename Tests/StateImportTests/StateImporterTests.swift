import Account
import Blueprint
import Foundation
import Testing
@testable import StateImport
import TerraformState

@Suite struct StateImporterTests {
    /// One unit's state with what real ones hold besides resources edxplan models.
    static let state = """
        {"version": 4, "terraform_version": "1.6.6", "serial": 7, "lineage": "l", "outputs": {},
         "resources": [
          {"mode": "data", "type": "aws_availability_zones", "name": "available", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
           "instances": [{"schema_version": 0, "attributes": {"id": "us-east-1"}}]},
          {"module": "module.vpc", "mode": "managed", "type": "aws_vpc", "name": "this", "each": "list", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
           "instances": [{"index_key": 0, "schema_version": 1, "attributes": {"id": "vpc-0abc", "arn": "arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-0abc",
             "cidr_block": "10.0.0.0/16", "tags": {"Name": "prod"}, "enable_dns_support": true}}]},
          {"module": "module.vpc", "mode": "managed", "type": "aws_subnet", "name": "public", "each": "list", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
           "instances": [{"index_key": 0, "schema_version": 1, "attributes": {"id": "subnet-1", "map_public_ip_on_launch": true, "vpc_id": "vpc-0abc"},
             "dependencies": ["module.vpc.aws_vpc.this"]},
                         {"index_key": 1, "status": "tainted", "schema_version": 1, "attributes": {"id": "subnet-2", "vpc_id": "vpc-0abc"},
             "dependencies": ["module.vpc.aws_vpc.this"]}]},
          {"mode": "managed", "type": "aws_eks_node_group", "name": "ng", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
           "instances": [{"schema_version": 0, "attributes": {"id": "prod:default", "arn": "arn:aws:eks:eu-west-1:123456789012:nodegroup/prod/default/x",
             "instance_types": ["t3.large"], "scaling_config": [{"desired_size": 2, "max_size": 3, "min_size": 1}]}},
                         {"deposed": "0000abcd", "schema_version": 0, "attributes": {"id": "old"}}]},
          {"mode": "managed", "type": "random_password", "name": "a", "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
           "instances": [{"schema_version": 3, "attributes": {"id": "none", "result": "s3cr3t", "length": 16}}]},
          {"mode": "managed", "type": "random_password", "name": "b", "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",
           "instances": [{"schema_version": 3, "attributes": {"id": "none", "result": "", "length": 8}}]},
          {"mode": "managed", "type": "aws_cloudwatch_event_rule", "name": "odd", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
           "instances": [{"schema_version": 0, "attributes": {"id": "rule", "arn": "arn:aws:events:eu-west-1:123456789012:rule/rule",
             "api_token": "tok-123"}, "sensitive_attributes": [[{"type": "get_attr", "value": "api_token"}]]}]}
         ]}
        """

    func imported(modelled: Set<String> = ["aws_vpc", "aws_subnet", "aws_eks_node_group", "random_password"]) throws -> StateImporter {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-importer-\(UUID().uuidString)/prod/vpc")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("terraform.tfstate")
        try Data(Self.state.utf8).write(to: file)
        var importer = StateImporter(modelled: modelled) { _ in "us-east-1" }
        try importer.read(try StateSource.find([(folder.deletingLastPathComponent().deletingLastPathComponent(), "states")], environment: nil))
        return importer
    }

    /// A caller that drops the stream after the first environment (its own step failed) stops the
    /// reading thread, which would otherwise wait for ever to hand on the rest: the exchange the
    /// thread holds is freed once it ends.
    @Test func droppingTheStreamStopsItsReadingThread() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("state-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for index in 0..<24 {
            let folder = root.appendingPathComponent("env\(index)/vpc")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(Self.state.utf8).write(to: folder.appendingPathComponent("terraform.tfstate"))
        }
        let importer = StateImporter(modelled: ["aws_vpc", "aws_subnet"]) { _ in "us-east-1" }
        let sources = try StateSource.find([(root, "states")], environment: nil)
        #expect(sources.count == 24)
        weak var exchange: StateStream.Exchange?
        do {
            let stream = importer.stream(sources)
            exchange = stream.exchange
            #expect(try stream.next()?.isEmpty == false)
        }
        let deadline = Date().addingTimeInterval(20)
        while exchange != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        #expect(exchange == nil, "the reading thread still runs")
    }

    @Test func managedInstancesBecomeObjectsAndStateEntries() throws {
        let importer = try imported()
        let unit = try #require(importer.units.first)
        #expect(unit.source.environment == "prod" && unit.source.unit == "vpc")
        #expect(unit.dataSources == 1, "a data source is read, not a resource")
        #expect(unit.deposed == ["aws_eks_node_group.ng (deposed 0000abcd)"])
        #expect(unit.held == ["aws_cloudwatch_event_rule.odd"], "kept and listed, not dropped")
        #expect(importer.objects.count == 7)
        let byAddress = Dictionary(uniqueKeysWithValues: importer.objects.map { ($0.entry.address, $0) })
        let vpc = try #require(byAddress["module.vpc.aws_vpc.this[0]"])
        #expect(vpc.resource.id == "vpc-0abc")
        #expect(vpc.resource.region == "eu-west-1", "from its ARN")
        #expect(vpc.resource.attributes["cidr_block"] == .string("10.0.0.0/16"))
        #expect(vpc.resource.attributes["enable_dns_support"] == .bool(true))
        #expect(vpc.resource.attributes["tags"] == nil, "a map is not kept")
        let subnet = try #require(byAddress["module.vpc.aws_subnet.public[1]"])
        #expect(subnet.entry.tainted && subnet.resource.status == .failed)
        #expect(subnet.entry.dependencies == ["module.vpc.aws_vpc.this[0]"], "resolved to the instance")
        #expect(subnet.resource.parentID == "vpc-0abc")
        let group = try #require(byAddress["aws_eks_node_group.ng"])
        #expect(group.resource.id == "arn:aws:eks:eu-west-1:123456789012:nodegroup/prod/default/x", "keyed by ARN as the simulator keys it")
        #expect(group.resource.attributes["id"] == .string("prod:default"), "Terraform's ID kept for export")
        #expect(group.resource.attributes["desired_size"] == .int(2))
        #expect(group.resource.attributes["min_size"] == .int(1) && group.resource.attributes["max_size"] == .int(3))
        #expect(group.resource.attributes["instance_types"] == .strings(["t3.large"]))
    }

    @Test func secretsAreNeverKept() throws {
        let importer = try imported()
        let a = try #require(importer.objects.first { $0.entry.address == "random_password.a" })
        #expect(a.resource.attributes["result"] == .string(Sensitive.placeholder))
        #expect(a.entry.attributes["result"] == .string(Sensitive.placeholder))
        let b = try #require(importer.objects.first { $0.entry.address == "random_password.b" })
        #expect(b.resource.attributes["result"] == nil, "an empty secret hides nothing")
        #expect(a.resource.id != b.resource.id, "two IDs of \"none\" are two objects")
        #expect(a.resource.attributes["id"] == .string("none"))
        let rule = try #require(importer.objects.first { $0.entry.address == "aws_cloudwatch_event_rule.odd" })
        #expect(rule.resource.attributes["api_token"] == .string(Sensitive.placeholder), "marked sensitive in the file")
        #expect(importer.units[0].hiddenSecrets == 2)
    }

    @Test func theSameObjectUnderTwoAddressesIsRefused() throws {
        let doubled = Self.state.replacingOccurrences(of: "\"id\": \"subnet-2\"", with: "\"id\": \"subnet-1\"")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("state-importer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("vpc.tfstate")
        try Data(doubled.utf8).write(to: file)
        var importer = StateImporter(modelled: []) { _ in "us-east-1" }
        let error = try #require(throws: StateError.self) {
            try importer.read(try StateSource.find([(file, "vpc.tfstate")], environment: "prod"))
        }
        #expect(error.message.contains("module.vpc.aws_subnet.public[1] and module.vpc.aws_subnet.public[0] are the same object"))
    }

    /// The stream hands on an environment's objects once its files are read, in the files'
    /// order, each attached to its environment's VPC, and ends at the first bad file in that
    /// order (the writer's transaction then rolls back what came before it).
    @Test func theStreamHandsOnEnvironmentsInOrderAndStopsAtTheFirstBadFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("state-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["prod/vpc": Self.state, "prod/mysql": Self.state.replacingOccurrences(of: "vpc-0abc", with: "vpc-0def"),
                     "staging/vpc": Self.state,
                     "test/vpc": "{\"version\": 4,\n \"resources\": [}", "uat/vpc": "{\"version\": 3}"]
        for (unit, text) in files {
            let url = root.appendingPathComponent("\(unit)/terraform.tfstate")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let importer = StateImporter(modelled: ["aws_vpc", "aws_subnet"]) { _ in "us-east-1" }
        let stream = importer.stream(try StateSource.find([(root, "states")], environment: nil))
        let prod = try #require(try stream.next())
        #expect(Set(prod.map(\.resource.scope)) == ["prod"])
        // Both units' objects, under the first VPC of the environment in the files' order (vpc before mysql).
        #expect(prod.filter { $0.resource.type == "aws_subnet" }.map(\.resource.parentID) == ["vpc-0abc", "vpc-0abc", "vpc-0abc", "vpc-0abc"])
        // Staging's objects would come once the next environment's file is read: that one is bad.
        let error = try #require(throws: StateError.self) { _ = try stream.next() }
        #expect(error.location?.description == "states/test/vpc/terraform.tfstate:2:16", "\(error)")
        #expect(stream.units.map { "\($0.source.environment)/\($0.source.unit)" } == ["prod/vpc", "prod/mysql", "staging/vpc"])
        #expect(throws: StateError.self) { try stream.finish() }
    }

    @Test func unitsAndEnvironmentsComeFromTheLayout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("state-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for path in ["environments/prod/vpc/terraform.tfstate", "environments/prod/vpc/errored.tfstate",
                     "environments/prod/mysql/.terragrunt-cache/abc/def/terraform.tfstate", "environments/prod/mysql/.terraform/x.tfstate",
                     "environments/staging/redis/terraform.tfstate.backup"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: url)
        }
        let sources = try StateSource.find([(root, "s")], environment: nil)
        #expect(sources.map { "\($0.environment)/\($0.unit) \($0.url.lastPathComponent)" } == [
            "prod/mysql terraform.tfstate", "prod/vpc errored.tfstate"])
    }
}
