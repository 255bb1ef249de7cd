import Foundation
import Testing

/// `account import-state` and `export-state` through the real executable: state files of
/// the default backend in Terraform's format import into a new account that plans No
/// changes and rehearses as the applied account does; the round trip; planted secrets.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct ImportStateTests {
    /// Each unit of the default backend's `prod`, as `export-state` writes it after
    /// `apply --continue-past-refusals` (re-recorded with EDXPLAN_RECORD=1).
    static let defaultBackend = Support.fixtures.appendingPathComponent("ImportStateTests/default-backend")
    static let planted = Support.fixtures.appendingPathComponent("ImportStateTests/planted-password")
    static let secret = "Planted-State-Password-9317"

    func folder(_ name: String) throws -> URL {
        let folder = try Support.scratch(name)
        try Support.copyCatalog(into: folder)
        return folder
    }

    @discardableResult
    func edxplan(_ arguments: [String], in folder: URL, status: Int32? = 0) throws -> CLI.Result {
        // No COLUMNS: lines are kept whole, so a table's rows can be compared.
        let result = try CLI.run(arguments, in: folder, environment: ["COLUMNS": nil])
        if let status { #expect(result.status == status, "\(arguments): \(result.stderr)") }
        return result
    }

    /// The total of a run-all plan: "No changes" and no drift note anywhere.
    func expectNoChanges(_ plan: String, _ what: Comment) {
        let total = plan.components(separatedBy: "── run-all total ──").last ?? ""
        #expect(total.contains("No changes. Your infrastructure matches the configuration."), what)
        #expect(!plan.contains("Objects have changed outside of Terraform"), what)
        #expect(!plan.contains("will be created") && !plan.contains("will be destroyed") && !plan.contains("must be replaced"), what)
    }

    /// The heading and rows of "What was lost", in the order printed.
    func dataLoss(_ rehearsal: String) -> [String] {
        let lines = rehearsal.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("What was lost:") }) else { return [] }
        return [lines[start]] + lines[(start + 1)...].prefix { $0.hasPrefix("  ") }
    }

    @Test func theDefaultBackendsStatesImportPlanNoChangesAndRehearseAsApplied() throws {
        let folder = try folder("import-default")
        defer { try? FileManager.default.removeItem(at: folder) }
        // What apply then rehearse gives, and the states that apply leaves.
        try edxplan(["apply", "--env", "prod", "--account", "applied.sqlite", "--continue-past-refusals"], in: folder, status: 1)
        if ProcessInfo.processInfo.environment["EDXPLAN_RECORD"] != nil {
            try edxplan(["account", "export-state", "--account", "applied.sqlite", "--output", "record"], in: folder)
            try? FileManager.default.removeItem(at: Self.defaultBackend)
            try FileManager.default.copyItem(at: folder.appendingPathComponent("record"), to: Self.defaultBackend)
        }
        let applied = try edxplan(["rehearse", "--env", "prod", "--account", "applied.sqlite"], in: folder, status: 1)

        try FileManager.default.copyItem(at: Self.defaultBackend, to: folder.appendingPathComponent("states"))
        let imported = try edxplan(["account", "import-state", "states", "--account", "imported.sqlite"], in: folder)
        #expect(imported.stdout.contains("prod/vpc: 36 objects from states/prod/vpc/terraform.tfstate (Terraform 1.9.8, serial 1)"))
        #expect(imported.stdout.contains("of 10 units into imported.sqlite"))
        #expect(!imported.stdout.contains("held, not simulated"), "every type of the default backend is modelled")
        let plan = try edxplan(["plan", "--env", "prod", "--account", "imported.sqlite"], in: folder, status: 1)
        expectNoChanges(plan.stdout, "plan of the default scenario against its imported state")
        let appliedPlan = try edxplan(["plan", "--env", "prod", "--account", "applied.sqlite"], in: folder, status: 1)
        #expect(plan.stdout == appliedPlan.stdout, "the same plan, refusals included, as against the applied account")

        let rehearsed = try edxplan(["rehearse", "--env", "prod", "--account", "imported.sqlite"], in: folder, status: 1)
        let table = dataLoss(rehearsed.stdout)
        #expect(table.count == 16, "the heading and 15 data stores: \(table)")
        // The same table, row for row in the same order: the order comes from the run order of
        // the units and the dependencies in state, not from when each store entered the account.
        #expect(table == dataLoss(applied.stdout), "imported:\n\(table.joined(separator: "\n"))\napplied:\n\(dataLoss(applied.stdout).joined(separator: "\n"))")
    }

    @Test func applyExportImportIsTheSameAccount() throws {
        let folder = try folder("import-roundtrip")
        defer { try? FileManager.default.removeItem(at: folder) }
        try edxplan(["apply", "--env", "prod", "--account", "a.sqlite", "--continue-past-refusals"], in: folder, status: 1)
        try edxplan(["account", "export-state", "--account", "a.sqlite", "--output", "first"], in: folder)
        try edxplan(["account", "import-state", "first", "--account", "b.sqlite"], in: folder)
        expectNoChanges(try edxplan(["plan", "--env", "prod", "--account", "b.sqlite"], in: folder, status: 1).stdout, "round trip")
        try edxplan(["account", "export-state", "--account", "b.sqlite", "--output", "second"], in: folder)
        let units = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("first/prod").path).sorted()
        #expect(units.count == 10)
        for unit in units {
            let path = "prod/\(unit)/terraform.tfstate"
            let first = try Data(contentsOf: folder.appendingPathComponent("first/" + path))
            let second = try Data(contentsOf: folder.appendingPathComponent("second/" + path))
            #expect(first == second, "\(path) is written again byte for byte")
        }
        // What exists besides state came along too: the load balancer Kubernetes made for ingress-nginx.
        let shown = try edxplan(["account", "show", "--account", "b.sqlite"], in: folder).stdout
        #expect(shown.contains("aws_elb") && shown.contains("made by kubernetes"))
    }

    @Test func aPasswordPlantedInAStateAppearsNowhere() throws {
        let folder = try folder("import-secret")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.defaultBackend, to: folder.appendingPathComponent("states"))
        let mysql = folder.appendingPathComponent("states/prod/mysql/terraform.tfstate")
        try FileManager.default.removeItem(at: mysql)
        try FileManager.default.copyItem(at: Self.planted.appendingPathComponent("prod/mysql/terraform.tfstate"), to: mysql)
        #expect(try String(contentsOf: mysql, encoding: .utf8).contains(Self.secret), "the fixture holds it in clear, as real state does")
        var outputs: [String] = []
        let imported = try edxplan(["account", "import-state", "states", "--account", "account.sqlite"], in: folder)
        #expect(imported.stdout.contains("4 secret values kept out of the account"), "\(imported.stdout)")
        outputs.append(imported.stdout + imported.stderr)
        let runs: [[String]] = [
            ["plan", "--env", "prod"], ["plan", "--env", "prod", "--format", "json"], ["plan", "--env", "prod", "--destroy"],
            ["account", "show"], ["account", "show", "--format", "json"], ["account", "events"],
            ["account", "export-state", "--output", "exported"],
            ["rehearse", "--env", "prod"], ["rehearse", "--env", "prod", "--format", "json"],
            ["apply", "--env", "prod", "--continue-past-refusals"], ["account", "events"],
        ]
        for run in runs {
            let result = try edxplan(run + ["--account", "account.sqlite"], in: folder, status: nil)
            #expect(result.status <= 1, "\(run): \(result.stderr)")
            outputs.append(result.stdout + result.stderr)
        }
        for output in outputs { #expect(!output.contains(Self.secret)) }
        // The account keeps "(sensitive value)" in its place, in every file SQLite wrote.
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix("account.sqlite") {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(bytes.range(of: Data(Self.secret.utf8)) == nil, "\(file) holds the secret")
        }
        let exported = try String(contentsOf: folder.appendingPathComponent("exported/prod/mysql/terraform.tfstate"), encoding: .utf8)
        #expect(exported.contains("\"password\": \"(sensitive value)\""))
        #expect(!exported.contains(Self.secret))
    }

    @Test func refusedStatesWriteNothing() throws {
        let folder = try folder("import-refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, String, String)] = [
            ("old.tfstate", "{\n    \"version\": 3,\n    \"modules\": []\n}\n", "old.tfstate:2:16: error: state format version 3"),
            ("plan.tfstate", "{\"format_version\":\"1.2\",\"resource_changes\":[]}", "plan.tfstate:1:2: error: this is `terraform show -json` output"),
            ("broken.tfstate", "{\n  \"version\": 4,\n  \"resources\": [\n    {\"mode\": \"managed\"\n     \"type\": \"aws_vpc\"}\n", "broken.tfstate:5:6: error: expected ',' or '}'"),
        ]
        for (name, text, first) in cases {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
            // With a good state beside it: nothing of either is written.
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("good/prod/vpc"), withIntermediateDirectories: true)
            try? FileManager.default.copyItem(at: Self.defaultBackend.appendingPathComponent("prod/vpc/terraform.tfstate"),
                                              to: folder.appendingPathComponent("good/prod/vpc/terraform.tfstate"))
            let result = try edxplan(["account", "import-state", "good", name, "--env", "prod", "--account", "new.sqlite"], in: folder, status: 2)
            #expect(result.stderr.hasPrefix(first), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.sqlite").path), "no account made")
            // The folders a new account would have gone into are not left behind either.
            try edxplan(["account", "import-state", "good", name, "--env", "prod", "--account", "made/here/new.sqlite"], in: folder, status: 2)
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("made").path), "no folder made")
        }
        // An existing account is left byte for byte as it was.
        try edxplan(["account", "import-state", "good", "--account", "kept.sqlite"], in: folder)
        let before = try Data(contentsOf: folder.appendingPathComponent("kept.sqlite"))
        try edxplan(["account", "import-state", "good", "broken.tfstate", "--env", "prod", "--account", "kept.sqlite"], in: folder, status: 2)
        #expect(try Data(contentsOf: folder.appendingPathComponent("kept.sqlite")) == before)
    }

    /// `cost --account` prices what the account holds through the one cost engine: an
    /// imported account costs what the applied one does, and a type edxplan cannot price is
    /// listed, not dropped.
    @Test func costOfAnAccountPricesWhatExists() throws {
        let folder = try folder("import-cost")
        defer { try? FileManager.default.removeItem(at: folder) }
        try edxplan(["apply", "--env", "prod", "--account", "applied.sqlite", "--continue-past-refusals"], in: folder, status: 1)
        try FileManager.default.copyItem(at: Self.defaultBackend, to: folder.appendingPathComponent("states"))
        let held = """
            {"version": 4, "terraform_version": "1.9.5", "serial": 1, "lineage": "x", "outputs": {}, "resources": [
             {"mode": "managed", "type": "aws_sns_topic", "name": "alarms", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
              "instances": [{"schema_version": 0, "attributes": {"id": "arn:aws:sns:us-east-1:123456789012:alarms",
                "arn": "arn:aws:sns:us-east-1:123456789012:alarms", "name": "alarms"}}]}]}
            """
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("states/prod/alarms"), withIntermediateDirectories: true)
        try Data(held.utf8).write(to: folder.appendingPathComponent("states/prod/alarms/terraform.tfstate"))
        let imported = try edxplan(["account", "import-state", "states", "--account", "imported.sqlite"], in: folder)
        #expect(imported.stdout.contains("held, not simulated: aws_sns_topic.alarms"))
        func total(_ text: String) -> String? { text.components(separatedBy: "\n").first { $0.hasPrefix("TOTAL for prod") } }
        let applied = try edxplan(["cost", "--env", "prod", "--account", "applied.sqlite"], in: folder).stdout
        let existing = try edxplan(["cost", "--env", "prod", "--account", "imported.sqlite"], in: folder).stdout
        #expect(total(applied) != nil && total(applied) == total(existing), "\(existing)")
        #expect(existing.contains("aws_sns_topic.alarms"), "the held type is listed as not priced")
        #expect(existing.contains("module.db.module.db_instance.aws_db_instance.this[0] [mysql]"), "per unit and resource")
        // The scenario's own resources include what no state holds (Tutor's volumes and load balancer): not priced here.
        let scenario = try edxplan(["cost", "--env", "prod"], in: folder).stdout
        #expect(total(scenario) != total(existing))
    }

    /// What really exists differs from the scenario: the plan says how, as `terraform plan` would.
    @Test func planAgainstImportedStateShowsReplacementsUpdatesAndDestroys() throws {
        let folder = try folder("import-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.defaultBackend, to: folder.appendingPathComponent("states"))
        func edit(_ unit: String, _ from: String, _ to: String) throws {
            let file = folder.appendingPathComponent("states/prod/\(unit)/terraform.tfstate")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(from), "\(unit) holds \(from)")
            try text.replacingOccurrences(of: from, with: to).write(to: file, atomically: true, encoding: .utf8)
        }
        // The nodes run another type (replacement), the database another class (in place), and one
        // more log group is in state that the scenario does not make (destroy).
        try edit("kubernetes", "\"t3.large\"", "\"t3.xlarge\"")
        try edit("mysql", "\"instance_class\": \"db.t2.small\"", "\"instance_class\": \"db.t3.medium\"")
        try edit("kubernetes", "\"resources\": [", """
            "resources": [
                {"mode": "managed", "type": "aws_cloudwatch_log_group", "name": "extra", "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
                 "instances": [{"schema_version": 0, "attributes": {"id": "/aws/extra", "arn": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/extra", "name": "/aws/extra"}}]},
            """)
        try edit("redis", "\"schema_version\": 0,\n          \"attributes\": {\n            \"arn\": \"arn:aws:elasticache:us-east-1:123456789012:replicationgroup", "\"status\": \"tainted\",\n          \"schema_version\": 0,\n          \"attributes\": {\n            \"arn\": \"arn:aws:elasticache:us-east-1:123456789012:replicationgroup")
        let imported = try edxplan(["account", "import-state", "states", "--account", "a.sqlite"], in: folder)
        #expect(imported.stdout.contains("1 tainted: the next apply replaces them"))
        let plan = try edxplan(["plan", "--env", "prod", "--account", "a.sqlite"], in: folder, status: 1).stdout
        #expect(plan.contains("module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0] must be replaced"), "\(plan)")
        #expect(plan.contains("instance_types") && plan.contains("# forces replacement"))
        #expect(plan.contains("module.db.module.db_instance.aws_db_instance.this[0] will be updated in-place"))
        #expect(plan.contains("aws_cloudwatch_log_group.extra will be destroyed"))
        #expect(plan.contains("module.redis.aws_elasticache_replication_group.this is tainted, so must be replaced"))
    }
}
