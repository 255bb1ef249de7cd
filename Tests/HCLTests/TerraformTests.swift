import Diagnostics
@testable import HCL
import Testing

@Suite struct TerraformTests {
    static let module = """
    variable "mysql_instance_class" {
      type    = string
      default = "db.t2.small"
    }
    variable "allocated_storage" {
      default = 10
    }
    variable "environment_namespace" {
      type = string
    }

    module "db" {
      source  = "terraform-aws-modules/rds/aws"
      version = "~> 4.2.0"

      identifier             = var.environment_namespace
      instance_class         = var.mysql_instance_class
      allocated_storage      = var.allocated_storage
      vpc_security_group_ids = [aws_security_group.mysql.id]
      skip_final_snapshot    = true
      deletion_protection    = false
      db_subnet_group_name   = aws_db_subnet_group.mysql_subnet_group.name
    }
    """

    @Test func variableDefaultsWithPositions() throws {
        let body = try Parser.parse(Self.module, file: "variables.tf")
        let defaults = body.variableDefaults()
        #expect(defaults.map(\.name) == ["mysql_instance_class", "allocated_storage", "environment_namespace"])
        #expect(defaults.map(\.value) == ["db.t2.small", 10, nil])
        #expect(defaults[0].location == SourceLocation(file: "variables.tf", line: 3, column: 13))
    }

    @Test func resourceReferencesAreUnknownWhenAllowed() throws {
        let body = try Parser.parse(Self.module, file: "main.tf")
        let variables = Dictionary(body.variableDefaults().map { ($0.name, $0.value ?? .unknown) }, uniquingKeysWith: { a, _ in a })
        let evaluator = Evaluator(variables: ["var": .object(variables)])
        evaluator.undefinedNamesAreUnknown = true
        let db = try #require(body.blocks("module").first)
        let values = try Dictionary(uniqueKeysWithValues: db.body.attributes.map { ($0.name, try evaluator.evaluate($0.value)) })
        #expect(values["instance_class"] == "db.t2.small")
        #expect(values["identifier"] == .unknown)
        #expect(values["vpc_security_group_ids"] == [.unknown])
        #expect(values["skip_final_snapshot"] == true)
        #expect(evaluator.diagnostics.map(\.message) == ["'aws_security_group' is only known after apply; treated as unknown",
                                                          "'aws_db_subnet_group' is only known after apply; treated as unknown"])
        // Strict by default: a misspelt name is an error.
        #expect(throws: HCLError.self) { try Evaluator().evaluate(db.body.attribute("db_subnet_group_name")?.value ?? Expr(.literal(.null), db.location)) }
    }
}
