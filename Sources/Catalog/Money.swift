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
        guard let value = Self.parsed.value(text, orParse: { DecimalLiteral.parse(Self.trimmed($0)) }) else { return nil }
        self.amount = value
    }

    /// The catalog's price texts, each parsed once: the capacity planner and the savings list
    /// price the same few hundred rows thousands of times.
    private static let parsed = ParsedLiterals()

    /// `text` without the leading and trailing whitespace `CharacterSet.whitespaces` names (Unicode's
    /// space separators and the tab), in plain Swift: every component the cost engine prices reads
    /// its price through here, and Foundation's trimming bridges through dynamic casts that cost
    /// more than the rest of the pricing.
    static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }), let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
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
