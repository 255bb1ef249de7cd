import Catalog
import Cost
import Foundation

/// The savings list as the cost renderers print it: largest monthly saving first, each with
/// its yearly figure, what it changes in a plan and its risk. The list is short after the
/// table (the first `limit`); JSON and the report's own section carry all of it.
public enum SavingsText {
    public static let limit = 5

    /// `1. prod: Upgrade EKS ... saves $365.00 a month ($4,380.00 a year)`.
    public static func line(_ saving: Saving) -> String {
        "\(saving.environment): \(saving.title): saves \(saving.monthly.formatted) a month (\(saving.yearly.formatted) a year)"
    }

    public static func table(_ savings: [Saving]) -> String {
        guard !savings.isEmpty else { return "" }
        var out = "\nSavings (largest first; each priced as a whole configuration, alternatives of one resource are not additive):\n"
        for (index, saving) in savings.prefix(limit).enumerated() {
            out += "  \(index + 1). \(line(saving))\n"
            out += "     plan: \(saving.planChange)\n     risk: \(saving.risk)\n"
        }
        if savings.count > limit {
            out += "  ... \(savings.count - limit) more in `edxplan cost --format json` (savings) and the report\n"
        }
        return out
    }

    public static func markdown(_ savings: [Saving], heading: String = "## Savings") -> String {
        guard !savings.isEmpty else { return "" }
        var out = "\(heading)\n\nLargest monthly saving first; each is priced as a whole configuration by the cost engine, "
            + "and alternatives for the same resource are not additive.\n\n"
            + "| # | Environment | Saving | Monthly | Yearly | In a plan | Risk |\n|---:|---|---|---:|---:|---|---|\n"
        for (index, s) in savings.enumerated() {
            let steps = s.steps.isEmpty ? "" : "<br>Steps: " + s.steps.joined(separator: "; ")
            out += "| \(index + 1) | \(s.environment) | \(s.title)\(steps) | \(s.monthly.formatted) | \(s.yearly.formatted) | "
                + "\(s.planChange) | \(s.risk) |\n"
        }
        return out + "\n"
    }

    public static func json(_ savings: [Saving]) -> JSONValue {
        .array(savings.map { s in
            .object([
                ("kind", .string(s.kind.rawValue)), ("environment", .string(s.environment)), ("title", .string(s.title)),
                ("monthly_saving", .number(s.monthly.plain)), ("yearly_saving", .number(s.yearly.plain)),
                ("plan_change", .string(s.planChange)), ("risk", .string(s.risk)),
                ("steps", .array(s.steps.map { .string($0) })),
            ])
        })
    }
}
