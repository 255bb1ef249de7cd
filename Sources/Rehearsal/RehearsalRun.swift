import Simulator

/// One destroy/recreate rehearsal of one scope: apply if needed, deploy Tutor and put data
/// in the stores, destroy, apply again; then read what was lost and what was met.
public struct RehearsalRun: Sendable {
    public var seed: UInt64
    /// The phases in order: (optional initial apply), destroy, apply.
    public var phases: [RunResult]
    public var dataLoss: [DataLossEntry]
    /// The scope rehearsed.
    public var scope: String
    /// Read from the phases when asked: a many-run report reads them of its first run only, and
    /// working them out for every run cost 3% of a rehearsal.
    public var hazardsMet: [Hazard] { HazardsMet.from(phases, scope: scope) }
    public var orphans: [String]
    /// From the start of the destroy to the end of the recreate: the platform is down.
    public var downtimeMinutes: Double
    public var totalMinutes: Double
    /// Every phase succeeded.
    public var succeeded: Bool { summary?.succeeded ?? phases.allSatisfy(\.succeeded) }
    /// True when one more apply leaves nothing to do (the run ended in the desired state or gets there).
    public var convergesOnRetry: Bool
    public var failurePoints: [String] {
        summary?.failurePoints ?? phases.flatMap { phase in
            phase.failures.map { "\(phase.mode.rawValue) \($0.module): \($0.address) (\($0.failure?.code ?? "error"))" }
                + phase.modules.filter { $0.status == .failed && $0.operations.isEmpty }.map { "\(phase.mode.rawValue) \($0.name): \($0.message ?? "")" }
        }
    }
    /// Some data store's data is gone for good.
    public var losesData: Bool { summary?.losesData ?? dataLoss.contains { $0.outcome == .lost } }

    /// What a summarized run still answers after its details are dropped.
    private struct Summary: Sendable {
        var succeeded: Bool
        var failurePoints: [String]
        var losesData: Bool
    }
    private var summary: Summary?

    init(seed: UInt64, scope: String, phases: [RunResult], dataLoss: [DataLossEntry], orphans: [String],
         downtimeMinutes: Double, totalMinutes: Double, convergesOnRetry: Bool) {
        self.seed = seed
        self.scope = scope
        self.phases = phases
        self.dataLoss = dataLoss
        self.orphans = orphans
        self.downtimeMinutes = downtimeMinutes
        self.totalMinutes = totalMinutes
        self.convergesOnRetry = convergesOnRetry
    }

    /// False for a run kept only as its figures: its phases, data-loss table, hazards and
    /// orphans are dropped (see `summarized()`).
    public var isDetailed: Bool { summary == nil }

    /// The run without its details, answering only what a many-run report counts: success,
    /// failure points, data lost, convergence and durations. A run's details are tens of
    /// kilobytes; 10,000 of them kept whole took 400 MiB.
    public func summarized() -> RehearsalRun {
        var copy = RehearsalRun(seed: seed, scope: scope, phases: [], dataLoss: [], orphans: [], downtimeMinutes: downtimeMinutes,
                                totalMinutes: totalMinutes, convergesOnRetry: convergesOnRetry)
        copy.summary = Summary(succeeded: succeeded, failurePoints: failurePoints, losesData: losesData)
        return copy
    }
}
