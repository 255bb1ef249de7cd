import Catalog
import Cost
import Foundation

/// Number formatting shared by the renderers, so a figure reads the same everywhere.
public enum Format {
    /// An exact quantity with at most 4 decimals and no trailing zeros: `730`, `0.5`, `33.3333`.
    public static func quantity(_ value: Decimal) -> String {
        var source = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &source, 4, .plain)
        return rounded.description
    }

    /// A catalog double (tier starts) without a needless `.0`.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A unit price as published: `$0.0832 per hour`.
    public static func price(_ price: Money, unit: String) -> String { "\(price.unitPrice) per \(unit)" }

    /// Pads `text` to `width` characters on the left (numbers) or right (names).
    public static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let gap = max(0, width - text.count)
        return right ? String(repeating: " ", count: gap) + text : text + String(repeating: " ", count: gap)
    }
}

extension Format {
    /// The marks after a component's name: `*` usage-based (priced from the scenario's usage),
    /// `†` priced from a catalog row not confirmed against a checked source.
    public static func marks(_ component: PricedComponent, markdown: Bool = false) -> String {
        (component.usageBased ? (markdown ? " \\*" : " *") : "") + (component.confirmed ? "" : " †")
    }

    /// What `†` means, printed under a table that has one.
    public static let unconfirmedLegend = "† price not confirmed against a checked source: its catalog row says UNCONFIRMED (see its source)"
}
