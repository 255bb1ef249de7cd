import Planner

/// Terragrunt's run queue on the simulated clock: the next unit to start is, of those whose
/// dependencies in this run have all ended, the one that can begin earliest (ties in wave and
/// name order). Units run one after another in the simulator but in that order, so what one
/// does to the account (a quota used, a name taken) is seen by the units that start after it,
/// and `--fail-fast` knows which units had started when a failure ended.
///
/// On numbers: a rehearsal asks four times per run, and looking names up cost 5% of it.
struct UnitQueue {
    private let modules: [ModulePlan]
    /// Each unit's position in the list the queue was made from.
    private let positions: [Int]
    /// For each unit, the units of this run it waits for.
    private let needs: [[Int]]
    private var ends: [Double?]
    private var started: [Bool]
    private let start: Double

    init(_ modules: [ModulePlan], start: Double) {
        positions = modules.indices.sorted { (modules[$0].wave, modules[$0].name) < (modules[$1].wave, modules[$1].name) }
        let sorted = positions.map { modules[$0] }
        self.modules = sorted
        // A run has a dozen units at most: a scan of their short names beats hashing them.
        needs = sorted.map { module in module.waitsFor.compactMap { name in sorted.firstIndex { $0.name == name } } }
        ends = Array(repeating: nil, count: sorted.count)
        started = Array(repeating: false, count: sorted.count)
        self.start = start
    }

    /// The next unit, its number (for `finish`) and the minute it begins; nil when none is left.
    mutating func next() -> (number: Int, module: ModulePlan, begin: Double)? {
        var best: (number: Int, begin: Double)?
        for number in modules.indices where !started[number] {
            var begin = start
            var ready = true
            for need in needs[number] {
                guard let end = ends[need] else { ready = false; break }
                begin = max(begin, end)
            }
            if ready, best.map({ begin < $0.begin }) ?? true { best = (number, begin) }
        }
        // Nothing ready while units remain would be a cycle, which the planner refuses.
        guard let best else { return nil }
        started[best.number] = true
        return (best.number, modules[best.number], best.begin)
    }

    mutating func finish(_ number: Int, at end: Double) { ends[number] = end }

    /// Where unit `number` was in the list the queue was made from.
    func position(of number: Int) -> Int { positions[number] }

    /// The positions (in that list) of the units unit `number` waits for, in the order its
    /// `waitsFor` names them: each has ended by the time `next()` hands the unit out.
    func upstream(of number: Int) -> [Int] { needs[number].map { positions[$0] } }
}
