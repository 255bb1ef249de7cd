import Catalog
import Foundation

/// One priced line: what a resource costs for one billing dimension in a month.
public struct PricedComponent: Sendable, Equatable {
    public var name: String
    /// The unit the price is quoted in (`hour`, `GB-month`, `1K requests`, ...).
    public var unit: String
    /// Units used in a month; nil when the usage is not known.
    public var quantity: Decimal?
    public var unitPrice: Money
    /// `quantity x unitPrice`, rounded to the cent; zero when the quantity is unknown.
    public var monthlyCost: Money
    public var usageBased: Bool
    /// The catalog row this price comes from.
    public var priceKey: PriceKey
    public var tierStart: Double
    public var source: String
    /// Why the quantity is what it is (free allowances, defaults), when it needs saying.
    public var note: String?
    /// Set when the catalog has no price for this component in its region: the component is
    /// left out of every total and listed in `CostDocument.unpriced` with this reason.
    public var unpricedReason: String? = nil

    /// False when the catalog row behind the price was not confirmed against a checked source
    /// (its source says UNCONFIRMED, Catalog/README.md): every rendering marks the component.
    public var confirmed: Bool { !Self.marksUnconfirmed(source) }

    private static let unconfirmedMark = Array("UNCONFIRMED".utf8)

    /// `source` holds UNCONFIRMED, searched byte by byte: Foundation's `contains` goes through
    /// NSString and the standard library's `firstRange(of:)` through generic searchers, each
    /// costing more per call than pricing the component (every rendering asks for every component).
    static func marksUnconfirmed(_ source: String) -> Bool {
        let mark = unconfirmedMark
        var text = source
        return text.withUTF8 { bytes in
            guard bytes.count >= mark.count else { return false }
            for start in 0...(bytes.count - mark.count) where bytes[start] == mark[0] {
                if (1..<mark.count).allSatisfy({ bytes[start + $0] == mark[$0] }) { return true }
            }
            return false
        }
    }
}

/// A component the catalog cannot price in its region (no published source, or a service AWS
/// does not offer there). It is never guessed: totals leave it out and every report lists it.
public struct UnpricedComponent: Sendable, Equatable {
    public var environment: String
    public var address: String
    public var component: String
    public var priceKey: PriceKey
    public var reason: String

    public init(environment: String, address: String, component: String, priceKey: PriceKey, reason: String) {
        self.environment = environment
        self.address = address
        self.component = component
        self.priceKey = priceKey
        self.reason = reason
    }
}

/// A resource and its components.
public struct PricedResource: Sendable, Equatable {
    public var address: String
    public var type: String
    public var module: String
    /// Where it comes from when it is not in Terraform state (`kubernetes`, `tutor`, `manual`, ...).
    public var managedBy: String
    public var components: [PricedComponent]

    public var monthlyTotal: Money { components.reduce(.zero) { $0 + $1.monthlyCost } }
    /// True when at least one component depends on usage the scenario does not give.
    public var hasUnknownUsage: Bool { components.contains { $0.usageBased && $0.quantity == nil } }
}

/// The resources of one AWS service in one environment.
public struct ServiceCost: Sendable, Equatable {
    public var service: String
    public var resources: [PricedResource]
    public var monthlyTotal: Money { resources.reduce(.zero) { $0 + $1.monthlyTotal } }
}

/// One environment's own costs plus its share of the shared costs.
public struct EnvironmentCost: Sendable, Equatable {
    public var name: String
    public var region: String
    public var services: [ServiceCost]
    /// This environment's share of `CostDocument.shared`, by the scenario's allocation rule.
    public var sharedAllocation: Money
    /// Resources with no priced component (IAM, security groups, secrets, public certificates...).
    public var freeResources: Int

    public var ownTotal: Money { services.reduce(.zero) { $0 + $1.monthlyTotal } }
    public var monthlyTotal: Money { ownTotal + sharedAllocation }
}

/// Costs that belong to no single environment, and how they were split.
public struct SharedCost: Sendable, Equatable {
    /// The shared resources, itemized; empty in a one-environment view, where only that
    /// environment's share is reported (so the report still adds up to its total).
    public var services: [ServiceCost]
    public var allocationRule: String
    /// Environment name to amount; with all environments they add up to `monthlyTotal` exactly.
    public var allocations: [(environment: String, amount: Money)]
    /// The whole of the shared costs, itemized or not.
    public var monthlyTotal: Money
    /// What `UnpricedComponent.environment` says for a shared resource.
    public static let name = "shared"

    public init(services: [ServiceCost], allocationRule: String, allocations: [(environment: String, amount: Money)]) {
        self.services = services
        self.allocationRule = allocationRule
        self.allocations = allocations
        self.monthlyTotal = services.reduce(.zero) { $0 + $1.monthlyTotal }
    }

    /// True when the shared resources are listed; otherwise the report shows allocations only.
    public var isItemized: Bool { !services.isEmpty || monthlyTotal == .zero }

    public static func == (lhs: SharedCost, rhs: SharedCost) -> Bool {
        lhs.services == rhs.services && lhs.allocationRule == rhs.allocationRule && lhs.monthlyTotal == rhs.monthlyTotal
            && lhs.allocations.map(\.environment) == rhs.allocations.map(\.environment)
            && lhs.allocations.map(\.amount) == rhs.allocations.map(\.amount)
    }
}

/// The monthly cost of a whole scenario: what every cost renderer prints.
public struct CostDocument: Sendable, Equatable {
    public var scenario: String
    public var currency = "USD"
    public var catalogAsOf: String
    public var hoursPerMonth: Decimal
    public var environments: [EnvironmentCost]
    public var shared: SharedCost
    /// Assumptions behind the numbers, in the order they matter.
    public var assumptions: [String]
    /// Components with no price in their region, left out of every total.
    public var unpriced: [UnpricedComponent] = []
    /// Ways to pay less, largest monthly saving first; filled by the commands that report them
    /// (`cost`, `report`), empty where nobody asked.
    public var savings: [Saving] = []

    /// The sum of every environment's total, which includes all of the shared costs.
    public var monthlyTotal: Money { environments.reduce(.zero) { $0 + $1.monthlyTotal } }

    /// The same document for one environment: its own costs and its share of the shared
    /// costs, which are no longer itemized (they belong to every environment).
    public func only(environment name: String) -> CostDocument {
        var view = self
        view.environments = environments.filter { $0.name == name }
        view.shared.services = []
        view.shared.allocations = shared.allocations.filter { $0.environment == name }
        view.unpriced = unpriced.filter { $0.environment == name || $0.environment == SharedCost.name }
        view.savings = savings.filter { $0.environment == name }
        return view
    }
    public var sources: [String] {
        Set(components.map(\.source)).sorted()
    }

    /// Every priced component, the environments' and the shared stack's.
    public var components: [PricedComponent] {
        (environments.flatMap(\.services) + shared.services).flatMap(\.resources).flatMap(\.components)
    }

    /// True when a price in the document comes from a row not confirmed against a checked source.
    public var hasUnconfirmedPrices: Bool { components.contains { !$0.confirmed } }
}
