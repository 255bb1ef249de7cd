import Planner

/// Terragrunt's run queue on the simulated clock: the next unit to start is, of those whose
/// dependencies in this run have all ended, the one that can begin earliest (ties in wave and
/// name order). Units run one after another in the simulator but in that order, so what one
/// does to the account (a quota used, a name taken) is seen by the units that start after it,
/// and `--fail-fast` knows which units had started when a failure ended.
struct UnitQueue {
    private var pending: [ModulePlan]
    private let inRun: Set<String>
    private let start: Double

    init(_ modules: [ModulePlan], start: Double) {
        pending = modules.sorted { ($0.wave, $0.name) < ($1.wave, $1.name) }
        inRun = Set(modules.map(\.name))
        self.start = start
    }

    /// The next unit and the minute it begins, given the runs so far; nil when none is left.
    mutating func next(after runs: [String: ModuleRun]) -> (ModulePlan, Double)? {
        var best: (index: Int, begin: Double)?
        for (index, module) in pending.enumerated()
        where module.waitsFor.allSatisfy({ runs[$0] != nil || !inRun.contains($0) }) {
            let begin = module.waitsFor.compactMap { runs[$0]?.endMinute }.max() ?? start
            if best.map({ begin < $0.begin }) ?? true { best = (index, begin) }
        }
        // Nothing ready while units remain would be a cycle, which the planner refuses.
        guard let best else { return nil }
        return (pending.remove(at: best.index), best.begin)
    }
}
