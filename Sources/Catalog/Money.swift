import Diagnostics
import Foundation

/// An exact amount of US dollars. Prices keep every digit AWS publishes (`0.0832`); monthly
/// costs are rounded to the cent once, per component, so every total is the exact sum of
/// the parts it shows.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public private(set) var amount: Decimal

    public init(_ amount: Decimal) { self.amount = amount }

    /// Parses a plain decimal literal such as `"0.0832"`; nil for anything else.
    public init?(exactly text: String) {
        guard let value = DecimalLiteral.parse(text.trimmingCharacters(in: .whitespaces)) else { return nil }
        self.amount = value
    }

    public static let zero = Money(0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(lhs.amount + rhs.amount) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(lhs.amount - rhs.amount) }
    public static func += (lhs: inout Money, rhs: Money) { lhs.amount += rhs.amount }
    public static func * (lhs: Money, rhs: Decimal) -> Money { Money(lhs.amount * rhs) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.amount < rhs.amount }

    /// Rounded half away from zero to `scale` decimal places (2 = cents).
    public func rounded(scale: Int = 2) -> Money {
        var source = amount
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return Money(result)
    }

    /// Whole cents of the rounded amount.
    public var cents: Int64 {
        let scaled = rounded().amount * 100
        return Int64(NSDecimalNumber(decimal: scaled).int64Value)
    }

    /// `123.45`: the amount rounded to cents with exactly two decimals, as JSON and CSV want it.
    public var plain: String {
        let cents = self.cents
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// `$1,234.56` for people.
    public var formatted: String {
        let cents = self.cents
        let magnitude = cents.magnitude
        var whole = String(magnitude / 100)
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let fraction = magnitude % 100
        return (cents < 0 ? "-$" : "$") + whole + grouped + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// A unit price as published, with every digit: `$0.0832`.
    public var unitPrice: String {
        var text = amount.description
        if !text.contains(".") { text += ".00" } else if text.split(separator: ".").last?.count == 1 { text += "0" }
        return "$" + text
    }

    public var description: String { formatted }
}

extension Decimal {
    /// Exact decimal from a plain literal; used for quantities read from text.
    public init?(exactly text: String) {
        guard let money = Money(exactly: text) else { return nil }
        self = money.amount
    }
}
