import Blueprint
import Foundation
import Scenario
import Testing

/// What the backend needs that no module creates, and where shared-stack environments live.
@Suite struct PrerequisiteTests {
    /// Section 1: Terragrunt auto-creates the state bucket *and* the DynamoDB lock table
    /// `${environment_namespace}-terraform-lock`, outside any state.
    @Test func terragruntLockTableIsAPrerequisite() throws {
        let blueprint = try BlueprintTestSupport.blueprint("default.yaml")
        let terragrunt = blueprint.all.flatMap(\.resources).filter { $0.managedBy == .terragrunt }
        #expect(terragrunt.map(\.address).sorted() == ["aws_dynamodb_table.terraform_lock", "aws_s3_bucket.terraform_state"])
        let tables = terragrunt.filter { $0.type == "aws_dynamodb_table" }
        #expect(tables.compactMap { $0["name"]?.string } == ["prod-yourschool-global-terraform-lock"])
    }

    /// Section 5: the stack has its own lock table and HEAD's four ECR repositories.
    @Test func sharedStackPrerequisites() throws {
        let blueprint = try BlueprintTestSupport.blueprint("shared-stack.yaml")
        let names = blueprint.shared.resources.filter { $0.module == "prerequisites" }.compactMap { $0["name"]?.string }
        #expect(names.contains("yourschool-global-live-terraform-lock"))
        #expect(blueprint.shared.resources.filter { $0.type == "aws_ecr_repository" }.compactMap { $0["name"]?.string }
            == ["openedx", "openedx_backup", "openedx_credentials", "openedx_mfe"])
    }

    /// Section 5: in the shared-stack layout Redis sits in the *shared* VPC, so its security
    /// group admits the stack's CIDR.
    @Test func sharedStackEnvironmentUsesTheStackCIDR() throws {
        let blueprint = try BlueprintTestSupport.blueprint(text: """
            layout: shared-stack
            shared:
              vpc: { cidr: 10.0.0.0/16 }
            environments:
              prod: {}
            """)
        #expect(try blueprint.shared.resource("vpc", "module.vpc.aws_vpc.this[0]")["cidr_block"] == .string("10.0.0.0/16"))
        let redis = try blueprint.environment("prod")
            .resource("redis", "module.security_group.aws_security_group.this_name_prefix[0]")
        #expect(redis["ingress"] == .string("tcp/6379 from 10.0.0.0/16"))
    }
}
