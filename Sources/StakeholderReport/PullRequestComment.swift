import Catalog
import Foundation

/// `edxplan report --compare BASE --format pr-comment`: a short Markdown comment in the style
/// of Infracost's GitHub comment (a one-line verdict, a table per project, details folded).
public enum PullRequestComment {
    public static func render(_ document: ReportDocument) -> String {
        guard let comparison = document.comparison else {
            return "### 💰 edxplan cost estimate: \(document.scenario)\n\nMonthly estimate: **\(document.monthlyTotal.formatted)** "
                + "(no `--compare BASE` given, so no change is shown).\n\n" + savings(document)
        }
        let total = comparison.after - comparison.before
        let verdict = total == .zero ? "Monthly estimate did not change"
            : total > .zero ? "Monthly estimate increased by \(total.formatted) 📈"
            : "Monthly estimate decreased by \(Money(total.amount.magnitude).formatted) 📉"
        var out = "### 💰 edxplan cost estimate: \(comparison.baseline) → \(document.scenario)\n\n\(verdict)\n\n"
        out += "| Environment | Before | After | Monthly change |\n|---|---:|---:|---:|\n"
        for change in comparison.environments {
            out += "| \(change.name) | \(change.before.formatted) | \(change.after.formatted) | "
                + "\(Figures.signed(change.change)) (\(Figures.relative(change.change, of: change.before))) |\n"
        }
        out += "| **Total** | **\(comparison.before.formatted)** | **\(comparison.after.formatted)** | "
            + "**\(Figures.signed(total)) (\(Figures.relative(total, of: comparison.before)))** |\n\n"
        let largest = comparison.largest.prefix(5)
        if !largest.isEmpty {
            out += "<details>\n<summary>Largest changes</summary>\n\n| Environment | Resource | Component | Monthly change |\n|---|---|---|---:|\n"
            for change in largest {
                out += "| \(change.environment) | `\(change.address)` | \(change.component.replacingOccurrences(of: "|", with: "\\|")) | "
                    + "\(Figures.signed(change.change)) |\n"
            }
            out += "\n</details>\n\n"
        }
        out += savings(document)
        return out + "<sub>USD per month, AWS list prices from the edxplan catalog as of \(document.cost.catalogAsOf); "
            + "usage-based components use the scenarios' `usage` values.</sub>\n"
    }

    /// The five largest savings, folded.
    static func savings(_ document: ReportDocument) -> String {
        var out = ""
        let savings = document.cost.savings.prefix(5)
        if !savings.isEmpty {
            out += "<details>\n<summary>Savings, largest first (\(document.cost.savings.count) in all)</summary>\n\n"
                + "| Environment | Saving | Per month | Per year | In a plan |\n|---|---|---:|---:|---|\n"
            for s in savings {
                out += "| \(s.environment) | \(s.title.replacingOccurrences(of: "|", with: "\\|")) | \(s.monthly.formatted) | "
                    + "\(s.yearly.formatted) | \(s.planChange.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            out += "\n</details>\n\n"
        }
        return out
    }
}
