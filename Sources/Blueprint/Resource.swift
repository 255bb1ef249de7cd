/// Who made a resource. Terraform knows only its own; the others are what tear-downs trip on.
public enum ManagedBy: String, Sendable, CaseIterable, Codable {
    /// In a Terragrunt module's state.
    case terraform
    /// Made by Kubernetes controllers (the Classic LB of a LoadBalancer Service), outside state.
    case kubernetes
    /// Made by Tutor's manifests applied in CI (PVC volumes, the caddy LB), outside state.
    case tutor
    /// Made by hand before the first apply (hosted zones, ECR repositories, key pair).
    case manual
    /// Made by Terragrunt itself (the state bucket and lock table).
    case terragrunt
}

/// A value of a resource attribute, printed the way Terraform prints it.
public enum AttributeValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case bool(Bool)
    case strings([String])

    public var description: String {
        switch self {
        case .string(let text): return "\"\(text)\""
        case .int(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .strings(let list): return "[" + list.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        }
    }

    public var string: String? { if case .string(let text) = self { return text }; return nil }
    public var int: Int? { if case .int(let number) = self { return number }; return nil }
    public var bool: Bool? { if case .bool(let flag) = self { return flag }; return nil }
}

/// One resource the backend wants to exist, as its module creates it.
public struct Resource: Sendable, Hashable {
    /// The Terraform address inside its module's state, e.g.
    /// `module.db.module.db_instance.aws_db_instance.this[0]`. Resources outside state get an
    /// address of the same shape so they can be named in reports.
    public var address: String
    /// The Terraform resource type, e.g. `aws_db_instance`.
    public var type: String
    /// The Terragrunt module (folder) that creates it, or `prerequisites` for manual ones.
    public var module: String
    public var managedBy: ManagedBy
    public var attributes: [String: AttributeValue]
    /// Addresses (in the same module) this resource references.
    public var dependsOn: [String]

    public init(address: String, type: String, module: String, managedBy: ManagedBy = .terraform,
                attributes: [String: AttributeValue] = [:], dependsOn: [String] = []) {
        self.address = address
        self.type = type
        self.module = module
        self.managedBy = managedBy
        self.attributes = attributes
        self.dependsOn = dependsOn
    }

    public subscript(_ name: String) -> AttributeValue? { attributes[name] }
}
