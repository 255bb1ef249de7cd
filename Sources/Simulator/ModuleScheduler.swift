import Planner

/// Runs one Terragrunt unit's actions the way Terraform walks its graph: at most
/// `parallelism` (10) operations at once, each starting when what it depends on has
/// finished; a failure skips everything downstream of it and lets the rest go on (no rollback).
///
/// Actions are numbered in address order and the walk works on those numbers: every tie
/// (which ready action starts first, which of two operations ending together finishes
/// first) goes to the smaller address, so the walk is a pure function of the plan.
struct ModuleScheduler {
    let parallelism: Int

    /// What executing one action produced: how long it took and whether it failed.
    struct Execution {
        var minutes: Double
        var failure: AWSFailure?
        var note: String?
        /// What real Terraform or AWS would have refused (the simulated call went through).
        var refusal: Refusal?
    }

    /// `execute` is called once per action, in simulated start order, at its start minute.
    func run(_ module: ModulePlan, start: Double,
             execute: (PlannedAction, Double) -> Execution) -> [OperationRecord] {
        // Numbers into the plan's own array, in address order (`ActionGraph`, worked out once
        // for a unit planned from empty state): sorting the actions themselves copies each one
        // (a dozen references apiece) several times over.
        let graph = module.graph
        let actions = IndexedActions(all: module.actions, order: graph.order)
        var unfinished = actions.indices.map { graph.needs(of: $0).count }
        var ready = actions.indices.filter { unfinished[$0] == 0 }
        // Each record is written once, when its operation starts (its end is known then);
        // `running` holds only numbers, so no record is copied while the walk goes on.
        var records = [OperationRecord?](repeating: nil, count: actions.count)
        // What the walk reads of a started operation, apart from its record: reading a field
        // through an optional record copied the whole record (a dozen references) each time.
        var outcomes = [OperationStatus?](repeating: nil, count: actions.count)
        var ends = [Double](repeating: 0, count: actions.count)
        var starts = [Double](repeating: .infinity, count: actions.count)
        var waiting = actions.count
        var running: [(end: Double, index: Int)] = []
        var clock = start

        func finish(_ index: Int) {
            for dependent in graph.dependents(of: index) {
                unfinished[dependent] -= 1
                // Kept sorted: the next walk takes ready actions in address order.
                if unfinished[dependent] == 0 { ready.insert(dependent, at: ready.firstIndex { $0 > dependent } ?? ready.endIndex) }
            }
        }
        while waiting > 0 || !running.isEmpty {
            // Actions made ready during this pass (by a skip) wait for the next one.
            var skipped: [Int] = []
            // What starts is a prefix of `ready`: it stops where the running slots run out.
            var started = 0
            for index in ready where running.count < parallelism {
                started += 1
                waiting -= 1
                let action = actions[index]
                // A dependency that failed or was skipped skips this one (a ready action's
                // dependencies have all finished, so each has its record).
                if let upstream = graph.needs(of: index).first(where: { outcomes[$0] != .succeeded }) {
                    records[index] = OperationRecord(module: module.name, address: action.address, action: action.action,
                                                     status: .skipped, startMinute: clock, endMinute: clock, failure: nil,
                                                     gatedBy: actions[upstream].address, note: "upstream dependencies failed")
                    (outcomes[index], starts[index], ends[index]) = (.skipped, clock, clock)
                    skipped.append(index)
                    continue
                }
                let gate = graph.needs(of: index).max { (ends[$0], $1) < (ends[$1], $0) }
                let result = execute(action, clock)
                let status: OperationStatus = result.failure == nil ? .succeeded : .failed
                records[index] = OperationRecord(module: module.name, address: action.address, action: action.action,
                                                 status: status, startMinute: clock,
                                                 endMinute: clock + result.minutes, failure: result.failure,
                                                 gatedBy: gate.map { actions[$0].address }, note: result.note,
                                                 refusal: result.refusal)
                (outcomes[index], starts[index], ends[index]) = (status, clock, clock + result.minutes)
                running.append((clock + result.minutes, index))
            }
            ready.removeFirst(started)
            for index in skipped { finish(index) }
            if running.isEmpty {
                // Only reachable with a dependency cycle inside the module, which the planner
                // refuses; kept so a bad plan cannot hang the simulator.
                if ready.isEmpty && waiting > 0 {
                    for index in actions.indices where outcomes[index] == nil {
                        records[index] = OperationRecord(module: module.name, address: actions[index].address, action: .noop,
                                                         status: .skipped, startMinute: clock, endMinute: clock, failure: nil,
                                                         gatedBy: nil, note: "dependency cycle")
                        (outcomes[index], starts[index], ends[index]) = (.skipped, clock, clock)
                    }
                    waiting = 0
                }
                continue
            }
            let first = running.indices.min { (running[$0].end, running[$0].index) < (running[$1].end, running[$1].index) } ?? 0
            let next = running.remove(at: first)
            clock = next.end
            finish(next.index)
        }
        // By start, then address: numbers are in address order, so they break ties without
        // comparing strings.
        return records.indices.sorted { (starts[$0], $0) < (starts[$1], $1) }.compactMap { records[$0] }
    }
}

/// A plan's actions seen through a list of positions, as a random-access collection.
struct IndexedActions: RandomAccessCollection {
    let all: [PlannedAction]
    let order: [Int]
    var startIndex: Int { 0 }
    var endIndex: Int { order.count }
    subscript(position: Int) -> PlannedAction { all[order[position]] }
}
