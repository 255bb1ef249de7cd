import Blueprint

/// One resource of the generated plan as the AWS, Kubernetes, Helm, random and TLS providers
/// write it: edxplan's attributes in the provider's shapes (a node group's `scaling_config`
/// block, an instance's `root_block_device`), the id, ARN and tags every object carries, the
/// bulky values real plans are made of (IAM policy documents as escaped JSON strings, a
/// cluster's certificate, a launch template's user data, a Helm release's values), sensitive
/// values left out and marked, and its change: the action, before, after and what is unknown.
struct PlanObjectText {
    var before: String?
    var after: String?
    var beforeSensitive = "{}"
    var afterSensitive = "{}"
    private var actions = "[\"no-op\"]"
    private var reason: String?
    private var afterUnknown = "{}"
    private var replacePaths: String?
    private var drifted: String?
    private let members: [String: String]
    private let resource: Resource

    init(_ resource: Resource, number: Int, template: Int, index: Int) {
        self.resource = resource
        var members = Self.members(resource, number: number, template: template, index: index)
        let sensitive = Self.sensitive[resource.type] ?? []
        for name in sensitive { members[name] = nil }
        self.members = members
        let object = Self.render(members)
        let marks = Self.sensitivity(members, sensitive)
        let tagged = members["tags"] != nil
        before = object; after = object; beforeSensitive = marks; afterSensitive = marks
        if resource.type == "aws_eks_node_group", number % 4 == 0 {
            // A new instance type forces a new node group: destroyed first, then created.
            var changed = members
            changed["instance_types"] = "[\"m6i.2xlarge\"]"
            after = Self.render(changed)
            actions = "[\"delete\",\"create\"]"
            reason = "replace_because_cannot_update"
            replacePaths = "[[\"instance_types\"]]"
            afterUnknown = "{\"id\":true,\"arn\":true,\"status\":true,\"resources\":true}"
        } else if resource.type == "aws_db_instance", number % 10 == 3 {
            after = nil; afterSensitive = "false"; actions = "[\"delete\"]"; reason = "delete_because_no_resource_config"
        } else if resource.module == "cloudfront", number % 10 == 7 {
            var known = members
            for name in ["id", "arn", "domain_name", "etag", "status", "hosted_zone_id"] { known[name] = nil }
            before = nil; beforeSensitive = "false"; after = Self.render(known); actions = "[\"create\"]"
            afterUnknown = "{\"id\":true,\"arn\":true,\"domain_name\":true,\"etag\":true,\"status\":true,\"hosted_zone_id\":true}"
        } else if tagged, (index + number) % 23 == 0 {
            // Someone tagged it in the console: the drift, and the update that puts the tags back.
            var console = members
            let tags = String(members["tags"]!.dropLast()) + ",\"Owner\":\"console\"}"
            console["tags"] = tags; console["tags_all"] = tags
            before = Self.render(console)
            actions = "[\"update\"]"
            drifted = "{\"actions\":[\"update\"],\"before\":\(object),\"after\":\(before!),\"after_unknown\":{},"
                + "\"before_sensitive\":\(marks),\"after_sensitive\":\(marks)}"
        }
    }

    func change() -> (text: String, reason: String?) {
        ("{\"actions\":\(actions),\"before\":\(before ?? "null"),\"after\":\(after ?? "null"),\"after_unknown\":\(afterUnknown),"
            + "\"before_sensitive\":\(beforeSensitive),\"after_sensitive\":\(afterSensitive)"
            + (replacePaths.map { ",\"replace_paths\":\($0)" } ?? "") + "}", reason)
    }

    func drift() -> String? { drifted }

    /// The resource block in `configuration`: its arguments as constants, its dependencies as references.
    func configuration() -> String {
        var expressions = resource.attributes.keys.sorted().compactMap { name in
            members[name].map { "\(GeneratedPlan.quote(name)):{\"constant_value\":\($0)}" }
        }
        if let first = resource.dependsOn.first {
            expressions.append("\"depends\":{\"references\":[\(GeneratedPlan.quote(first + ".id")),\(GeneratedPlan.quote(first))]}")
        }
        let name = resource.address.split(separator: ".").suffix(2)
        return "{\"address\":\(GeneratedPlan.quote(name.joined(separator: ".").prefix { $0 != "[" }.description)),\"mode\":\"managed\","
            + "\"type\":\(GeneratedPlan.quote(resource.type)),\"name\":\(GeneratedPlan.quote(String(name.last?.prefix { $0 != "[" } ?? ""))),"
            + "\"provider_config_key\":\"aws\",\"expressions\":{\(expressions.joined(separator: ","))},\"schema_version\":0}"
    }

    static func provider(_ type: String) -> String {
        let owners = ["kubernetes": "hashicorp/kubernetes", "helm": "hashicorp/helm", "random": "hashicorp/random", "tls": "hashicorp/tls"]
        return "registry.terraform.io/" + (owners[String(type.prefix { $0 != "_" })] ?? "hashicorp/aws")
    }

    /// Values the providers' schemas mark sensitive: never in `before` or `after`, `true` in the sensitivity maps.
    static let sensitive: [String: [String]] = [
        "aws_db_instance": ["password"], "random_password": ["result", "bcrypt_hash"], "tls_private_key": ["private_key_pem", "private_key_openssh"],
        "kubernetes_secret": ["data"], "aws_iam_access_key": ["secret", "ses_smtp_password_v4"],
    ]

    static func render(_ members: [String: String]) -> String {
        "{" + members.keys.sorted().map { "\(GeneratedPlan.quote($0)):\(members[$0]!)" }.joined(separator: ",") + "}"
    }

    /// Terraform's sensitivity map: `true` where a value is sensitive, the shape of every nested value elsewhere.
    static func sensitivity(_ members: [String: String], _ sensitive: [String]) -> String {
        var marks: [String: String] = [:]
        for (name, value) in members {
            if value.hasPrefix("{") { marks[name] = "{}" } else if value.hasPrefix("[{") { marks[name] = "[{}]" } else if value.hasPrefix("[") { marks[name] = "[]" }
        }
        for name in sensitive { marks[name] = "true" }
        return render(marks)
    }
}
