import Blueprint
import Foundation
import Planner
@testable import Report
import Testing

/// `plan --format terraform-json` of the hand-built plan with every kind of action, byte for
/// byte, and the address parts Terraform writes for each kind of address.
@Suite struct TerraformPlanJSONTests {
    @Test func sampleInTerraformsFormat() throws {
        let text = TerraformPlanJSON.render(PlanRendererTests.sample, region: "us-east-1")
        try golden.check(text, "plan.sample.terraform.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format_version"] as? String == "1.2")
        let changes = try #require(object["resource_changes"] as? [[String: Any]])
        let byAddress = Dictionary(uniqueKeysWithValues: changes.map { ($0["address"] as? String ?? "", $0) })
        let group = try #require(byAddress[PlanRendererTests.group]?["change"] as? [String: Any])
        #expect(group["actions"] as? [String] == ["delete", "create"])
        #expect(group["replace_paths"] as? [[String]] == [["instance_types"]])
        #expect(byAddress[PlanRendererTests.group]?["module_address"] as? String == "module.eks.module.eks_managed_node_group[\"default\"]")
        #expect(byAddress[PlanRendererTests.group]?["index"] as? Int == 0)
    }

    @Test func sensitiveValuesAreMarkedNeverWritten() throws {
        let secret = Resource(address: "aws_db_instance.this", type: "aws_db_instance", module: "mysql",
                              attributes: ["password": .string("planted-secret-9d1"), "instance_class": .string("db.t3.small")])
        let plan = Plan(scope: "prod", mode: .apply, waves: [["mysql"]], modules: [
            ModulePlan(name: "mysql", wave: 0, waitsFor: [], actions: [
                PlannedAction(address: secret.address, type: secret.type, module: "mysql", action: .create, reason: "not in state",
                              desired: secret),
            ]),
        ])
        let text = TerraformPlanJSON.render(plan, region: "eu-west-1")
        #expect(!text.contains("planted-secret-9d1"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let change = try #require((object["resource_changes"] as? [[String: Any]])?.first?["change"] as? [String: Any])
        #expect((change["after_sensitive"] as? [String: Bool]) == ["password": true])
        #expect((change["after"] as? [String: Any])?["password"] == nil)
        #expect((change["after"] as? [String: Any])?["instance_class"] as? String == "db.t3.small")
    }

    @Test(arguments: [
        ("aws_instance.bastion", nil, "aws_instance", "bastion", nil),
        ("module.vpc.aws_vpc.this[0]", "module.vpc", "aws_vpc", "this", "0"),
        ("module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]",
         "module.eks.module.eks_managed_node_group[\"default\"]", "aws_eks_node_group", "this", "0"),
        ("module.s3.aws_s3_bucket_policy.p[\"a.b[1]\"]", "module.s3", "aws_s3_bucket_policy", "p", "a.b[1]"),
    ] as [(String, String?, String, String, String?)])
    func addressParts(_ address: String, _ module: String?, _ type: String, _ name: String, _ index: String?) {
        let parts = TerraformAddress(address)
        #expect(parts.module == module && parts.type == type && parts.name == name)
        switch parts.index {
        case .string(let key)?: #expect(key == index)
        case .number(let number)?: #expect(number == index)
        default: #expect(index == nil)
        }
    }
}
