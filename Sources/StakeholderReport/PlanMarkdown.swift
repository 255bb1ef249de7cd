import Foundation

/// `Reports/<scenario>/plan.md`: the apply waves per scope, from the same timeline as the Gantt chart.
public enum PlanMarkdown {
    public static func render(_ document: ReportDocument) -> String {
        var out = "# Apply plan: \(document.scenario)\n\n"
        guard !document.timeline.isEmpty else {
            return out + "The apply timeline appears when the plan can be simulated.\n"
        }
        out += "What `terragrunt run --all apply` would do on an empty account, in Terragrunt's waves, with simulated minutes "
            + "from the catalog's typical durations (a dry run of `edxplan apply` against an in-memory fake account, seed 1). "
            + "`edxplan plan --env ENV` shows every resource.\n\n"
        for scope in document.timeline {
            let resources = scope.units.reduce(0) { $0 + $1.resources }
            let waves = Set(scope.units.map(\.wave)).count
            out += "## \(scope.scope)\n\n\(resources) to add in \(scope.units.count) units and \(waves) waves; "
                + "about \(String(format: "%.1f", scope.totalMinutes)) simulated minutes.\n\n"
            out += "| Wave | Unit | Resources | Start (min) | End (min) | Status |\n|---:|---|---:|---:|---:|---|\n"
            for unit in scope.units {
                out += "| \(unit.wave + 1) | \(unit.module) | \(unit.resources) | \(ReportCharts.minutes(unit.startMinute)) | "
                    + "\(ReportCharts.minutes(unit.endMinute)) | \(unit.status) |\n"
            }
            out += "\n"
            if !scope.stops.isEmpty {
                out += "A real apply stops at \(scope.stops.count) of these places. This dry run went past them to show the rest, "
                    + "as `edxplan apply --continue-past-refusals` does; `edxplan apply` stops and fails there, as AWS does:\n\n| Unit | Resource | When | Error | Fix |\n|---|---|---|---|---|\n"
                for stop in scope.stops {
                    out += "| \(stop.module) | `\(stop.address)` | \(stop.when) | \(ReportMarkdown.escape(stop.error)) | \(ReportMarkdown.escape(stop.fix ?? "")) |\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
