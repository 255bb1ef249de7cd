import Catalog
import Planner

/// How long an operation takes on the simulated clock: the catalog's typical minutes for the
/// resource type (terraform-semantics.md section 4), spread by +-25% with the seeded generator.
struct Durations {
    let catalog: Catalog
    var random: SeededRandom

    /// Types the catalog does not list take a few seconds (API calls with no waiter).
    static let unlisted = 0.1

    mutating func minutes(for type: String, action: Action) -> Double {
        let row = catalog.durations[type]
        let typical: Double
        switch action {
        case .create: typical = row?.createTypical ?? Self.unlisted
        case .update: typical = row?.updateTypical ?? Self.unlisted
        case .delete: typical = row?.deleteTypical ?? Self.unlisted
        case .replace: typical = (row?.deleteTypical ?? Self.unlisted) + (row?.createTypical ?? Self.unlisted)
        case .noop: typical = 0
        }
        return (typical * random.uniform(0.75...1.25) * 100).rounded() / 100
    }

    /// The provider's default timeout, what a retried failure (DependencyViolation) costs.
    func timeout(for type: String, action: Action) -> Double {
        let row = catalog.durations[type]
        switch action {
        case .create, .replace: return row?.createMax ?? 10
        case .update: return row?.updateMax ?? 10
        case .delete: return row?.deleteMax ?? 10
        case .noop: return 0
        }
    }
}
