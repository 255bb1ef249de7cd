import Catalog
import Diagnostics
import Foundation
import HCL
import Pipeline
import Scenario
import TerraformPlan
import TerraformState
import TerragruntImport

/// What the fuzzer feeds, and how: the corpus it mutates (files of this repository, read from
/// the working directory, which must be the checkout) and the code that reads each input.
/// An input is framed as `name NUL content`, so one saved file replays any target.
struct FuzzTarget: Sendable {
    var corpus: @Sendable () throws -> [(name: String, data: Data)]
    var tokens: [Data]
    /// True when the input was read without error, false when it was refused.
    var read: @Sendable (_ name: String, _ content: Data) -> Bool

    func accepts(_ framed: Data) -> Bool {
        let split = framed.firstIndex(of: 0) ?? framed.startIndex
        let name = String(decoding: framed[framed.startIndex..<split], as: UTF8.self)
        return read(name, framed.startIndex == split ? framed : framed[framed.index(after: split)...])
    }

    static func frame(_ name: String, _ content: Data) -> Data { Data(name.utf8) + [0] + content }

    static func named(_ name: String) -> FuzzTarget? {
        switch name {
        case "yaml": yaml
        case "hcl": hcl
        case "import": importTree()
        case "offer": offer
        case "state": state
        case "plan": plan
        default: nil
        }
    }

    static func files(under folder: String, endingIn suffixes: [String]) throws -> [(name: String, data: Data)] {
        let root = URL(fileURLWithPath: folder)
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { throw FuzzCorpus.missing(folder) }
        var found: [(String, Data)] = []
        while let relative = walker.nextObject() as? String {
            guard suffixes.contains(where: relative.hasSuffix) else { continue }
            found.append((relative, try Data(contentsOf: root.appendingPathComponent(relative))))
        }
        guard !found.isEmpty else { throw FuzzCorpus.missing(folder) }
        return found.sorted { $0.0 < $1.0 }
    }

    static func tokens(_ list: [String]) -> [Data] { list.map { Data($0.utf8) } }

    /// The scenario loader, then the catalog checks a command makes before it plans.
    static var yaml: FuzzTarget { FuzzTarget(
        corpus: { try files(under: "Scenarios", endingIn: [".yaml"]) + files(under: "Tests/ScenarioTests/Fixtures", endingIn: [".yaml"]) },
        tokens: tokens(["&a ", "*a", "&b [*a, *a, *a, *a]", "[", "]", "{", "}", ": ", "- ", "\n", "\n  ", "'", "\"", "\t", "? ",
                        "!!str ", "!!map ", "<<: *a", "---\n", "...\n", "#", "|\n", "\u{FEFF}", "\\u0000", "1.2", "-.inf", "0x10",
                        "192.168.0.0/99", "~", "null"]),
        read: { _, content in
            guard let text = String(validating: content, as: UTF8.self) else {
                _ = UTF8Position.firstInvalid(in: content)
                return false
            }
            guard let scenario = try? ScenarioLoader.load(text: text, file: "fuzz.yaml") else { return false }
            if let catalog = FuzzCatalog.shared { return (try? ScenarioValidator.validate(scenario, catalog: catalog)) != nil }
            return true
        }) }

    /// The HCL parser, then Terragrunt's evaluation of the file (no file system).
    static var hcl: FuzzTarget { FuzzTarget(
        corpus: { try files(under: "Tests/TerragruntImportTests/Fixtures", endingIn: [".hcl", ".tf"]) },
        tokens: tokens(["{", "}", "[", "]", "(", ")", "${", "%{", "%{ if true }", "%{ endif }", "\"", "= ", "\n", "#", "/*", "*/",
                        "<<EOF\n", "\nEOF\n", "for x in [1, 2]: ", "? 1 : 2", "local.a", "dependency.vpc.outputs.x", "...", "!",
                        "-", "1e999", "\\u", "\u{FEFF}", "include {", "find_in_parent_folders()", "read_terragrunt_config(\"a\")"]),
        read: { name, content in
            guard let text = String(validating: content, as: UTF8.self) else { return false }
            guard (try? Parser.parse(text, file: name)) != nil else { return false }
            return (try? TerragruntFile.read(text, file: "/fuzz/" + name, context: .none)) != nil
        }) }

    /// AWS Price List offer files and DescribeInstanceTypes answers, through the importers.
    static var offer: FuzzTarget { FuzzTarget(
        corpus: { try files(under: "Tests/CatalogTests/Fixtures", endingIn: [".json"]) },
        tokens: tokens(["{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e400", "-0", "\"USD\"", "\"OnDemand\"", "\\u0000",
                        "\\ud800", "\"pricePerUnit\": {}", "\"products\": []", "\u{FEFF}", "9999999999999999999999"]),
        read: { name, content in
            if name.contains("describe") {
                return (try? InstanceTypesImporter.rows(from: content, file: name, asOf: "2026-01-01")) != nil
            }
            return (try? PriceListImporter.rows(from: content, file: name, regionsByLocation: FuzzCatalog.locations,
                                                 asOf: "2026-01-01")) != nil
        }) }
}

extension FuzzTarget {
    /// Terraform state files (format 4, and the older formats and plans it must refuse) through
    /// the reader that `account import-state` uses.
    static var state: FuzzTarget { FuzzTarget(
        corpus: { try files(under: "Tests/TerraformStateTests/Fixtures", endingIn: [".tfstate", ".json"]) },
        tokens: tokens(["{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e400", "-0", "\"version\": 4", "\"version\": 3",
                        "\"mode\": \"data\"", "\"instances\": []", "\"index_key\": \"a\"", "\"sensitive_attributes\": [[]]",
                        "\\u0000", "\\ud800", "\u{FEFF}", "18446744073709551616"]),
        read: { name, content in (try? StateReader.read(content, file: name)) != nil }) }

    /// Terraform plan JSON (`terraform show -json`, formats 0.1 to 1.2, UTF-8 and UTF-16) through
    /// the reader that `cost --plan-json` and `report --plan-json` use.
    static var plan: FuzzTarget { FuzzTarget(
        corpus: { try files(under: "Tests/TerraformPlanTests/Fixtures", endingIn: [".json"]) },
        tokens: tokens(["{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e400", "-0", "\"format_version\": \"1.2\"",
                        "\"format_version\": \"2.0\"", "\"actions\": [\"delete\", \"create\"]", "\"after_unknown\": true",
                        "\"resource_changes\": {}", "\"version\": 4", "\\u0000", "\\ud800", "\u{FEFF}", "\u{FFFE}"]),
        read: { name, content in (try? PlanJSONReader.read(content, name: name)) != nil }) }
}

enum FuzzCorpus: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        if case .missing(let folder) = self { return "no corpus files under \(folder): run edxplan-bench from the checkout" }
        return ""
    }
}

/// The catalog the YAML target checks scenarios against, opened once (nil without one).
enum FuzzCatalog {
    nonisolated(unsafe) static let shared: Catalog? = try? Workspace().catalog()
    static let locations = ["US East (N. Virginia)": "us-east-1", "EU (Ireland)": "eu-west-1", "Europe (Ireland)": "eu-west-1"]
}
