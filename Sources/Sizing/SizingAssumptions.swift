import Diagnostics
import Foundation
import Scenario

/// The assumption table with the scenario's and the command line's overrides applied.
public struct SizingAssumptions: Sendable {
    public private(set) var table: [Assumption]
    private var values: [String: Double]
    /// `load.background_tasks_per_minute`, when the scenario gives the total directly.
    public var backgroundTasksPerMinute: Double?

    /// Every key the scenario's `load:` block may hold for the planner (ScenarioDecoder must allow them).
    public static var scenarioKeys: [String] { AssumptionTable.rows.map(\.0) + ["background_tasks_per_minute"] }

    public static var defaults: SizingAssumptions { SizingAssumptions(overrides: [:]) }

    /// The largest value any assumption may take.
    static let largest = 1_000_000.0

    private init(overrides: [String: Double]) {
        table = AssumptionTable.rows.map { key, value, unit, meaning, source in
            Assumption(key: key, value: overrides[key] ?? value, defaultValue: value, unit: unit, meaning: meaning, source: source)
        }
        values = Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) })
    }

    /// The scenario's `load.other` first, then `overrides` (from `--set`), which win.
    public init(load: LoadProfile, overrides: [String: Double] = [:]) throws {
        var merged: [String: Double] = [:]
        for (key, value) in load.other where key != "background_tasks_per_minute" {
            merged[key] = NSDecimalNumber(decimal: value).doubleValue
        }
        // The total of background tasks is no row of the table: it replaces a per-user rate.
        for (key, value) in overrides where key != "background_tasks_per_minute" { merged[key] = value }
        let known = Set(AssumptionTable.rows.map(\.0))
        for key in merged.keys.sorted() where !known.contains(key) {
            throw SizingError.unknownAssumption(key, known: known.sorted())
        }
        // The planner turns these into counts of pods, processes and nodes: NaN, infinity or
        // a value past any real installation cannot be, and would not fit in a count.
        let background = overrides["background_tasks_per_minute"]
            ?? load.other["background_tasks_per_minute"].map { NSDecimalNumber(decimal: $0).doubleValue }
        var given = merged
        given["background_tasks_per_minute"] = background
        for (key, value) in given.sorted(by: { $0.key < $1.key }) {
            guard value.isFinite else { throw SizingError.badAssumption(key, "is not a finite number") }
            guard abs(value) <= Self.largest else {
                throw SizingError.badAssumption(key, "is \(value), but it must be at most 1,000,000 (in its unit)")
            }
        }
        self.init(overrides: merged)
        backgroundTasksPerMinute = background
        for assumption in table where assumption.value < 0 && assumption.key != "storage_growth_gb_per_month" {
            throw SizingError.badAssumption(assumption.key, "must not be negative")
        }
        if self["uwsgi_workers_per_pod"] < 1 { throw SizingError.badAssumption("uwsgi_workers_per_pod", "must be at least 1") }
        // A managed node group holds 450 nodes by default (quota L-BD136A63, adjustable); the
        // search tries every count up to this one for every instance type.
        if self["max_nodes_when_extending"] > 1000 {
            throw SizingError.badAssumption("max_nodes_when_extending", "is \(self["max_nodes_when_extending"]), but the search tries at most 1,000 nodes (a managed node group holds 450 by default)")
        }
        // A DocumentDB cluster holds 1 writer and up to 15 replicas, not adjustable
        // (terraform-semantics.md §5); the search tries every count from this one up.
        if self["docdb_min_instances"] > 16 {
            throw SizingError.badAssumption("docdb_min_instances", "is \(self["docdb_min_instances"]), but a DocumentDB cluster holds at most 16 instances")
        }
        if self["target_utilization"] <= 0 || self["target_utilization"] > 1 {
            throw SizingError.badAssumption("target_utilization", "must be in (0, 1]")
        }
    }

    /// The value in use; 0 for a key the table does not have (the table is the only source of keys).
    public subscript(_ key: String) -> Double { values[key] ?? 0 }
}

/// What stops the capacity planner: all of it is the user's input, so exit code 2.
public enum SizingError: UserError, Equatable {
    case unknownAssumption(String, known: [String])
    case badAssumption(String, String)
    case missingLoad(environment: String)
    case noKubernetes(environment: String)
    case nothingFits(String)
    /// `--env shared` with `--learners`/`--peak-concurrent`: the stack carries several loads.
    case sharedLoadNeedsEnvironment

    public var location: SourceLocation? { nil }

    public var message: String {
        switch self {
        case .unknownAssumption(let key, _): return "'\(key)' is not a sizing assumption"
        case .badAssumption(let key, let problem): return "sizing assumption '\(key)' \(problem)"
        case .missingLoad(let environment):
            return "environment '\(environment)' has no load to size for"
        case .noKubernetes(let environment):
            return "environment '\(environment)' has no kubernetes module with a node group to size"
        case .nothingFits(let detail): return "no configuration in the catalog meets every constraint: \(detail)"
        case .sharedLoadNeedsEnvironment:
            return "--learners and --peak-concurrent give one environment's load, and the shared stack carries every environment's"
        }
    }

    public var hint: String? {
        switch self {
        case .unknownAssumption(let key, let known): return Suggestions.hint(for: key, in: known) ?? "known: " + known.joined(separator: ", ")
        case .missingLoad: return "give load.registered_learners and load.peak_concurrent_users, or --learners and --peak-concurrent"
        case .nothingFits: return "lower the load or relax an assumption (--set KEY=VALUE)"
        case .sharedLoadNeedsEnvironment:
            return "name the environment whose load they are (--env prod --learners N): the stack is sized for it and the others at their own loads"
        default: return nil
        }
    }
}
