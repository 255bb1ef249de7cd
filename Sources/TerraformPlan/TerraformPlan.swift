/// A Terraform plan as `terraform show -json PLANFILE` writes it (Terraform's "JSON Output
/// Format", plan format_version 0.1 to 1.x): the resource changes, with what each object is
/// before and after, and the AWS regions its provider blocks name. What edxplan does not use
/// (prior state, planned values, the rest of the configuration) is checked and skipped.
public struct TerraformPlan: Sendable {
    /// `format_version` as written: "0.1", "0.2", "1.0", "1.1", "1.2".
    public var formatVersion: String
    public var terraformVersion: String?
    public var changes: [ResourceChange]
    /// Provider configuration key (`aws`, `aws.us_east_1`) to the region its block sets as a
    /// constant; regions set from variables are not known from the plan alone.
    public var providerRegions: [String: String]

    public init(formatVersion: String, terraformVersion: String?, changes: [ResourceChange], providerRegions: [String: String] = [:]) {
        self.formatVersion = formatVersion
        self.terraformVersion = terraformVersion
        self.changes = changes
        self.providerRegions = providerRegions
    }
}

/// One entry of `resource_changes`.
public struct ResourceChange: Sendable {
    public var address: String
    public var previousAddress: String?
    public var moduleAddress: String?
    /// `managed` or `data`.
    public var mode: String
    public var type: String
    public var name: String
    /// `index` for count (a number) or for_each (a string); nil for a single instance.
    public var index: JSONValue?
    public var providerName: String
    /// Terraform's action list: `["no-op"]`, `["create"]`, `["read"]`, `["update"]`, `["delete"]`,
    /// `["delete", "create"]` and `["create", "delete"]` (replacements), `["forget"]` (1.7+).
    public var actions: [String]
    /// The object before and after; null (nil here) for a create and for a delete respectively.
    public var before: JSONValue?
    public var after: JSONValue?
    /// Attributes whose after value is known only at apply (`true` at their place).
    public var afterUnknown: JSONValue?
    /// Attributes marked sensitive (`true` at their place): never printed.
    public var beforeSensitive: JSONValue?
    public var afterSensitive: JSONValue?
    /// The attributes that force a replacement (`replace_paths`, 1.0+), as `instance_types` or `scaling_config[0].desired_size`.
    public var replacePaths: [String] = []
    /// Why Terraform chose the action (`replace_because_tainted`, `delete_because_no_resource_config`, ...), 1.2+.
    public var actionReason: String?

    public init(address: String, type: String, name: String, mode: String = "managed", providerName: String = "registry.terraform.io/hashicorp/aws",
                actions: [String], before: JSONValue? = nil, after: JSONValue? = nil) {
        self.address = address
        self.type = type
        self.name = name
        self.mode = mode
        self.providerName = providerName
        self.actions = actions
        self.before = before
        self.after = after
    }

    /// The actions Terraform writes (Terraform's `plans.Action` in its JSON form).
    public static let knownActions: [[String]] = [
        ["no-op"], ["create"], ["read"], ["update"], ["delete"], ["delete", "create"], ["create", "delete"], ["forget"],
        ["create", "forget"],
    ]

    /// Destroy and create again, in either order.
    public var isReplace: Bool { actions.count == 2 && actions.contains("delete") && actions.contains("create") }
    /// The object is destroyed: a delete or a replacement (`forget` only leaves state).
    public var destroysObject: Bool { actions.contains("delete") }
    /// The new object is made before the old one goes (`create_before_destroy`).
    public var createsFirst: Bool { actions == ["create", "delete"] }
    public var isManaged: Bool { mode == "managed" }

    /// The action as `terraform plan` names it: create, update, replace, delete, read, no-op, forget.
    public var actionName: String {
        if isReplace { return "replace" }
        if actions == ["create", "forget"] { return "replace (forget the old)" }
        return actions.first ?? "no-op"
    }
}
