import Blueprint
import Catalog
import Foundation
import Scenario

/// Resources already priced, for callers that price many variants of one scenario (the
/// savings list prices a dozen, each differing from the scenario in one or two resources).
/// A resource's components depend only on the resource, the region, the usage, the month's
/// hours, the environment's facts (`PricingContext`) and the account-wide allowances left when
/// it is priced; with all of these equal, the engine's answer is the remembered one, so the
/// result is the one pricing the resource again gives, byte for byte.
public final class PricingMemo: @unchecked Sendable {
    /// Everything but the resource and the allowances: compared whole, few per memo.
    struct Setting: Equatable {
        let region: String
        let usage: Usage
        let hours: Decimal
        let context: PricingContext
    }

    /// A resource with the allowances left before it. Hashed by address alone (cheap); equal
    /// only when every attribute is.
    struct Entry: Hashable {
        let resource: Resource
        let pools: AllowancePools

        func hash(into hasher: inout Hasher) { hasher.combine(resource.address) }
    }

    struct Priced {
        let components: [PricedComponent]
        let pools: AllowancePools
    }

    private let lock = NSLock()
    private var settings: [(setting: Setting, priced: [Entry: Priced])] = []

    public init() {}

    /// The index of `setting`'s table, added when new.
    func table(for setting: Setting) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let index = settings.firstIndex(where: { $0.setting == setting }) { return index }
        settings.append((setting, [:]))
        return settings.count - 1
    }

    func priced(_ entry: Entry, in table: Int) -> Priced? {
        lock.lock()
        defer { lock.unlock() }
        return settings[table].priced[entry]
    }

    func remember(_ priced: Priced, for entry: Entry, in table: Int) {
        lock.lock()
        defer { lock.unlock() }
        settings[table].priced[entry] = priced
    }
}
