import Foundation

extension BadInputTable {
    /// Terraform state files given to `account import-state` (and an account with no state
    /// to export): refused with the file and line:column, no account made or changed.
    static var states: [BadInputCase] {
        func state(_ name: String, _ text: String, _ firstLine: String, contains: [String] = [],
                   extra: [String] = []) -> BadInputCase {
            BadInputCase(name: name, arguments: ["account", "import-state", "unit.tfstate", "--env", "prod", "--account", "a.sqlite"] + extra,
                         files: ["unit.tfstate": Data(text.utf8)], firstLine: firstLine, contains: contains)
        }
        let resource = #"{"mode": "managed", "type": "aws_vpc", "name": "this", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]""#
        return [
            state("a format-3 state (Terraform 0.11)", "{\n    \"version\": 3,\n    \"terraform_version\": \"0.11.14\",\n    \"modules\": []\n}\n",
                  "unit.tfstate:2:16: error: state format version 3 was written by Terraform 0.11 or older",
                  contains: ["terraform apply -refresh-only"]),
            state("a format-1 state with modules only", "{\"modules\": [{\"path\": [\"root\"]}]}",
                  "unit.tfstate:1:2: error: state format version 3 or older"),
            state("a plan given as a state", "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.5\", \"resource_changes\": []}",
                  "unit.tfstate:1:2: error: this is `terraform show -json` output", contains: ["edxplan cost --plan-json"]),
            state("a state cut short", "{\n  \"version\": 4,\n  \"resources\": [\n    \(resource)",
                  "unit.tfstate:4:", contains: ["not valid JSON"]),
            state("a state with a trailing comma", "{\"version\": 4, \"resources\": [],}",
                  "unit.tfstate:1:32: error: expected a member name in quotes, found '}'"),
            state("a state that is not JSON", "version = 4\n", "unit.tfstate:1:1: error: expected a JSON object (a Terraform state), found 'v'"),
            state("an empty state file", "", "unit.tfstate:1:1: error: the file is empty, not a Terraform state"),
            state("a state of a newer format", "{\"version\": 5}", "unit.tfstate:1:13: error: state format version 5 is newer"),
            state("a state without a version", "{\"serial\": 1, \"resources\": []}", "unit.tfstate:1:1: error: no \"version\""),
            state("a resource of an unknown mode", "{\"version\": 4, \"resources\": [\(resource.replacingOccurrences(of: "managed", with: "ephemeral")), \"instances\": []}]}",
                  "unit.tfstate:1:30: error: resource aws_vpc.this has mode \"ephemeral\""),
            state("an instance of an unknown status", "{\"version\": 4, \"resources\": [\(resource), \"instances\": [{\"status\": \"broken\", \"attributes\": {}}]}]}",
                  "unit.tfstate:1:30: error: instance aws_vpc.this has the invalid status \"broken\""),
            state("a string with a raw newline", "{\"version\": 4, \"lineage\": \"a\nb\"}",
                  "unit.tfstate:1:29: error: a control character must be escaped in a string"),
            state("an instance twice in one state",
                  "{\"version\": 4, \"resources\": [\(resource), \"instances\": [{\"attributes\": {\"id\": \"vpc-1\"}}]}, \(resource), \"instances\": [{\"attributes\": {\"id\": \"vpc-2\"}}]}]}",
                  "error: unit.tfstate: instance aws_vpc.this appears more than once in the state file"),
            BadInputCase(name: "a state that is not UTF-8",
                         arguments: ["account", "import-state", "unit.tfstate", "--env", "prod", "--account", "a.sqlite"],
                         files: ["unit.tfstate": Data("{\"version\": 4, \"lineage\": \"caf".utf8) + Data([0xE9]) + Data("\"}".utf8)],
                         firstLine: "unit.tfstate:1:31: error: the file is not UTF-8 here"),
            BadInputCase(name: "import-state of a missing file",
                         arguments: ["account", "import-state", "nope.tfstate", "--env", "prod", "--account", "a.sqlite"],
                         firstLine: "error: nope.tfstate does not exist"),
            BadInputCase(name: "import-state of a folder without states",
                         arguments: ["account", "import-state", "empty", "--account", "a.sqlite"], files: ["empty/README": Data("x".utf8)],
                         firstLine: "error: empty holds no state file"),
            BadInputCase(name: "import-state of a state in a folder that is no environment",
                         arguments: ["account", "import-state", "states", "--account", "a.sqlite"],
                         files: ["states/staging/vpc/terraform.tfstate": Data("{\"version\": 4}".utf8)],
                         firstLine: "error: states/staging/vpc/terraform.tfstate is in folder 'staging', which is not an environment"),
            BadInputCase(name: "import-state without a path", arguments: ["account", "import-state", "--account", "a.sqlite"],
                         firstLine: "error: no state file or folder given"),
            BadInputCase(name: "export-state of a missing account", arguments: ["account", "export-state", "--account", "none.sqlite"],
                         firstLine: "error: ", contains: ["none.sqlite"]),
        ]
    }
}
