/// One resource as a module's Terraform state records it.
///
/// A value with its fields in one shared box, copied only when written (as `PlannedAction`):
/// an entry is handed from the state to the plan, to each of its actions and back to the
/// account, and copying its six strings and collections each time, a retain and a release
/// apiece, was a few percent of a rehearsal.
public struct StateEntry: Sendable, Equatable, Codable {
    public var address: String {
        get { fields.address }
        set { unique().address = newValue }
    }
    public var type: String {
        get { fields.type }
        set { unique().type = newValue }
    }
    public var module: String {
        get { fields.module }
        set { unique().module = newValue }
    }
    /// The AWS ID (`vpc-0a1b...`, `prod`, an ARN) of the object the state points at.
    public var resourceID: String {
        get { fields.resourceID }
        set { unique().resourceID = newValue }
    }
    public var attributes: [String: AttributeValue] {
        get { fields.attributes }
        set { unique().attributes = newValue }
    }
    /// A create that failed part-way: the next plan replaces it.
    public var tainted: Bool {
        get { fields.tainted }
        set { unique().tainted = newValue }
    }
    public var dependencies: [String] {
        get { fields.dependencies }
        set { unique().dependencies = newValue }
    }

    private var fields: Fields

    public init(address: String, type: String, module: String, resourceID: String, attributes: [String: AttributeValue],
                tainted: Bool = false, dependencies: [String] = []) {
        fields = Fields(address: address, type: type, module: module, resourceID: resourceID, attributes: attributes,
                        tainted: tainted, dependencies: dependencies)
    }

    /// The box to write to: this value's own (a copy of a shared one first).
    private mutating func unique() -> Fields {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
        return fields
    }

    public static func == (lhs: StateEntry, rhs: StateEntry) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.address == rhs.address && lhs.type == rhs.type && lhs.module == rhs.module
            && lhs.resourceID == rhs.resourceID && lhs.attributes == rhs.attributes && lhs.tainted == rhs.tainted
            && lhs.dependencies == rhs.dependencies
    }

    private enum CodingKeys: String, CodingKey {
        case address, type, module, resourceID, attributes, tainted, dependencies
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(address: try container.decode(String.self, forKey: .address), type: try container.decode(String.self, forKey: .type),
                  module: try container.decode(String.self, forKey: .module),
                  resourceID: try container.decode(String.self, forKey: .resourceID),
                  attributes: try container.decode([String: AttributeValue].self, forKey: .attributes),
                  tainted: try container.decode(Bool.self, forKey: .tainted),
                  dependencies: try container.decode([String].self, forKey: .dependencies))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(address, forKey: .address)
        try container.encode(type, forKey: .type)
        try container.encode(module, forKey: .module)
        try container.encode(resourceID, forKey: .resourceID)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(tainted, forKey: .tainted)
        try container.encode(dependencies, forKey: .dependencies)
    }

    /// Written only through `unique()`, so a box shared by several values never changes:
    /// that is what makes it safe to send between threads.
    private final class Fields: @unchecked Sendable {
        var address: String
        var type: String
        var module: String
        var resourceID: String
        var attributes: [String: AttributeValue]
        var tainted: Bool
        var dependencies: [String]

        init(address: String, type: String, module: String, resourceID: String, attributes: [String: AttributeValue],
             tainted: Bool, dependencies: [String]) {
            self.address = address
            self.type = type
            self.module = module
            self.resourceID = resourceID
            self.attributes = attributes
            self.tainted = tainted
            self.dependencies = dependencies
        }

        func copy() -> Fields {
            Fields(address: address, type: type, module: module, resourceID: resourceID, attributes: attributes,
                   tainted: tainted, dependencies: dependencies)
        }
    }
}

/// What the planner knows before planning: every module's state, refreshed against the
/// account (what still exists there and with which attributes).
public struct PriorState: Sendable, Equatable {
    /// Module name to its state entries by address.
    public var modules: [String: [String: StateEntry]]
    /// The live attributes of each recorded object, by resource ID; an ID missing here was
    /// deleted outside Terraform (refresh drops it from state and the plan creates it again).
    public var live: LiveAttributes

    public init(modules: [String: [String: StateEntry]] = [:], live: LiveAttributes = [:]) {
        self.modules = modules
        self.live = live
    }

    public static let empty = PriorState()
}
