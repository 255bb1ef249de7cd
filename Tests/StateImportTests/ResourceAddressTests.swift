import Testing
@testable import StateImport
import TerraformState

@Suite struct ResourceAddressTests {
    @Test func takesInstanceAddressesApart() throws {
        let nested = try #require(ResourceAddress("module.eks.module.eks_managed_node_group[\"default\"].aws_iam_role.this[0]"))
        #expect(nested.module == "module.eks.module.eks_managed_node_group[\"default\"]")
        #expect(nested.type == "aws_iam_role")
        #expect(nested.name == "this")
        #expect(nested.key == .int(0))
        let keyed = try #require(ResourceAddress("aws_iam_role_policy_attachment.this[\"arn:aws:iam::aws:policy/A.B\"]"))
        #expect(keyed.module == nil)
        #expect(keyed.key == .string("arn:aws:iam::aws:policy/A.B"))
        #expect(ResourceAddress("aws_vpc.this")?.key == nil)
        #expect(ResourceAddress("nonsense") == nil)
    }

    @Test func configAddressDropsEveryInstanceKey() {
        #expect(StateImporter.configAddress("module.a[\"x]\"].module.b.aws_t.n[0]") == "module.a.module.b.aws_t.n")
        #expect(StateImporter.configAddress("aws_t.n") == "aws_t.n")
    }
}
