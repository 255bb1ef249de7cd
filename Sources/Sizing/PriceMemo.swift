import Catalog
import Foundation

/// The monthly price of each sized option, once worked out by the cost engine: a lookup, not
/// a new pricing, when the search asks again. Nil (no price in the catalog) is kept too.
final class PriceMemo: @unchecked Sendable {
    enum Part: Hashable { case nodes, mysql, docdb, redis }

    /// `count` is the node count, or MySQL's storage in GB; `credits` the vCPU-hours above the baseline.
    struct Key: Hashable {
        let part: Part
        let type: String
        let count: Int
        let credits: Double
    }

    private let lock = NSLock()
    private var prices: [Key: Money?] = [:]

    func value(_ key: Key, price: () -> Money?) -> Money? {
        lock.lock()
        let known = prices[key]
        lock.unlock()
        if let known { return known }
        let value = price()
        lock.lock()
        prices[key] = value
        lock.unlock()
        return value
    }
}
