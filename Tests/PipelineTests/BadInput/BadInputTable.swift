import Foundation

/// The bad inputs the suite runs, by what the tool reads: scenario YAML, Terragrunt trees,
/// flags, environment variables, output paths, account and catalog files, offer files.
enum BadInputTable {
    static var all: [BadInputCase] {
        yamlSyntax + yamlLimits + scenarioKeys + network + versions + extends + flags + outputs + accounts + catalogs
            + environment + trees + reach + states + plans
    }

    static let perEnvironmentTree = Support.root.appendingPathComponent("Tests/TerragruntImportTests/Fixtures/perEnvironmentTree")

    /// YAML that is not YAML, or not text.
    static let yamlSyntax: [BadInputCase] = [
        .scenario("unclosed flow list", "name: t\nenvironments:\n  prod:\n    modules: [vpc, kubernetes\n    mysql: {}\n",
                  "s.yaml:5:10: error: malformed YAML"),
        .scenario("tab indentation", "name: t\nenvironments:\n\tprod: {}\n", "s.yaml:3:1: error: malformed YAML"),
        .scenario("duplicate key", "name: t\nname: u\nenvironments:\n  prod: {}\n", "s.yaml:1:1: error: malformed YAML: duplicated keys name"),
        .scenario("two documents", "name: t\nenvironments:\n  prod: {}\n---\nname: u\n", "s.yaml:4:1: error: malformed YAML"),
        .scenario("undefined alias", "name: *nowhere\nenvironments:\n  prod: {}\n", "s.yaml:1:7: error: malformed YAML"),
        .scenario("unterminated quote", "name: \"t\nenvironments:\n  prod: {}\n", "s.yaml:4:1: error: malformed YAML: found unexpected end of stream"),
        .scenario("NUL byte", "name: t\u{0}\nenvironments:\n  prod: {}\n", "s.yaml:1:8: error: malformed YAML: control characters are not allowed"),
        BadInputCase(name: "Latin-1 byte on line 3", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data("name: t\nenvironments:\n  prod: { subdomain: \"caf".utf8) + [0xE9] + Data("\" }\n".utf8)],
                     firstLine: "s.yaml:3:26: error: the file is not UTF-8 text", contains: ["save the file as UTF-8"]),
        BadInputCase(name: "UTF-16 file", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data([0xFF, 0xFE]) + "name: t\n".data(using: .utf16LittleEndian)!],
                     firstLine: "s.yaml:1:1: error: the file is not UTF-8 text"),
        BadInputCase(name: "lone continuation byte after a multi-byte character", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data("name: t\ndescription: \"é".utf8) + [0x80] + Data("\"\n".utf8)],
                     firstLine: "s.yaml:2:16: error: the file is not UTF-8 text"),
        .scenario("a scalar document", "hello\n", "s.yaml:1:1: error: "),
        .scenario("a list document", "- prod\n- staging\n", "s.yaml:1:1: error: "),
        .scenario("empty file", "", "s.yaml:1:1: error: missing required key 'environments'"),
        .scenario("comment only", "# nothing here\n", "s.yaml:1:1: error: missing required key 'environments'"),
        .scenario("complex key", "? [a, b]\n: 1\nenvironments:\n  prod: {}\n", "s.yaml:1:3: error: unknown key"),
        .scenario("merge key", "base: &b { modules: [vpc] }\nenvironments:\n  prod:\n    <<: *b\n", "s.yaml:1:1: error: unknown key 'base'"),
    ]

    /// Hostile sizes: every one refused within a second, at the line that crosses the limit.
    static var yamlLimits: [BadInputCase] {
        var bomb = "name: bomb\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
            previous = name
        }
        var keys = "name: keys\nenvironments:\n  prod:\n    modules: [vpc]\n"
        keys.reserveCapacity(10_500_000)
        for index in 0..<600_000 { keys += "unknown_key_\(index): 1\n" }
        var many = "name: many\n"
        for index in 0..<100_001 { many += "k\(index): 1\n" }
        return [
            .scenario("alias bomb", bomb, "s.yaml:7:8: error: the alias *e expands the scenario past 200,000 values"),
            .scenario("alias bomb in a mapping", "name: t\na: &a {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9, q: 10}\n"
                      + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                      + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d]\n",
                      "s.yaml:6:", contains: ["past 200,000 values"]),
            .scenario("600,000 unknown keys in 10 MB", keys, "s.yaml:1:1: error: the file is", contains: ["at most 2,097,152"]),
            .scenario("100,001 keys under the size limit", many, "s.yaml:", contains: ["more than 200,000 values"]),
            .scenario("a list of 210,000 values", "name: t\nx: [" + Array(repeating: "1", count: 210_000).joined(separator: ",") + "]\n",
                      "s.yaml:2:", contains: ["more than 200,000 values"]),
            .scenario("lists nested 40 deep", "name: t\nx: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n",
                      "s.yaml:2:35: error: lists and mappings are nested more than 32 deep"),
            .scenario("mappings nested 40 deep", "name: t\nx: " + String(repeating: "{a: ", count: 40) + "1" + String(repeating: "}", count: 40) + "\n",
                      "s.yaml:2:", contains: ["nested more than 32 deep"]),
            .scenario("nesting deep only through aliases", "name: t\na: &a " + String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
                      + "\nb: " + String(repeating: "[", count: 15) + "*a" + String(repeating: "]", count: 15) + "\n",
                      "s.yaml:3:", contains: ["once aliases are expanded"]),
            .scenario("a 100,000-deep list", "name: t\nx: " + String(repeating: "[", count: 100_000) + "\n",
                      "s.yaml:2:", contains: ["lists and mappings are nested more than 32 deep"]),
            .scenario("1,001 environments", "name: t\nenvironments:\n" + (0...1000).map { "  e\($0): {}\n" }.joined(),
                      "s.yaml:1003:3: error: the scenario has 1,001 environments; edxplan plans at most 1,000"),
            .scenario("a 3 MB value", "name: t\ndescription: \"" + String(repeating: "x", count: 3_000_000) + "\"\n",
                      "s.yaml:1:1: error: the file is"),
        ]
    }

    /// Keys, types and values the scenario format does not have.
    static let scenarioKeys: [BadInputCase] = [
        .scenario("unknown top-level key", "name: t\nenvironmnets:\n  prod: {}\n", "s.yaml:2:1: error: unknown key 'environmnets'",
                  contains: ["did you mean 'environments'"]),
        .environment("unknown environment key", "    kubernets: {}", "s.yaml:5:5: error: unknown key 'kubernets'"),
        .environment("unknown module", modules: "vpc, mongdb", "", "s.yaml:4:20: error: unknown module 'mongdb'", contains: ["did you mean 'mongodb'"]),
        .environment("module twice", modules: "vpc, vpc", "", "s.yaml:4:20: error: module 'vpc' is listed twice"),
        .scenario("environments as a list", "name: t\nenvironments: [prod]\n", "s.yaml:2:15: error: 'environments' must be"),
        .scenario("no environments", "name: t\n", "s.yaml:1:1: error: missing required key 'environments'"),
        .scenario("empty environments", "name: t\nenvironments: {}\n", "s.yaml:2:15: error: a scenario needs at least one environment"),
        .scenario("upper-case environment", "name: t\nenvironments:\n  Prod: {}\n", "s.yaml:3:3: error: environment name 'Prod'"),
        .environment("unknown instance type", "    kubernetes: { node_groups: [{ instance_type: t3.lareg }] }",
                     "s.yaml:5:50: error: unknown EC2 instance type 't3.lareg'", contains: ["did you mean 't3.large'"]),
        .environment("unknown node root volume type", "    kubernetes: { node_groups: [{ instance_type: t3.large, disk_type: io2 }] }",
                     "s.yaml:5:71: error: 'environments.prod.kubernetes.node_groups[0].disk_type' cannot be 'io2'", contains: ["did you mean 'gp2'"]),
        .environment("unknown RDS class", "    mysql: { instance_class: db.t9.small }", "s.yaml:5:30: error: unknown RDS instance type 'db.t9.small'"),
        .environment("min above desired", "    kubernetes: { node_groups: [{ min: 3, desired: 2, max: 4 }] }",
                     "s.yaml:5:", contains: ["min <= desired <= max"]),
        .environment("desired zero", "    kubernetes: { node_groups: [{ desired: 0 }] }", "s.yaml:5:", contains: ["at least 1"]),
        .environment("5,000 nodes", "    kubernetes: { node_groups: [{ max: 5000 }] }", "s.yaml:5:", contains: ["5000"]),
        .environment("no node groups", "    kubernetes: { node_groups: [] }", "s.yaml:5:", contains: ["at least one node group"]),
        .environment("two node groups of one name", "    kubernetes: { node_groups: [{ name: a }, { name: a }] }", "s.yaml:5:",
                     contains: ["distinct names"]),
        .environment("node count not a number", "    kubernetes: { node_groups: [{ max: many }] }", "s.yaml:5:"),
        .environment("one availability zone", "    vpc: { azs: 1 }", "s.yaml:5:17: error: "),
        .environment("nat gateways unknown", "    vpc: { nat_gateways: some }", "s.yaml:5:26: error: ", contains: ["did you mean"]),
        .environment("storage type gp9", "    mysql: { storage_type: gp9 }", "s.yaml:5:28: error: 'environments.prod.mysql.storage_type' cannot be 'gp9'"),
        .environment("backup retention 40", "    mysql: { backup_retention_days: 40 }", "s.yaml:5:", contains: ["40"]),
        .environment("storage 0 GB", "    mysql: { allocated_storage_gb: 0 }", "s.yaml:5:"),
        .environment("multi_az maybe", "    mysql: { multi_az: maybe }", "s.yaml:5:"),
        .environment("bastion volume 0", "    ec2_bastion: { root_volume_gb: 0 }", "s.yaml:5:"),
        .scenario("unknown layout", "name: t\nlayout: stacked\nenvironments:\n  prod: {}\n", "s.yaml:2:9: error: ", contains: ["shared-stack"]),
        .scenario("shared stack without shared", "name: t\nlayout: shared-stack\nenvironments:\n  prod: {}\n",
                  "s.yaml:1:1: error: missing required key 'shared'"),
        .scenario("shared block without the layout", "name: t\nshared: {}\nenvironments:\n  prod: {}\n",
                  "s.yaml:2:9: error: `shared` is only for `layout: shared-stack`"),
        .environment("log retention past ten years", "    kubernetes: { log_retention_days: 4000 }", "s.yaml:5:"),
        .scenario("module list not a list", "name: t\nenvironments:\n  prod:\n    modules: vpc\n", "s.yaml:4:14: error: "),
    ]

    /// CIDR blocks as AWS and Terraform's AWS provider check them.
    static let network: [BadInputCase] = [
        .environment("cidr banana", "    vpc: { cidr: banana }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is 'banana'"),
        .environment("cidr octet 999", "    vpc: { cidr: 999.168.0.0/20 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is '999.168.0.0/20'"),
        .environment("cidr prefix 99", "    vpc: { cidr: 10.0.0.0/99 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is '10.0.0.0/99'"),
        .environment("cidr without prefix", "    vpc: { cidr: 10.0.0.0 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is '10.0.0.0'"),
        .environment("cidr three octets", "    vpc: { cidr: 10.0.0/16 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is '10.0.0/16'"),
        .environment("cidr leading zero", "    vpc: { cidr: 010.0.0.0/16 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is '010.0.0.0/16'"),
        .environment("cidr IPv6", "    vpc: { cidr: \"fd00::/56\" }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is 'fd00::/56'"),
        .environment("VPC /30", "    vpc: { cidr: 10.0.0.0/30 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is 10.0.0.0/30",
                     contains: ["InvalidVpc.Range"]),
        .environment("VPC /8", "    vpc: { cidr: 10.0.0.0/8 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is 10.0.0.0/8"),
        .environment("VPC /28 cannot hold 10 subnets", "    vpc: { cidr: 10.0.0.0/28 }", "s.yaml:5:18: error: a /28 VPC holds at most 1 subnet"),
        .environment("VPC /26 cannot hold 10 subnets", "    vpc: { cidr: 10.0.0.0/26 }", "s.yaml:5:18: error: a /26 VPC holds at most 4 subnets"),
        .environment("VPC /25 cannot hold 16 subnets of six zones", "    vpc: { cidr: 10.0.0.0/25, azs: 6 }",
                     "s.yaml:5:18: error: a /25 VPC holds at most 8 subnets", contains: ["makes 16"]),
        .environment("host bits set", "    vpc: { cidr: 10.0.0.1/16 }", "s.yaml:5:18: error: 'environments.prod.vpc.cidr' is 10.0.0.1/16",
                     contains: ["10.0.0.0/16"]),
        .environment("bastion ssh_cidr banana", "    ec2_bastion: { ssh_cidr: banana }",
                     "s.yaml:5:30: error: 'environments.prod.ec2_bastion.ssh_cidr' is 'banana'"),
        .environment("bastion ssh_cidr host bits", "    ec2_bastion: { ssh_cidr: 203.0.113.7/24 }",
                     "s.yaml:5:30: error: 'environments.prod.ec2_bastion.ssh_cidr' is 203.0.113.7/24"),
    ]

    /// Kubernetes and engine versions against the catalog's support calendar.
    static let versions: [BadInputCase] = [
        .environment("Kubernetes \"1.2\"", "    kubernetes: { version: \"1.2\" }",
                     "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '1.2'", contains: ["did you mean '1.22'"]),
        .environment("Kubernetes abc", "    kubernetes: { version: abc }", "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be 'abc'",
                     contains: ["1.22, 1.23"]),
        .environment("Kubernetes -.inf", "    kubernetes: { version: -.inf }", "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '-.inf'"),
        .environment("Kubernetes 99.99", "    kubernetes: { version: 99.99 }", "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '99.99'"),
        .environment("Kubernetes 1.22.5", "    kubernetes: { version: 1.22.5 }", "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '1.22.5'"),
        .environment("Kubernetes 1.21, before the calendar", "    kubernetes: { version: \"1.21\" }",
                     "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '1.21'"),
        .environment("MySQL abc", "    mysql: { engine_version: abc }", "s.yaml:5:30: error: 'environments.prod.mysql.engine_version' cannot be 'abc'"),
        .environment("MySQL 9.9.1", "    mysql: { engine_version: 9.9.1 }", "s.yaml:5:30: error: 'environments.prod.mysql.engine_version' cannot be '9.9.1'"),
        .environment("MySQL 8", "    mysql: { engine_version: \"8\" }", "s.yaml:5:30: error: 'environments.prod.mysql.engine_version' cannot be '8'"),
        .environment("MySQL 8.0.x.y", "    mysql: { engine_version: 8.0.35.1 }", "s.yaml:5:30: error: 'environments.prod.mysql.engine_version' cannot be '8.0.35.1'"),
        BadInputCase(name: "apply --continue-past-refusals on Kubernetes 1.2", arguments: ["apply", "s.yaml", "--continue-past-refusals", "--account", "a.sqlite"],
                     files: ["s.yaml": Data("name: t\nenvironments:\n  prod:\n    modules: [vpc, kubernetes]\n    kubernetes: { version: \"1.2\" }\n".utf8)],
                     firstLine: "s.yaml:5:28: error: 'environments.prod.kubernetes.version' cannot be '1.2'"),
    ]

    /// `extends` chains.
    static let extends: [BadInputCase] = [
        .scenario("extends a missing file", "extends: nowhere.yaml\n", "s.yaml:1:10: error: `extends` names nowhere.yaml, which does not exist"),
        .scenario("extends a missing absolute path", "extends: /nonexistent/base.yaml\n",
                  "s.yaml:1:10: error: `extends` names /nonexistent/base.yaml, which does not exist"),
        BadInputCase(name: "extends a folder", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data("extends: bases\n".utf8), "bases/base.yaml": Data("name: b\n".utf8)],
                     firstLine: "s.yaml:1:10: error: `extends` names bases, which is a folder"),
        BadInputCase(name: "extends in a cycle", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data("extends: b.yaml\n".utf8), "b.yaml": Data("extends: s.yaml\n".utf8)],
                     firstLine: "b.yaml:1:10: error: scenarios extend each other in a cycle"),
        .scenario("extends a list", "extends: [a.yaml, b.yaml]\n", "s.yaml:1:10: error: 'extends' must be the path of one scenario file"),
        BadInputCase(name: "a bad base is reported in the base", arguments: ["cost", "s.yaml"],
                     files: ["s.yaml": Data("extends: base.yaml\nname: s\n".utf8),
                             "base.yaml": Data("name: b\nenvironments:\n  prod:\n    vpc: { cidr: banana }\n".utf8)],
                     firstLine: "base.yaml:4:18: error: 'environments.prod.vpc.cidr' is 'banana'"),
        BadInputCase(name: "a base that is not UTF-8", arguments: ["cost", "sub/s.yaml"],
                     files: ["sub/s.yaml": Data("extends: ../base.yaml\n".utf8), "base.yaml": Data([0x6E, 0x3A, 0x20, 0xFF, 0x0A])],
                     firstLine: "sub/../base.yaml:1:4: error: the file is not UTF-8 text"),
        BadInputCase(name: "the scenario is a folder", arguments: ["cost", "folder"], files: ["folder/x.yaml": Data("name: x\n".utf8)],
                     firstLine: "error: folder is a folder, not a scenario file"),
        BadInputCase(name: "the scenario is missing", arguments: ["cost", "missing.yaml", "--output", "out.txt"],
                     firstLine: "error: no scenario file at missing.yaml"),
    ]
}
