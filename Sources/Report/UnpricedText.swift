import Cost

/// How the text reports say what the catalog could not price: each component with its
/// resource and reason, and that the totals leave them out.
enum UnpricedText {
    static func summary(_ count: Int) -> String {
        "\(count) component\(count == 1 ? " has" : "s have") no price in the catalog for \(count == 1 ? "its" : "their") region; "
            + "the totals above leave \(count == 1 ? "it" : "them") out"
    }

    /// Nothing when every component is priced.
    static func list(_ unpriced: [UnpricedComponent]) -> String {
        guard !unpriced.isEmpty else { return "" }
        var out = "\nNot priced: " + summary(unpriced.count) + ".\n"
        for item in unpriced {
            out += "- \(item.environment): \(item.address): \(item.component): \(item.reason)\n"
        }
        return out
    }
}
