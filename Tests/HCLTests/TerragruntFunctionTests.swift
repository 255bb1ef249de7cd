import Diagnostics
@testable import HCL
import Testing

/// A cookiecutter-style v0.0.6 tree, faked in memory.
enum FakeTree {
    static let root = "/repo/terraform"
    static let module = "/repo/terraform/environments/prod/mysql"
    static let files: [String: String] = [
        "/repo/terraform/terragrunt.hcl": """
        locals {
          global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
        }
        """,
        "/repo/terraform/environments/global.hcl": """
        locals {
          platform_name    = "yourschool"
          platform_region  = "usa_east"
          account_id       = "123456789012"
          aws_region       = "us-east-1"
          tags = { Platform = local.platform_name, "Platform-Region" = local.platform_region, Terraform = "true" }
        }
        """,
        "/repo/terraform/environments/prod/env.hcl": """
        locals {
          global_vars           = read_terragrunt_config(find_in_parent_folders("global.hcl"))
          environment           = "prod"
          platform_name         = local.global_vars.locals.platform_name
          platform_region       = local.global_vars.locals.platform_region
          environment_namespace = "${local.environment}-${local.platform_name}-${local.platform_region}"
          mysql_instance_class  = "db.t2.small"
        }
        """,
        module + "/terragrunt.hcl": "",
    ]

    static func context(environment: [String: String] = [:]) -> TerragruntContext {
        .files(files, terragruntDir: module, includeDir: root, environment: environment)
    }
}

@Suite struct TerragruntFunctionTests {
    @Test func findInParentFoldersWalksUp() throws {
        let context = FakeTree.context()
        #expect(try evaluate(#"find_in_parent_folders("env.hcl")"#, context: context) == "/repo/terraform/environments/prod/env.hcl")
        #expect(try evaluate("find_in_parent_folders()", context: context) == "/repo/terraform/terragrunt.hcl")
        #expect(try evaluate(#"find_in_parent_folders("nope.hcl", "none")"#, context: context) == "none")
        #expect(throws: HCLError.self) { try evaluate(#"find_in_parent_folders("nope.hcl")"#, context: context) }
    }

    @Test func readTerragruntConfigOfFoundFile() throws {
        let env = try evaluate(#"read_terragrunt_config(find_in_parent_folders("env.hcl"))"#, context: FakeTree.context())
        #expect(env["locals"]?["environment_namespace"] == "prod-yourschool-usa_east")
        #expect(env["locals"]?["mysql_instance_class"] == "db.t2.small")
    }

    @Test func mergeOfReadConfigs() throws {
        let text = """
        locals {
          global_vars = read_terragrunt_config(find_in_parent_folders("global.hcl"))
          env_vars    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
          merged      = merge(local.global_vars.locals, local.env_vars.locals)
        }
        """
        let evaluator = Evaluator(context: FakeTree.context())
        let locals = try evaluator.evaluateLocals(Parser.parse(text, file: "t.hcl").blocks[0].body.attributes)
        #expect(locals["merged"]?["account_id"] == "123456789012")
        #expect(locals["merged"]?["environment"] == "prod")
        #expect(locals["merged"]?["tags"]?["Platform-Region"] == "usa_east")
    }

    @Test func pathsAndEnvironment() throws {
        let context = FakeTree.context(environment: ["TG_BUCKET_PREFIX": "acme"])
        #expect(try evaluate("path_relative_to_include()", context: context) == "environments/prod/mysql")
        #expect(try evaluate("get_terragrunt_dir()", context: context) == .string(FakeTree.module))
        #expect(try evaluate("get_parent_terragrunt_dir()", context: context) == .string(FakeTree.root))
        #expect(try evaluate(#""${get_env("TG_BUCKET_PREFIX", "123")}-terraform-tfstate""#, context: context) == "acme-terraform-tfstate")
        #expect(try evaluate(#"get_env("MISSING", "d")"#, context: context) == "d")
        #expect(throws: HCLError.self) { try evaluate(#"get_env("MISSING")"#, context: context) }
        #expect(try evaluate("path_relative_to_include()") == ".")
    }

    @Test func readConfigErrorsAndLoops() throws {
        let loop = TerragruntContext.files(["/a/x.hcl": "inputs = read_terragrunt_config(\"x.hcl\")"], terragruntDir: "/a")
        #expect(throws: HCLError.self) { try evaluate(#"read_terragrunt_config("x.hcl")"#, context: loop) }
        #expect(try evaluate(#"read_terragrunt_config("missing.hcl", {})"#, context: loop) == .object([:]))
        let broken = TerragruntContext.files(["/a/b.hcl": "locals {\n  x = \n}"], terragruntDir: "/a")
        do {
            _ = try evaluate(#"read_terragrunt_config("b.hcl")"#, context: broken)
            Issue.record("expected a syntax error")
        } catch let error as HCLError {
            #expect(error.location == SourceLocation(file: "/a/b.hcl", line: 2, column: 7))
        }
    }

    @Test func pathArithmetic() {
        #expect(Paths.normalize("/a/./b/../c/") == "/a/c")
        #expect(Paths.join("/a/b", "../c") == "/a/c")
        #expect(Paths.relative(from: "/a/b", to: "/a/c/d") == "../c/d")
        #expect(Paths.directory(of: "/a") == "/")
    }
}
