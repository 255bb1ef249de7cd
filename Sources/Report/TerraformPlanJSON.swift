import Blueprint
import Diagnostics
import Planner

/// `edxplan plan --format terraform-json`: edxplan's plan in Terraform's own JSON plan format
/// (`terraform show -json PLANFILE`, format 1.2: developer.hashicorp.com/terraform/internals/json-format),
/// so the policy tools people run on real plans (OPA/conftest, checkov) run on a simulated one.
/// The units' changes are in one document, in run order. Sensitive values (`Sensitive`) are
/// never written: the attribute is left out of `before`/`after` and marked in `before_sensitive`/`after_sensitive`.
public enum TerraformPlanJSON {
    /// The Terraform release whose plan format and behaviour edxplan models (terraform-semantics.md).
    public static let terraformVersion = "1.9.8"

    public static func render(_ plan: Plan, region: String, timestamp: String? = nil) -> String {
        let changes = plan.modules.flatMap(\.actions).map(resourceChange)
        let after = plan.modules.flatMap(\.actions).filter { $0.desired != nil && $0.action != .delete }
        var members: [(String, JSONValue)] = [
            ("format_version", .string("1.2")),
            ("terraform_version", .string(terraformVersion)),
            ("planned_values", .object([("root_module", PlannedValues.module(after.map(PlannedValues.Item.init), path: ""))])),
            ("resource_changes", .array(changes)),
            ("configuration", .object([
                ("provider_config", .object([("aws", .object([
                    ("name", .string("aws")), ("full_name", .string(Providers.aws)),
                    ("expressions", .object([("region", .object([("constant_value", .string(region))]))])),
                ]))])),
                ("root_module", .object([])),
            ])),
        ]
        if let timestamp { members.append(("timestamp", .string(timestamp))) }
        members += [("applyable", .bool(plan.hasChanges)), ("complete", .bool(true)), ("errored", .bool(false))]
        return JSONValue.object(members).rendered()
    }

    static func resourceChange(_ action: PlannedAction) -> JSONValue {
        let parts = TerraformAddress(action.address)
        let before = action.prior.map { prior in values(prior.attributes.merging(["id": .string(prior.resourceID)]) { $1 }, type: action.type) }
        let after = action.action == .delete ? nil : action.desired.map { values($0.attributes, type: action.type) }
        let creates = [Action.create, .replace].contains(action.action)
        var members: [(String, JSONValue)] = [("address", .string(action.address))]
        if let module = parts.module { members.append(("module_address", .string(module))) }
        members += [("mode", .string("managed")), ("type", .string(action.type)), ("name", .string(parts.name))]
        if let index = parts.index { members.append(("index", index)) }
        members.append(("provider_name", .string(Providers.name(of: action.type))))
        var change: [(String, JSONValue)] = [
            ("actions", .array(actions(action).map(JSONValue.string))),
            ("before", before?.values ?? .null),
            ("after", after?.values ?? .null),
            ("after_unknown", creates ? .object([("id", .bool(true))] + (action.type.hasPrefix("aws_") ? [("arn", .bool(true))] : [])) : .object([])),
            ("before_sensitive", before?.sensitive ?? .bool(false)),
            ("after_sensitive", after?.sensitive ?? .bool(false)),
        ]
        let forcing = action.changes.filter(\.forcesReplacement).map(\.name)
        if action.action == .replace, !forcing.isEmpty {
            change.append(("replace_paths", .array(forcing.map { .array([.string($0)]) })))
        }
        members.append(("change", .object(change)))
        if let reason = reason(action) { members.append(("action_reason", .string(reason))) }
        return .object(members)
    }

    static func actions(_ action: PlannedAction) -> [String] {
        switch action.action {
        case .create: return ["create"]
        case .update: return ["update"]
        case .delete: return ["delete"]
        case .noop: return ["no-op"]
        case .replace: return action.replaceOrder == .createBeforeDestroy ? ["create", "delete"] : ["delete", "create"]
        }
    }

    /// Terraform's `action_reason` values (plans.ResourceInstanceChangeActionReason) for what edxplan plans.
    static func reason(_ action: PlannedAction) -> String? {
        switch action.action {
        case .replace: return action.reason.contains("tainted") ? "replace_because_tainted" : "replace_because_cannot_update"
        case .delete: return action.desired == nil && action.reason.contains("not in") ? "delete_because_no_resource_config" : nil
        default: return nil
        }
    }

    /// An object's attributes, sensitive ones left out and marked.
    static func values(_ attributes: [String: AttributeValue], type: String) -> (values: JSONValue, sensitive: JSONValue) {
        var shown: [(String, JSONValue)] = []
        var hidden: [(String, JSONValue)] = []
        for name in attributes.keys.sorted() where !ReplacementRules.ignored.contains(name) {
            if Sensitive.attribute(type: type, name: name) { hidden.append((name, .bool(true))); continue }
            shown.append((name, value(attributes[name])))
        }
        return (.object(shown), .object(hidden))
    }

    static func value(_ attribute: AttributeValue?) -> JSONValue {
        switch attribute {
        case .string(let text)?: return .string(text)
        case .int(let number)?: return .number(String(number))
        case .bool(let flag)?: return .bool(flag)
        case .strings(let list)?: return .array(list.map(JSONValue.string))
        case nil: return .null
        }
    }
}

/// The provider that owns a resource type, by its name's prefix, as the registry names it.
enum Providers {
    static let aws = "registry.terraform.io/hashicorp/aws"

    static func name(of type: String) -> String {
        let owners = ["kubernetes": "hashicorp/kubernetes", "helm": "hashicorp/helm", "random": "hashicorp/random",
                      "tls": "hashicorp/tls", "null": "hashicorp/null", "time": "hashicorp/time", "local": "hashicorp/local",
                      "kubectl": "gavinbunney/kubectl"]
        let prefix = String(type.prefix { $0 != "_" })
        return owners[prefix].map { "registry.terraform.io/" + $0 } ?? aws
    }
}
