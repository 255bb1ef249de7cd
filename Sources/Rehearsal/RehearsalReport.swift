import Foundation
import Report
import Simulator

/// Everything `edxplan rehearse` reports, over one or many runs.
public struct RehearsalReport: Sendable {
    public var scenario: String
    public var scopes: [String]
    public var seed: UInt64
    public var faults: Double
    /// Hazards read from the configuration before running.
    public var hazardsRead: [Hazard]
    /// Each run's rehearsals, one per scope, in order.
    public var runs: [[RehearsalRun]]
    /// What a hazard met while running becomes in the report: with `--terragrunt`, pointed at
    /// the tree's lines that cause it, as the hazards read are.
    public var pointMet: @Sendable ([Hazard]) -> [Hazard] = { $0 }

    public init(scenario: String, scopes: [String], seed: UInt64, faults: Double, hazardsRead: [Hazard], runs: [[RehearsalRun]]) {
        self.scenario = scenario
        self.scopes = scopes
        self.seed = seed
        self.faults = faults
        self.hazardsRead = hazardsRead
        self.runs = runs
    }

    var first: [RehearsalRun] { runs.first ?? [] }
    public var successRate: Double {
        runs.isEmpty ? 0 : Double(runs.filter { $0.allSatisfy(\.succeeded) }.count) / Double(runs.count)
    }
    var durations: [Double] { runs.map { $0.reduce(0) { $0 + $1.totalMinutes } }.sorted() }
    func percentile(_ p: Double) -> Double {
        guard !durations.isEmpty else { return 0 }
        return durations[min(durations.count - 1, Int((Double(durations.count - 1) * p).rounded()))]
    }
    /// Failure points by how many runs met them, most frequent first.
    var failurePoints: [(point: String, count: Int)] {
        var counts: [String: Int] = [:]
        for run in runs { for point in Set(run.flatMap(\.failurePoints)) { counts[point, default: 0] += 1 } }
        return counts.map { ($0.key, $0.value) }.sorted { ($1.count, $0.point) < ($0.count, $1.point) }
    }
    var convergedRuns: Int { runs.filter { $0.allSatisfy(\.convergesOnRetry) }.count }
    /// Hazards read and met, met ones first (deduplicated by id and address).
    var hazards: [Hazard] {
        var seen = Set<String>()
        return (pointMet(first.flatMap(\.hazardsMet)) + hazardsRead).filter { seen.insert("\($0.id)|\($0.address)|\($0.met)").inserted }
    }
    var quotaProblems: [Hazard] { hazards.filter { $0.id.hasPrefix("QUOTA-") } }

    public func json() -> String {
        func number(_ value: Double) -> JSONValue { .number(String(format: "%.2f", value)) }
        return JSONValue.object([
            ("scenario", .string(scenario)),
            ("scopes", .array(scopes.map { .string($0) })),
            ("seed", .number(String(seed))),
            ("faults", number(faults)),
            ("runs", .number(String(runs.count))),
            ("success_rate", number(successRate)),
            ("duration_minutes", .object([("p50", number(percentile(0.5))), ("p95", number(percentile(0.95))),
                                          ("max", number(durations.last ?? 0))])),
            ("converged_on_retry", .number(String(convergedRuns))),
            ("hazards", .array(hazards.map { hazard in
                .object([("id", .string(hazard.id)), ("severity", .string(hazard.severity.rawValue)), ("scope", .string(hazard.scope)),
                         ("address", .string(hazard.address)), ("evidence", .string(hazard.evidence)),
                         ("aws_error", hazard.awsError.map { .string($0) } ?? .null), ("fix", .string(hazard.fix)),
                         ("met", .bool(hazard.met))])
            })),
            ("data_loss", .array(first.flatMap(\.dataLoss).map { entry in
                .object([("store", .string(entry.store)), ("address", .string(entry.address)),
                         ("size_gb", entry.sizeGB.map { number($0) } ?? .null), ("outcome", .string(entry.outcome.rawValue)),
                         ("why", .string(entry.why))])
            })),
            ("failures", .array(first.flatMap(\.failurePoints).map { .string($0) })),
            ("failure_points", .array(failurePoints.map { .object([("point", .string($0.point)), ("runs", .number(String($0.count)))]) })),
            ("orphans", .array(first.flatMap(\.orphans).map { .string($0) })),
            ("downtime_minutes", number(first.reduce(0) { $0 + $1.downtimeMinutes })),
            ("quota_problems", .array(quotaProblems.map { .string("\($0.scope)/\($0.address): \($0.awsError ?? $0.title); \($0.fix)") })),
            ("phases", .array(first.flatMap(\.phases).map { RunJSON.value($0) })),
        ]).rendered()
    }
}
