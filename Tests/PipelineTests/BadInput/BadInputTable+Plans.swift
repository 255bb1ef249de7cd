import Foundation

extension BadInputTable {
    static func plan(_ name: String, _ json: String, _ firstLine: String, contains: [String] = [],
                     command: [String] = ["cost", "--plan-json", "p.json", "--output", "out.txt"]) -> BadInputCase {
        BadInputCase(name: name, arguments: command, files: ["p.json": Data(json.utf8)], firstLine: firstLine, contains: contains)
    }

    /// `cost --plan-json` and `report --plan-json` on files that are not plans edxplan reads.
    static let plans: [BadInputCase] = [
        plan("plan JSON missing a comma", "{\n  \"format_version\": \"1.2\"\n  \"resource_changes\": []\n}\n",
             "p.json:3:3: error: p.json is not valid JSON: unexpected '\"', expecting ',' or '}'"),
        plan("plan JSON cut short", "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_",
             "p.json:1:60: error: p.json is not valid JSON: the JSON ends inside a string"),
        plan("a state file given as a plan", "{\n  \"version\": 4,\n  \"terraform_version\": \"1.9.5\",\n  \"serial\": 1,\n  \"lineage\": \"x\",\n  \"resources\": []\n}\n",
             "p.json:2:14: error: p.json is a Terraform state file (format version 4), not a plan", contains: ["import-state"]),
        plan("a state shown as JSON given as a plan", "{\"format_version\": \"1.0\", \"values\": {\"root_module\": {}}}",
             "p.json:1:1: error: p.json is a state shown as JSON"),
        plan("plan format 2.0", "{\n  \"format_version\": \"2.0\",\n  \"resource_changes\": []\n}\n",
             "p.json:2:21: error: plan format_version \"2.0\" is not supported"),
        plan("an errored plan", "{\"format_version\": \"1.2\", \"resource_changes\": [],\n \"errored\": true}",
             "p.json:2:13: error: the plan in p.json errored"),
        plan("a plan with an unknown action", "{\"format_version\": \"1.2\", \"resource_changes\": [\n {\"address\": \"aws_vpc.a\", \"type\": \"aws_vpc\", \"name\": \"a\", \"change\": {\"actions\": [\"remove\"]}}]}",
             "p.json:2:2: error: aws_vpc.a has the actions \"remove\""),
        plan("a JSON list given as a plan", "[]", "p.json:1:1: error: p.json is not a Terraform plan: it is not a JSON object"),
        plan("an empty plan file", "", "p.json:1:1: error: p.json is empty"),
        BadInputCase(name: "a UTF-16 plan cut short", arguments: ["cost", "--plan-json", "p.json"],
                     files: ["p.json": Data([0xFF, 0xFE]) + "{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": [".data(using: .utf16LittleEndian)!],
                     firstLine: "p.json:3:24: error: p.json is not valid JSON: the JSON ends early"),
        BadInputCase(name: "a plan file that is not there", arguments: ["cost", "--plan-json", "nope.json"],
                     firstLine: "error: no plan file at nope.json", contains: ["terraform show -json"]),
        BadInputCase(name: "a folder as the plan file", arguments: ["cost", "--plan-json", "folder"], files: ["folder/keep": Data()],
                     firstLine: "error: cannot read folder: it is a folder"),
        BadInputCase(name: "a scenario and --plan-json", arguments: ["cost", "g.yaml", "--plan-json", "p.json"],
                     files: ["g.yaml": good, "p.json": Data("{\"format_version\": \"1.2\"}".utf8)],
                     firstLine: "error: a scenario file and --plan-json were both given"),
        BadInputCase(name: "--region without --plan-json", arguments: ["cost", "g.yaml", "--region", "eu-west-1"], files: ["g.yaml": good],
                     firstLine: "error: --region is for pricing a plan (--plan-json)"),
        BadInputCase(name: "--region the catalog does not price", arguments: ["cost", "--plan-json", "p.json", "--region", "mars-east-1"],
                     files: ["p.json": Data("{\"format_version\": \"1.2\", \"resource_changes\": []}".utf8)],
                     firstLine: "error: --region mars-east-1 is not a region the catalog prices"),
        plan("report --plan-json of a state", "{\"version\": 4, \"serial\": 1, \"lineage\": \"x\", \"resources\": []}",
             "p.json:1:13: error: p.json is a Terraform state file", command: ["report", "--plan-json", "p.json"]),
        plan("report --plan-json --format pr-comment of broken JSON", "{\"format_version\": \"1.2\",}",
             "p.json:1:26: error: p.json is not valid JSON", command: ["report", "--plan-json", "p.json", "--format", "pr-comment"]),
    ]
}
