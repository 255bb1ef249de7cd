import Catalog
import Foundation

/// Splits an amount into shares by weight, in whole cents, so the shares add up to the
/// amount exactly (largest remainder; ties go to the earlier environment).
enum Allocation {
    static func split(_ total: Money, weights: [Decimal]) -> [Money] {
        guard !weights.isEmpty else { return [] }
        let sum = weights.reduce(0, +)
        let effective = sum > 0 ? weights : weights.map { _ in Decimal(1) }
        let weightSum = effective.reduce(0, +)
        let cents = Decimal(total.cents)
        var floors: [Int64] = []
        var remainders: [(index: Int, remainder: Decimal)] = []
        for (index, weight) in effective.enumerated() {
            let exact = cents * weight / weightSum
            var rounded = Decimal()
            var value = exact
            NSDecimalRound(&rounded, &value, 0, .down)
            floors.append(NSDecimalNumber(decimal: rounded).int64Value)
            remainders.append((index, exact - rounded))
        }
        var left = total.cents - floors.reduce(0, +)
        for entry in remainders.sorted(by: { ($0.remainder, -$0.index) > ($1.remainder, -$1.index) }) where left > 0 {
            floors[entry.index] += 1
            left -= 1
        }
        return floors.map { Money(Decimal($0) / 100) }
    }
}
