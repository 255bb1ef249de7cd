import Blueprint

/// One resource as a module's Terraform state records it.
public struct StateEntry: Sendable, Equatable, Codable {
    public var address: String
    public var type: String
    public var module: String
    /// The AWS ID (`vpc-0a1b...`, `prod`, an ARN) of the object the state points at.
    public var resourceID: String
    public var attributes: [String: AttributeValue]
    /// A create that failed part-way: the next plan replaces it.
    public var tainted: Bool
    public var dependencies: [String]

    public init(address: String, type: String, module: String, resourceID: String, attributes: [String: AttributeValue],
                tainted: Bool = false, dependencies: [String] = []) {
        self.address = address
        self.type = type
        self.module = module
        self.resourceID = resourceID
        self.attributes = attributes
        self.tainted = tainted
        self.dependencies = dependencies
    }
}

/// What the planner knows before planning: every module's state, refreshed against the
/// account (what still exists there and with which attributes).
public struct PriorState: Sendable, Equatable {
    /// Module name to its state entries by address.
    public var modules: [String: [String: StateEntry]]
    /// The live attributes of each recorded object, by resource ID; an ID missing here was
    /// deleted outside Terraform (refresh drops it from state and the plan creates it again).
    public var live: [String: [String: AttributeValue]]

    public init(modules: [String: [String: StateEntry]] = [:], live: [String: [String: AttributeValue]] = [:]) {
        self.modules = modules
        self.live = live
    }

    public static let empty = PriorState()
}
