import GRDB
import Foundation

extension BadInputTable {
    static let good = Data("name: good\nenvironments:\n  prod:\n    modules: [vpc, kubernetes, mysql]\n".utf8)
    /// With the load `size` needs.
    static let sized = Data("name: sized\nenvironments:\n  prod:\n    modules: [vpc, kubernetes, mysql]\n    load: { registered_learners: 5000, peak_concurrent_users: 250 }\n".utf8)

    /// Flags and arguments.
    static let flags: [BadInputCase] = [
        BadInputCase(name: "unknown option", arguments: ["cost", "--bogus"], firstLine: "error: Unknown option '--bogus'"),
        BadInputCase(name: "unknown command", arguments: ["frobnicate"], firstLine: "error: Unexpected argument 'frobnicate'"),
        BadInputCase(name: "unknown cost format", arguments: ["cost", "g.yaml", "--format", "pdf"], files: ["g.yaml": good],
                     firstLine: "error: The value 'pdf' is invalid for '--format <format>'"),
        BadInputCase(name: "unknown environment", arguments: ["cost", "g.yaml", "--env", "prdo"], files: ["g.yaml": good],
                     firstLine: "error: the scenario has no environment 'prdo'"),
        BadInputCase(name: "plan of an unknown environment", arguments: ["plan", "g.yaml", "--env", "nope", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: the scenario has no environment 'nope'"),
        BadInputCase(name: "plan of an unknown unit", arguments: ["plan", "g.yaml", "--env", "prod", "--unit", "nope", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: prod has no unit 'nope'"),
        BadInputCase(name: "apply of an unknown unit", arguments: ["apply", "g.yaml", "--env", "prod", "--unit", "nope", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: prod has no unit 'nope'"),
        BadInputCase(name: "destroy of an unknown unit", arguments: ["destroy", "g.yaml", "--env", "prod", "--unit", "nope", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: prod has no unit 'nope'"),
        BadInputCase(name: "apply --pace past a minute", arguments: ["apply", "g.yaml", "--pace", "90000", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: --pace is 90000"),
        BadInputCase(name: "apply --seed not a number", arguments: ["apply", "g.yaml", "--seed", "abc"], files: ["g.yaml": good],
                     firstLine: "error: The value 'abc' is invalid for '--seed <seed>'"),
        BadInputCase(name: "a scenario and --terragrunt", arguments: ["plan", "g.yaml", "--terragrunt", "tree", "--account", "u.sqlite"],
                     files: ["g.yaml": good], firstLine: "error: a scenario file and --terragrunt were both given"),
        BadInputCase(name: "rehearse --faults 1.5", arguments: ["rehearse", "g.yaml", "--faults", "1.5"], files: ["g.yaml": good],
                     firstLine: "error: --faults is 1.5"),
        BadInputCase(name: "rehearse --runs 0", arguments: ["rehearse", "g.yaml", "--runs", "0"], files: ["g.yaml": good],
                     firstLine: "error: --runs is 0"),
        BadInputCase(name: "size --learners negative", arguments: ["size", "g.yaml", "--learners", "-5"], files: ["g.yaml": sized],
                     firstLine: "error: ", contains: ["--learners"]),
        BadInputCase(name: "size --set unknown assumption", arguments: ["size", "g.yaml", "--set", "bogus=1"], files: ["g.yaml": sized],
                     firstLine: "error: ", contains: ["bogus"]),
        BadInputCase(name: "diff with one scenario", arguments: ["diff", "g.yaml"], files: ["g.yaml": good],
                     firstLine: "error: diff compares two scenarios"),
        BadInputCase(name: "diff of a missing scenario", arguments: ["diff", "g.yaml", "nope.yaml"], files: ["g.yaml": good],
                     firstLine: "error: no scenario file at nope.yaml"),
        BadInputCase(name: "catalog price of an unknown type", arguments: ["catalog", "price", "--service", "ec2", "--type", "t3.lareg"],
                     firstLine: "error: ", contains: ["t3.large"]),
        BadInputCase(name: "catalog price of an unknown service", arguments: ["catalog", "price", "--service", "lambda", "--type", "x"],
                     firstLine: "error: The value 'lambda' is invalid"),
        BadInputCase(name: "catalog instance unknown", arguments: ["catalog", "instance", "t3.lareg"], firstLine: "error: ",
                     contains: ["t3.large"]),
        BadInputCase(name: "import without a path", arguments: ["import", "terragrunt"], firstLine: "error: Missing expected argument '<path>'"),
        BadInputCase(name: "report of a broken scenario", arguments: ["report", "s.yaml"],
                     files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    vpc: { cidr: banana }\n".utf8)],
                     firstLine: "s.yaml:4:18: error: 'environments.prod.vpc.cidr' is 'banana'"),
        BadInputCase(name: "size of a broken scenario", arguments: ["size", "s.yaml", "--write-scenario", "w.yaml"],
                     files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    kubernetes: { version: abc }\n".utf8)],
                     firstLine: "s.yaml:4:28: error: 'environments.prod.kubernetes.version' cannot be 'abc'"),
    ]

    /// Output paths that cannot be written: a clear message, no temporary file left.
    static let outputs: [BadInputCase] = [
        BadInputCase(name: "cost --output a folder", arguments: ["cost", "g.yaml", "--output", "folder"],
                     files: ["g.yaml": good, "folder/keep": Data()], firstLine: "error: cannot write ", contains: ["it is a folder"]),
        BadInputCase(name: "cost --output /proc/version", arguments: ["cost", "g.yaml", "--output", "/proc/version"], files: ["g.yaml": good],
                     firstLine: "error: cannot write /proc/version: "),
        BadInputCase(name: "cost --output through a file", arguments: ["cost", "g.yaml", "--output", "g.yaml/out.txt"], files: ["g.yaml": good],
                     firstLine: "error: cannot write ", contains: ["is a file, not a folder"]),
        BadInputCase(name: "cost --output in a folder that cannot be made", arguments: ["cost", "g.yaml", "--output", "/proc/edxplan/out.txt"],
                     files: ["g.yaml": good], firstLine: "error: cannot write /proc/edxplan/out.txt: cannot create the folder /proc/edxplan"),
        BadInputCase(name: "import --output a folder", arguments: ["import", "terragrunt", "tree", "--output", "folder"],
                     files: ["folder/keep": Data()], tree: [], firstLine: "error: cannot write ", contains: ["it is a folder"]),
        BadInputCase(name: "size --write-scenario a folder", arguments: ["size", "g.yaml", "--write-scenario", "folder"],
                     files: ["g.yaml": sized, "folder/keep": Data()], firstLine: "error: cannot write ", contains: ["it is a folder"]),
        BadInputCase(name: "size --write-scenario /proc/version", arguments: ["size", "g.yaml", "--write-scenario", "/proc/version"],
                     files: ["g.yaml": sized], firstLine: "error: cannot write /proc/version: "),
    ]

    /// A SQLite database that is not an edxplan account (another tool's, with its own table), made
    /// here rather than kept in the repository.
    static func foreignSQLite() -> Data {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('not an account')") }
            try queue.close()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            fatalError("cannot make the foreign SQLite fixture: \(error)")
        }
    }

    /// Account files: never made by a refusal, never changed when refused.
    static var accounts: [BadInputCase] {
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        let foreign = foreignSQLite()
        let apply = ["apply", "g.yaml", "--env", "prod", "--unit", "vpc", "--account", "a.sqlite"]
        return [
            BadInputCase(name: "account show of a missing account", arguments: ["account", "show", "--account", "u.sqlite"],
                         firstLine: "error: no account file at ", contains: ["u.sqlite"]),
            BadInputCase(name: "account unlock of a missing account", arguments: ["account", "unlock", "--account", "u.sqlite"],
                         firstLine: "error: no account file at "),
            BadInputCase(name: "account events of a missing account", arguments: ["account", "events", "--account", "u.sqlite"],
                         firstLine: "error: no account file at "),
            BadInputCase(name: "account reset of a missing account", arguments: ["account", "reset", "--account", "u.sqlite"],
                         firstLine: "error: no account file at "),
            BadInputCase(name: "account show of the default account of a scenario", arguments: ["account", "show", "g.yaml"],
                         files: ["g.yaml": good], firstLine: "error: no account file at ", contains: [".edxplan/accounts/good.sqlite"]),
            BadInputCase(name: "account show of a folder", arguments: ["account", "show", "--account", "folder"],
                         files: ["folder/keep": Data()], firstLine: "error: cannot read the account file ", contains: ["it is a folder"]),
            BadInputCase(name: "account tinker --delete on a new path",
                         arguments: ["account", "tinker", "g.yaml", "--env", "prod", "--delete", "module.vpc.aws_vpc.this[0]", "--account", "u.sqlite"],
                         files: ["g.yaml": good], firstLine: "error: nothing of prod is in the account yet"),
            BadInputCase(name: "plan on a garbage account", arguments: ["plan", "g.yaml", "--env", "prod", "--account", "garbage.sqlite"],
                         files: ["g.yaml": good, "garbage.sqlite": garbage], firstLine: "error: cannot read the account file ",
                         contains: ["file is not a database"]),
            BadInputCase(name: "apply on a garbage account", arguments: ["apply", "g.yaml", "--env", "prod", "--account", "garbage.sqlite"],
                         files: ["g.yaml": good, "garbage.sqlite": garbage], firstLine: "error: cannot read the account file "),
            BadInputCase(name: "plan on a foreign SQLite file", arguments: ["plan", "g.yaml", "--env", "prod", "--account", "foreign.sqlite"],
                         files: ["g.yaml": good, "foreign.sqlite": foreign], firstLine: "error: ",
                         contains: ["foreign.sqlite is a SQLite file but not an edxplan account"]),
            BadInputCase(name: "apply on a foreign SQLite file", arguments: ["apply", "g.yaml", "--env", "prod", "--account", "foreign.sqlite"],
                         files: ["g.yaml": good, "foreign.sqlite": foreign], firstLine: "error: ",
                         contains: ["is a SQLite file but not an edxplan account"]),
            BadInputCase(name: "account show of the catalog", arguments: ["account", "show", "--account", "Catalog/catalog.sqlite"],
                         firstLine: "error: ", contains: ["catalog.sqlite is a SQLite file but not an edxplan account"]),
            BadInputCase(name: "apply --account under a file", arguments: ["apply", "g.yaml", "--env", "prod", "--account", "g.yaml/a.sqlite"],
                         files: ["g.yaml": good], firstLine: "error: cannot read the account file "),
            BadInputCase(name: "apply of a broken scenario into a new folder", arguments: ["apply", "s.yaml", "--account", "new/folder/a.sqlite"],
                         files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    vpc: { cidr: 10.0.0.0/99 }\n".utf8)],
                         firstLine: "s.yaml:4:18: error: "),
            BadInputCase(name: "unlock an unknown lock ID", arguments: ["account", "unlock", "--account", "a.sqlite", "--lock-id", "nope"],
                         files: ["g.yaml": good], setup: [apply], firstLine: "error: no lock with ID nope in the account"),
            BadInputCase(name: "tinker an address not in state", arguments: ["account", "tinker", "g.yaml", "--env", "prod", "--account", "a.sqlite",
                                                                            "--delete", "module.vpc.aws_vpc.thsi[0]"],
                         files: ["g.yaml": good], setup: [apply], firstLine: "error: no resource module.vpc.aws_vpc.thsi[0]",
                         contains: ["did you mean"]),
            BadInputCase(name: "plan of an unknown unit on an existing account",
                         arguments: ["plan", "g.yaml", "--env", "prod", "--unit", "nope", "--account", "a.sqlite"],
                         files: ["g.yaml": good], setup: [apply], firstLine: "error: prod has no unit 'nope'"),
        ]
    }

    /// Catalog files and catalog imports.
    static var catalogs: [BadInputCase] {
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        return [
            BadInputCase(name: "--catalog garbage", arguments: ["cost", "g.yaml", "--catalog", "garbage.sqlite"],
                         files: ["g.yaml": good, "garbage.sqlite": garbage], firstLine: "error: ", contains: ["garbage.sqlite"]),
            BadInputCase(name: "--catalog a folder", arguments: ["cost", "g.yaml", "--catalog", "folder"],
                         files: ["g.yaml": good, "folder/keep": Data()], firstLine: "error: ", contains: ["folder"]),
            BadInputCase(name: "catalog import of a missing file", arguments: ["catalog", "import", "aws-price-list", "nope.json"],
                         firstLine: "error: ", contains: ["nope.json"]),
            BadInputCase(name: "catalog import of an unknown kind", arguments: ["catalog", "import", "azure", "x.json"],
                         firstLine: "error: The value 'azure' is invalid"),
            BadInputCase(name: "catalog import of an empty object", arguments: ["catalog", "import", "aws-price-list", "offer.json"],
                         files: ["offer.json": Data("{}".utf8)], firstLine: "",
                         contains: ["offer.json:1:1: error: not an AWS Price List offer file"]),
            BadInputCase(name: "catalog import of instance types that are not JSON", arguments: ["catalog", "import", "instance-types", "d.json"],
                         files: ["d.json": Data("not json".utf8)], firstLine: "error: ", contains: ["d.json"]),
        ]
    }

    /// Environment variables.
    static var environment: [BadInputCase] {
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        return [
            BadInputCase(name: "EDXPLAN_CATALOG garbage", arguments: ["cost", "g.yaml"], files: ["g.yaml": good, "garbage.sqlite": garbage],
                         environment: ["EDXPLAN_CATALOG": "garbage.sqlite"], firstLine: "error: ", contains: ["garbage.sqlite"]),
            BadInputCase(name: "YAMS_DEFAULT_ENCODING set", arguments: ["cost", "s.yaml"],
                         files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    vpc: { cidr: banana }\n".utf8)],
                         environment: ["YAMS_DEFAULT_ENCODING": "UTF16"], firstLine: "s.yaml:4:18: error: "),
            BadInputCase(name: "COLUMNS not a number", arguments: ["cost", "s.yaml"],
                         files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    vpc: { cidr: banana }\n".utf8)],
                         environment: ["COLUMNS": "wide"], firstLine: "s.yaml:4:18: error: "),
        ]
    }

    /// Terragrunt trees (`import terragrunt`, `plan --terragrunt`).
    static let trees: [BadInputCase] = [
        BadInputCase(name: "import of a missing tree", arguments: ["import", "terragrunt", "nowhere"], firstLine: "error: nowhere is not a folder"),
        BadInputCase(name: "import of a file", arguments: ["import", "terragrunt", "g.yaml"], files: ["g.yaml": good],
                     firstLine: "error: g.yaml is not a folder"),
        BadInputCase(name: "import of 2,001 units", arguments: ["import", "terragrunt", "big"],
                     files: Dictionary(uniqueKeysWithValues: (0...2000).map {
                         ("big/terraform/environments/prod/u\($0)/terragrunt.hcl", Data("terraform {\n  source = \"../../../modules/u\"\n}\n".utf8))
                     }), firstLine: "error: big holds 2001 terragrunt.hcl units; edxplan reads at most 2000"),
        BadInputCase(name: "import of a folder without units", arguments: ["import", "terragrunt", "empty"], files: ["empty/README": Data()],
                     firstLine: "error: no terragrunt.hcl unit found under empty"),
        .tree("a dependency cycle", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
              with: "dependencies {\n  paths = [\"../cloudfront\"]\n}\n\nterraform {\n",
              "tree/terraform/environments/prod/cloudfront/terragrunt.hcl:", contains: ["cycle: cloudfront -> vpc -> cloudfront"]),
        .tree("plan --terragrunt of a cycle", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
              with: "dependencies {\n  paths = [\"../cloudfront\"]\n}\n\nterraform {\n",
              "tree/terraform/environments/prod/cloudfront/terragrunt.hcl:", contains: ["cycle"],
              command: ["plan", "--terragrunt", "tree", "--env", "prod", "--account", "u.sqlite"]),
        .tree("a misspelled instance type", "terraform/environments/prod/env.hcl", replacing: "\"t3.large\"", with: "\"t3.lareg\"",
              "tree/terraform/environments/prod/env.hcl:17:36: error: unknown EC2 instance type 't3.lareg'", contains: ["did you mean 't3.large'"]),
        .tree("a dependency on a missing unit", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
              with: "dependency \"nope\" {\n  config_path = \"../nope\"\n}\n\nterraform {\n",
              "tree/terraform/environments/prod/vpc/terragrunt.hcl:", contains: ["which has no terragrunt.hcl"]),
        .tree("an unclosed block", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n", with: "terraform {\n  x = {\n",
              "tree/terraform/environments/prod/vpc/terragrunt.hcl:"),
        .tree("nesting 100 deep", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
              with: "locals {\n  deep = " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n}\n\nterraform {\n",
              "tree/terraform/environments/prod/vpc/terragrunt.hcl:", contains: ["nested more than 64 deep"]),
        BadInputCase(name: "a non-UTF-8 byte in a unit", arguments: ["import", "terragrunt", "tree"],
                     tree: [.init(file: "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
                                  with: Data("locals {\n  a = \"caf".utf8) + [0xE9] + Data("\"\n}\n\nterraform {\n".utf8))],
                     firstLine: "tree/terraform/environments/prod/vpc/terragrunt.hcl:", contains: ["Invalid UTF-8"]),
        BadInputCase(name: "a non-UTF-8 byte in env.hcl", arguments: ["import", "terragrunt", "tree"],
                     tree: [.init(file: "terraform/environments/prod/env.hcl", replacing: "\"t3.large\"",
                                  with: Data("\"t3.".utf8) + [0xFF] + Data("large\"".utf8))],
                     firstLine: "tree/terraform/environments/prod/env.hcl:17:", contains: ["Invalid UTF-8"]),
        .tree("a VPC block that is not a CIDR", "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "192.168.0.0/20", with: "192.168.0.0/99",
              "tree/terraform/environments/prod/vpc/terragrunt.hcl:", contains: ["192.168.0.0/99"]),
    ]
}
