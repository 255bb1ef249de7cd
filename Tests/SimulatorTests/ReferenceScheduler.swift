import Planner
@testable import Simulator

/// The walk as first written (string keys, a full scan for ready actions on every step),
/// kept as the oracle the numbered walk is checked against.
struct ReferenceScheduler {
    let parallelism: Int

    typealias Execution = ModuleScheduler.Execution

    /// `execute` is called once per action, in simulated start order, at its start minute.
    func run(_ module: ModulePlan, mode: PlanMode, start: Double,
             execute: (PlannedAction, Double) -> Execution) -> [OperationRecord] {
        let actions = module.actions.filter { $0.action != .noop }
        let waits = Self.waits(actions, mode: mode)
        var remaining = Dictionary(uniqueKeysWithValues: actions.map { ($0.address, waits[$0.address] ?? []) })
        var byAddress = Dictionary(uniqueKeysWithValues: actions.map { ($0.address, $0) })
        var finished: [String: OperationRecord] = [:]
        var running: [(end: Double, record: OperationRecord)] = []
        var clock = start

        func ready() -> [String] {
            remaining.filter { $0.value.allSatisfy { finished[$0] != nil } }.keys.sorted()
        }
        while !remaining.isEmpty || !running.isEmpty {
            for address in ready() where running.count < parallelism {
                guard let action = byAddress[address], let needs = remaining.removeValue(forKey: address) else { continue }
                // A dependency that failed or was skipped skips this one.
                if let upstream = needs.compactMap({ finished[$0] }).first(where: { $0.status != .succeeded }) {
                    finished[address] = OperationRecord(module: module.name, address: address, action: action.action,
                                                        status: .skipped, startMinute: clock, endMinute: clock,
                                                        failure: nil, gatedBy: upstream.address,
                                                        note: "upstream dependencies failed")
                    continue
                }
                let gate = needs.compactMap { finished[$0] }.max { ($0.endMinute, $1.address) < ($1.endMinute, $0.address) }
                let result = execute(action, clock)
                let record = OperationRecord(module: module.name, address: address, action: action.action,
                                             status: result.failure == nil ? .succeeded : .failed, startMinute: clock,
                                             endMinute: clock + result.minutes, failure: result.failure,
                                             gatedBy: gate?.address, note: result.note)
                running.append((clock + result.minutes, record))
                byAddress[address] = nil
            }
            // Skips were recorded without running; loop again before advancing the clock.
            if running.isEmpty { if ready().isEmpty && !remaining.isEmpty { skipUnreachable() }; continue }
            running.sort { ($0.end, $0.record.address) < ($1.end, $1.record.address) }
            let next = running.removeFirst()
            clock = next.end
            finished[next.record.address] = next.record
        }
        return finished.values.sorted { ($0.startMinute, $0.address) < ($1.startMinute, $1.address) }

        // Only reachable with a dependency cycle inside the module, which the planner refuses;
        // kept so a bad plan cannot hang the simulator.
        func skipUnreachable() {
            for (address, _) in remaining {
                finished[address] = OperationRecord(module: module.name, address: address, action: .noop, status: .skipped,
                                                    startMinute: clock, endMinute: clock, failure: nil, gatedBy: nil,
                                                    note: "dependency cycle")
            }
            remaining.removeAll()
        }
    }

    /// Which addresses each action waits for. Creates and updates wait for what they
    /// reference; deletes wait for the deletion of what references them (the exact inverse).
    static func waits(_ actions: [PlannedAction], mode: PlanMode) -> [String: [String]] {
        let present = Set(actions.map(\.address))
        var waits: [String: [String]] = [:]
        for action in actions {
            if action.action == .delete {
                let dependents = actions.filter { $0.action == .delete && $0.dependsOn.contains(action.address) }.map(\.address)
                waits[action.address, default: []] += dependents
            } else {
                waits[action.address, default: []] += action.dependsOn.filter { present.contains($0) }
            }
        }
        return waits.mapValues { Array(Set($0)).sorted() }
    }
}
