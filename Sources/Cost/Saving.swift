import Catalog
import Foundation

/// One way to pay less for the same service, priced by the cost engine: the configuration
/// with the change is priced whole and compared with the configuration as it is, so every
/// figure comes from the catalog and the engine, never from a percentage.
public struct Saving: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case extendedSupport = "extended-support"
        case graviton
        case currentGeneration = "current-generation"
        case gp3
        case natGateways = "nat-gateways"
        case reserved
        case rightSizing = "right-sizing"
        case outsideState = "outside-state"
    }

    public var kind: Kind
    /// The environment it applies to, or `shared`.
    public var environment: String
    /// What to do, in a line: `Upgrade EKS from Kubernetes 1.22 to 1.34`.
    public var title: String
    public var monthly: Money
    /// Twelve months of the monthly saving.
    public var yearly: Money { monthly * 12 }
    /// What the change does in a Terraform plan: in place, replacement, downtime.
    public var planChange: String
    public var risk: String
    /// The steps it takes, in order (EKS one minor version at a time).
    public var steps: [String]

    public init(kind: Kind, environment: String, title: String, monthly: Money, planChange: String, risk: String,
                steps: [String] = []) {
        self.kind = kind
        self.environment = environment
        self.title = title
        self.monthly = monthly
        self.planChange = planChange
        self.risk = risk
        self.steps = steps
    }

    /// Largest monthly saving first; kind, environment and title break ties so the order is stable.
    public static func ranked(_ list: [Saving]) -> [Saving] {
        list.sorted { ($1.monthly, $0.kind.rawValue, $0.environment, $0.title) < ($0.monthly, $1.kind.rawValue, $1.environment, $1.title) }
    }
}
