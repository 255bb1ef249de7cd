/// One Terraform state file, format version 4 (Terraform 0.12 to 1.x), as
/// hashicorp/terraform `internal/states/statefile/version4.go` reads and writes it.
public struct StateFile: Sendable, Equatable {
    public var terraformVersion: String
    public var serial: UInt64
    public var lineage: String
    /// Root module outputs by name (written sorted, as Go writes a map).
    public var outputs: [String: StateOutput]
    public var resources: [StateResource]
    /// `check_results`, kept as read (Terraform 1.5+); `null` when absent.
    public var checkResults: StateValue

    public init(terraformVersion: String, serial: UInt64, lineage: String, outputs: [String: StateOutput] = [:],
                resources: [StateResource] = [], checkResults: StateValue = .null) {
        self.terraformVersion = terraformVersion
        self.serial = serial
        self.lineage = lineage
        self.outputs = outputs
        self.resources = resources
        self.checkResults = checkResults
    }
}

/// A root module output: its value, its cty type (`"string"`, `["list","string"]`) and
/// whether it is sensitive.
public struct StateOutput: Sendable, Equatable {
    public var value: StateValue
    public var type: StateValue
    public var sensitive: Bool

    public init(value: StateValue, type: StateValue, sensitive: Bool = false) {
        self.value = value
        self.type = type
        self.sensitive = sensitive
    }
}

/// A resource block's instances: `managed` (a resource) or `data` (a data source, which
/// Terraform reads and never owns).
public struct StateResource: Sendable, Equatable {
    public enum Mode: String, Sendable { case managed, data }

    /// `module.db.module.db_instance`, or nil at the root.
    public var module: String?
    public var mode: Mode
    public var type: String
    public var name: String
    /// `list` (count) or `map` (for_each), or nil for a single instance.
    public var each: String?
    /// `provider["registry.terraform.io/hashicorp/aws"]`.
    public var provider: String
    public var instances: [StateInstance]

    public init(module: String?, mode: Mode = .managed, type: String, name: String, each: String? = nil,
                provider: String, instances: [StateInstance]) {
        self.module = module
        self.mode = mode
        self.type = type
        self.name = name
        self.each = each
        self.provider = provider
        self.instances = instances
    }

    /// The resource's address without an instance key: `module.db.aws_db_instance.this`.
    public var address: String {
        let local = (mode == .data ? "data." : "") + type + "." + name
        return module.map { $0 + "." + local } ?? local
    }

    /// One instance's address: `module.db.aws_db_instance.this[0]`, `aws_subnet.private["a"]`.
    public func address(of instance: StateInstance) -> String {
        address + (instance.indexKey?.suffix ?? "")
    }

    /// `provider["registry.terraform.io/hashicorp/aws"]` for a type, from its prefix.
    public static func provider(forType type: String) -> String {
        let name = type.split(separator: "_").first.map(String.init) ?? type
        return "provider[\"registry.terraform.io/hashicorp/\(name)\"]"
    }
}

/// `count.index` (a number) or `each.key` (a string).
public enum IndexKey: Sendable, Hashable, Comparable {
    case int(Int)
    case string(String)

    /// `[0]` or `["a"]`, as in an address.
    public var suffix: String {
        switch self {
        case .int(let number): return "[\(number)]"
        case .string(let key): return "[\"\(key)\"]"
        }
    }

    /// Terraform's order: numbers before strings.
    public static func < (lhs: IndexKey, rhs: IndexKey) -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b
        case (.string(let a), .string(let b)): return a < b
        case (.int, .string): return true
        case (.string, .int): return false
        }
    }
}

/// One object in state: an instance's current object, or a deposed one.
public struct StateInstance: Sendable, Equatable {
    public var indexKey: IndexKey?
    /// `tainted`, or nil when ready.
    public var status: String?
    /// The eight-character key of a deposed object (create_before_destroy), or nil.
    public var deposed: String?
    public var schemaVersion: UInt64
    /// The object's attributes as the provider wrote them (cty JSON).
    public var attributes: StateValue
    /// Paths of sensitive values: `[[{"type":"get_attr","value":"password"}]]`.
    public var sensitiveAttributes: StateValue
    /// Terraform 1.12+: the resource identity, kept as read.
    public var identitySchemaVersion: StateValue?
    public var identity: StateValue?
    /// Provider private data, base64 as written.
    public var privateData: String?
    public var dependencies: [String]
    public var createBeforeDestroy: Bool

    public init(indexKey: IndexKey? = nil, status: String? = nil, deposed: String? = nil, schemaVersion: UInt64 = 0,
                attributes: StateValue, sensitiveAttributes: StateValue = .array([]), privateData: String? = nil,
                dependencies: [String] = [], createBeforeDestroy: Bool = false) {
        self.indexKey = indexKey
        self.status = status
        self.deposed = deposed
        self.schemaVersion = schemaVersion
        self.attributes = attributes
        self.sensitiveAttributes = sensitiveAttributes
        self.privateData = privateData
        self.dependencies = dependencies
        self.createBeforeDestroy = createBeforeDestroy
    }

    public var tainted: Bool { status == "tainted" }

    /// Top-level attribute names the file marks sensitive.
    public var sensitiveNames: Set<String> {
        Set((sensitiveAttributes.array ?? []).compactMap { path in
            guard let first = path.array?.first, first["type"]?.string == "get_attr" else { return nil }
            return first["value"]?.string
        })
    }
}
