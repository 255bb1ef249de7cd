import Planner

/// Who waits for whom inside one unit, by action number, held as two flat lists with
/// offsets (each action's slice sorted and without repeats): building an array per action,
/// twice over, was most of the walk's own cost.
///
/// Creates and updates wait for what they reference; deletes wait for the deletion of what
/// references them (the exact inverse).
struct WaitGraph {
    private let needStarts: [Int]
    private let needs: [Int]
    private let dependentStarts: [Int]
    private let dependents: [Int]

    init(_ actions: IndexedActions) {
        // (waiter, needed) pairs, then sorted both ways.
        var pairs: [(waiter: Int, needed: Int)] = []
        for index in actions.indices {
            let action = actions[index]
            for dependency in action.dependsOn {
                guard let other = actions.number(of: dependency) else { continue }
                if action.action == .delete {
                    // `action` references `other`: if both are deletes, `other` waits for it.
                    if actions[other].action == .delete { pairs.append((other, index)) }
                } else {
                    pairs.append((index, other))
                }
            }
        }
        pairs.sort { ($0.waiter, $0.needed) < ($1.waiter, $1.needed) }
        var unique: [(waiter: Int, needed: Int)] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
        (needStarts, needs) = Self.offsets(unique.map { ($0.waiter, $0.needed) }, count: actions.count)
        unique.sort { ($0.needed, $0.waiter) < ($1.needed, $1.waiter) }
        (dependentStarts, dependents) = Self.offsets(unique.map { ($0.needed, $0.waiter) }, count: actions.count)
    }

    /// What `index` waits for, ascending.
    func needs(of index: Int) -> ArraySlice<Int> { needs[needStarts[index]..<needStarts[index + 1]] }

    /// What waits for `index`, ascending.
    func dependents(of index: Int) -> ArraySlice<Int> { dependents[dependentStarts[index]..<dependentStarts[index + 1]] }

    /// `pairs` sorted by their first number: the second numbers, and where each first's run starts.
    private static func offsets(_ pairs: [(Int, Int)], count: Int) -> (starts: [Int], values: [Int]) {
        var starts = [Int](repeating: 0, count: count + 1)
        for (first, _) in pairs { starts[first + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        return (starts, pairs.map(\.1))
    }
}
