import Catalog
import Foundation

/// Figures the pack prints in words: signed changes and percentages.
enum Figures {
    /// `+$12.34`, `-$5.00`, `$0.00`.
    static func signed(_ amount: Money) -> String {
        amount > .zero ? "+" + amount.formatted : amount.formatted
    }

    /// `3%`, `2.5%`.
    static func percent(_ value: Decimal) -> String { "\(value)%" }

    /// `+12.3%` of `before`, or `new` when there was nothing before.
    static func relative(_ change: Money, of before: Money) -> String {
        guard before != .zero else { return change == .zero ? "0%" : "new" }
        let ratio = (change.amount / before.amount * 100).double
        return String(format: "%+.1f%%", ratio)
    }
}
