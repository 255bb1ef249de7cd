import Blueprint
import Scenario
import StateImport
import TerraformState

/// A `terraform show -json` plan of the cookiecutter backend, environment after environment
/// (`module.env0`, `module.env1`, ...: every resource the default backend's units make, 134 per
/// environment, cycling through twelve differently sized environments), until the file is the
/// size asked for. Laid out as Terraform 1.9 writes it: one line, keys sorted, `<`, `>` and `&`
/// escaped as Go escapes them, and every part a reader has to get through: `planned_values`,
/// `resource_drift`, `resource_changes`, `output_changes`, `prior_state`, `configuration` and
/// `relevant_attributes`. Most changes are no-ops; tags drifted and are put back on some
/// resources (an update and its drift), a node group is replaced in every fourth environment,
/// a database deleted in every tenth, a CDN created in every tenth.
enum GeneratedPlan {
    /// The plan's text and its number of resource changes.
    static func json(bytes target: Int) -> (text: String, changes: Int) {
        let templates = Self.templates()
        var environments: [Environment] = []
        // The parts of the document around the environments, and a comma between two environments in each part.
        var size = head.utf8.count + tail.utf8.count + 200
        var number = 0
        while size < target {
            let resources = templates[number % templates.count]
            var environment = Environment(number, resources, template: number % templates.count)
            if size + environment.size > target {
                // The last environment is cut to the resources that still fit, so the file is the size asked for.
                var (low, high) = (0, resources.count)
                while low < high {
                    let middle = (low + high + 1) / 2
                    if size + Environment(number, Array(resources.prefix(middle)), template: number % templates.count).size <= target {
                        low = middle
                    } else {
                        high = middle - 1
                    }
                }
                environment = Environment(number, Array(resources.prefix(low)), template: number % templates.count)
                if low == 0 { break }
            }
            size += environment.size
            environments.append(environment)
            number += 1
        }
        func part(_ pieces: (Environment) -> [String]) -> String { environments.flatMap(pieces).joined(separator: ",") }
        let text = head
            + "\"planned_values\":{\"outputs\":{},\"root_module\":{\"child_modules\":[\(part { [$0.planned] })]}},"
            + "\"resource_drift\":[\(part(\.drift))],"
            + "\"resource_changes\":[\(part(\.changes))],"
            + "\"output_changes\":{\(part(\.outputs))},"
            + "\"prior_state\":{\"format_version\":\"1.0\",\"terraform_version\":\"1.9.8\",\"values\":{\"outputs\":{},"
            + "\"root_module\":{\"child_modules\":[\(part { [$0.prior] })]}}},"
            + "\"configuration\":{\"provider_config\":{\"aws\":{\"name\":\"aws\",\"full_name\":\"registry.terraform.io/hashicorp/aws\","
            + "\"version_constraint\":\"~> 5.0\",\"expressions\":{\"region\":{\"constant_value\":\"us-east-1\"}}}},"
            + "\"root_module\":{\"module_calls\":{\(part { [$0.configuration] })}}},"
            + "\"relevant_attributes\":[\(part(\.relevant))],"
            + tail
        return (text, environments.reduce(0) { $0 + $1.changes.count })
    }

    static let head = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\","
        + "\"variables\":{\"aws_region\":{\"value\":\"us-east-1\"},\"platform_name\":{\"value\":\"yourschool\"}},"
    static let tail = "\"timestamp\":\"2026-12-01T10:00:00Z\",\"applyable\":true,\"complete\":true,\"errored\":false}"

    /// Twelve environments of the default backend, each as Terraform manages it.
    static func templates() -> [[Resource]] {
        guard let scenario = try? ScenarioLoader.load(text: GeneratedScenario.yaml(environments: 12), file: "bench.yaml") else { return [] }
        return Blueprint.expand(scenario).environments.map { $0.resources.filter { $0.managedBy == .terraform } }
    }

    /// One environment's share of each part of the plan, as JSON text.
    struct Environment {
        var changes: [String] = []
        var drift: [String] = []
        var outputs: [String] = []
        var relevant: [String] = []
        var planned = ""
        var prior = ""
        var configuration = ""

        var size: Int {
            (changes + drift + outputs + relevant + [planned, prior, configuration]).reduce(0) { $0 + $1.utf8.count + 1 }
        }

        init(_ number: Int, _ resources: [Resource], template: Int) {
            let env = "env\(number)"
            var planned: [String: [String]] = [:], prior: [String: [String]] = [:]
            var configured: [String: [String: String]] = [:]
            for (index, resource) in resources.enumerated() {
                guard let parsed = ResourceAddress(resource.address) else { continue }
                let module = "module.\(env).module.\(resource.module)" + (parsed.module.map { "." + $0 } ?? "")
                let address = "module.\(env).module.\(resource.module).\(resource.address)"
                let objects = PlanObjectText(resource, number: number, template: template, index: index)
                let change = objects.change()
                let head = "\"address\":\(quote(address)),\"mode\":\"managed\",\"type\":\(quote(resource.type)),\"name\":\(quote(parsed.name)),"
                    + (parsed.key.map { "\"index\":\($0.json)," } ?? "") + "\"provider_name\":\(quote(PlanObjectText.provider(resource.type))),"
                changes.append("{" + head.replacingOccurrences(of: "\"mode\"", with: "\"module_address\":\(quote(module)),\"mode\"")
                               + "\"change\":\(change.text)" + (change.reason.map { ",\"action_reason\":\(quote($0))" } ?? "") + "}")
                if let drifted = objects.drift() { drift.append("{" + head + "\"change\":\(drifted)}") }
                let schema = "\"schema_version\":\(resource.type.hasPrefix("aws_") ? 1 : 0),"
                if let before = objects.before {
                    let depends = resource.dependsOn.map { quote("module.\(env).module.\(resource.module).\($0)") }.joined(separator: ",")
                    prior[module, default: []].append("{" + head + schema + "\"values\":\(before),\"sensitive_values\":\(objects.beforeSensitive),"
                                                      + "\"depends_on\":[\(depends)]}")
                }
                if let after = objects.after {
                    planned[module, default: []].append("{" + head + schema + "\"values\":\(after),\"sensitive_values\":\(objects.afterSensitive)}")
                }
                configured[resource.module, default: [:]][(parsed.module.map { $0 + "." } ?? "") + parsed.type + "." + parsed.name] = objects.configuration()
                if !resource.dependsOn.isEmpty, index % 3 == 0 {
                    relevant.append("{\"resource\":\(quote("module.\(env).module.\(resource.module).\(resource.dependsOn[0])")),\"attribute\":[\"id\"]}")
                }
            }
            self.planned = Self.module("module.\(env)", planned)
            self.prior = Self.module("module.\(env)", prior)
            configuration = quote(env) + ":{\"source\":\"./environment\",\"expressions\":{\"environment_name\":{\"constant_value\":\(quote(env))}},"
                + "\"module\":{\"module_calls\":{" + configured.keys.sorted().map { unit in
                    quote(unit) + ":{\"source\":\(quote("../../modules/\(unit)")),\"expressions\":{\"environment\":{\"references\":[\"var.environment_name\"]}},"
                        + "\"module\":{\"resources\":[\(configured[unit]!.keys.sorted().map { configured[unit]![$0]! }.joined(separator: ","))],"
                        + "\"variables\":{\"environment\":{\"description\":\"The environment's name\"}}}}"
                }.joined(separator: ",") + "}}}"
            outputs = ["cluster_endpoint", "mysql_host", "redis_host"].map { name in
                let value = quote("https://\(env)-\(name).us-east-1.amazonaws.com")
                return quote("\(env)_\(name)") + ":{\"actions\":[\"no-op\"],\"before\":\(value),\"after\":\(value),\"after_unknown\":false,"
                    + "\"before_sensitive\":false,\"after_sensitive\":false}"
            }
        }

        /// A module of `prior_state` or `planned_values` with its resources and, nested by address, its child modules.
        static func module(_ address: String, _ resources: [String: [String]]) -> String {
            let children = Set(resources.keys.filter { $0 != address && $0.hasPrefix(address + ".") }
                .map { key in address + "." + key.dropFirst(address.count + 1).split(separator: ".", maxSplits: 2).prefix(2).joined(separator: ".") })
            let own = resources[address].map { "\"resources\":[\($0.joined(separator: ","))]," } ?? ""
            let kids = children.sorted().map { child in module(child, resources.filter { $0.key == child || $0.key.hasPrefix(child + ".") }) }
            return "{\(own)\"address\":\(quote(address))" + (kids.isEmpty ? "" : ",\"child_modules\":[\(kids.joined(separator: ","))]") + "}"
        }
    }

    /// A JSON string as Go's encoding/json writes it (Terraform's writer): `<`, `>` and `&` escaped too.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

private extension IndexKey {
    var json: String {
        switch self {
        case .int(let number): return String(number)
        case .string(let text): return GeneratedPlan.quote(text)
        }
    }
}
