import Diagnostics
@testable import HCL
import Testing

@Suite struct TerragruntFileTests {
    static let rootConfig = """
    locals {
      global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
      env_vars    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
      account_id  = local.global_vars.locals.account_id
    }
    remote_state {
      backend = "s3"
      config = {
        bucket = "${get_env("TG_BUCKET_PREFIX", local.account_id)}-terraform-tfstate"
        key    = "${path_relative_to_include()}/terraform.tfstate"
      }
    }
    inputs = merge(
      local.global_vars.locals,
      local.env_vars.locals,
    )
    """

    static let mysql = """
    locals {
      environment_vars      = read_terragrunt_config(find_in_parent_folders("env.hcl"))
      environment_namespace = local.environment_vars.locals.environment_namespace
      db_prefix             = replace(local.environment_vars.locals.environment, "-", "_")
      tags = merge(
        { Name = "${local.environment_namespace}-mysql" },
        { Environment = local.environment_vars.locals.environment },
      )
    }

    dependencies {
      paths = ["../vpc", "../kubernetes"]
    }

    dependency "vpc" {
      config_path = "../vpc"
      mock_outputs = {
        vpc_id           = "vpc-mock"
        database_subnets = ["subnet-a", "subnet-b"]
      }
    }

    dependency "kubernetes" {
      config_path = "../kubernetes"
    }

    include {
      path = find_in_parent_folders()
    }

    terraform {
      source = "../../../modules//mysql"
    }

    inputs = {
      identifier        = local.environment_namespace
      instance_class    = "db.t2.small"
      subnet_ids        = dependency.vpc.outputs.database_subnets
      vpc_id            = dependency.vpc.outputs.vpc_id
      cluster_endpoint  = dependency.kubernetes.outputs.cluster_endpoint
      multi_az          = local.environment_namespace == "prod" ? true : false
      tags              = local.tags
      stripped          = cidrsubnet("10.0.0.0/16", 8, 1)
    }
    """

    static func file() throws -> TerragruntFile {
        var files = FakeTree.files
        files["/repo/terraform/terragrunt.hcl"] = rootConfig
        let context = TerragruntContext.files(files, terragruntDir: FakeTree.module)
        return try TerragruntFile.read(mysql, file: FakeTree.module + "/terragrunt.hcl", context: context)
    }

    @Test func graphEdges() throws {
        let file = try Self.file()
        #expect(file.includes.map(\.path) == ["/repo/terraform/terragrunt.hcl"])
        #expect(file.dependencies.map(\.name) == ["vpc", "kubernetes"])
        #expect(file.dependencies.map(\.configPath) == ["../vpc", "../kubernetes"])
        #expect(file.dependencies[0].location.line == 15)
        #expect(file.dependencies[1].mockOutputs == nil)
        #expect(file.dependencyPaths == ["../vpc", "../kubernetes"])
        #expect(file.terraformSource == "../../../modules//mysql")
        #expect(file.terraformSourceLocation?.line == 32)
    }

    @Test func inputsWithMocksUnknownsAndPositions() throws {
        let file = try Self.file()
        #expect(file.locals["environment_namespace"] == "prod-yourschool-usa_east")
        #expect(file.inputs["identifier"] == "prod-yourschool-usa_east")
        #expect(file.inputs["subnet_ids"] == ["subnet-a", "subnet-b"])
        #expect(file.inputs["vpc_id"] == "vpc-mock")
        #expect(file.inputs["cluster_endpoint"] == .unknown)
        #expect(file.inputs["multi_az"] == false)
        #expect(file.inputs["tags"] == ["Name": "prod-yourschool-usa_east-mysql", "Environment": "prod"])
        #expect(file.inputs["stripped"] == .unknown)
        #expect(file.diagnostics.map(\.location.line) == [43])
        #expect(file.inputLocations["instance_class"] == SourceLocation(file: FakeTree.module + "/terragrunt.hcl", line: 37, column: 23))
        // Inherited from the root's merge(global, env) inputs.
        #expect(file.inputs["account_id"] == "123456789012")
        #expect(file.inputs["mysql_instance_class"] == "db.t2.small")
        #expect(file.inputLocations["account_id"]?.file == "/repo/terraform/terragrunt.hcl")
    }

    @Test func stacksLayoutCrossRootDependencyAndExposedInclude() throws {
        let files = [
            "/r/terraform/environments/terragrunt.hcl": "locals {\n  root = \"environments\"\n}\ninputs = { from_root = path_relative_to_include() }\n",
            "/r/terraform/environments/prod/redis/terragrunt.hcl": "",
        ]
        let text = """
        include "root" {
          path   = find_in_parent_folders()
          expose = true
        }
        dependency "stack_vpc" {
          config_path  = "../../../stacks/live/vpc"
          mock_outputs = { elasticache_subnets = ["e1"] }
        }
        inputs = {
          root    = include.root.locals.root
          subnets = dependency.stack_vpc.outputs.elasticache_subnets
        }
        """
        let context = TerragruntContext.files(files, terragruntDir: "/r/terraform/environments/prod/redis")
        let file = try TerragruntFile.read(text, file: "redis.hcl", context: context)
        #expect(file.dependencies.first?.configPath == "../../../stacks/live/vpc")
        #expect(file.inputs["root"] == "environments")
        #expect(file.inputs["from_root"] == "prod/redis")
        #expect(file.inputs["subnets"] == ["e1"])
    }

    @Test func missingIncludeIsAnError() {
        #expect(throws: HCLError.self) {
            try TerragruntFile.read("include {\n  path = \"../nope.hcl\"\n}", file: "t.hcl", context: .files([:], terragruntDir: "/a/b"))
        }
    }
}
