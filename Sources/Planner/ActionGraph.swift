/// One unit's actions as Terraform walks them: the actions that do something, numbered in
/// address order (every tie of the walk goes to the smaller address), and who waits for whom
/// by those numbers, held as two flat lists with offsets (each number's slice ascending and
/// without repeats).
///
/// Creates and updates wait for what they reference; deletes wait for the deletion of what
/// references them (the exact inverse).
///
/// Worked out from the actions alone, so a unit planned from empty state, whose actions are
/// the same every time (`TerraformConfiguration.Module.createsFromEmpty`), works it out once
/// and shares it: sorting the addresses and finding each dependency among them by string
/// comparison was a tenth of a whole-plan apply.
public final class ActionGraph: Sendable {
    /// Positions in the unit's `actions`, in address order, without the no-ops.
    public let order: [Int]
    private let needStarts: [Int]
    private let needs: [Int]
    private let dependentStarts: [Int]
    private let dependents: [Int]

    public convenience init(_ actions: [PlannedAction]) {
        // Numbers into the actions: sorting the actions themselves copies each one.
        let order = actions.indices.filter { actions[$0].action != .noop }.sorted { actions[$0].address < actions[$1].address }
        // The number of `address`, by binary search: numbers are in address order, and a unit
        // has a dozen actions, so this beats hashing every address into a dictionary.
        func number(of address: String) -> Int? {
            var low = 0, high = order.count
            while low < high {
                let middle = (low + high) / 2
                if actions[order[middle]].address < address { low = middle + 1 } else { high = middle }
            }
            return low < order.count && actions[order[low]].address == address ? low : nil
        }
        // (waiter, needed) pairs.
        var pairs: [(waiter: Int, needed: Int)] = []
        for (index, position) in order.enumerated() {
            let action = actions[position]
            for dependency in action.dependsOn {
                guard let other = number(of: dependency) else { continue }
                if action.action == .delete {
                    // `action` references `other`: if both are deletes, `other` waits for it.
                    if actions[order[other]].action == .delete { pairs.append((other, index)) }
                } else {
                    pairs.append((index, other))
                }
            }
        }
        self.init(order: order, pairs: pairs)
    }

    /// From numbers already known: `order` as above, and for each number the numbers it
    /// waits for. What a configuration's resource graph gives without comparing addresses.
    convenience init(order: [Int], needs: [[Int]]) {
        var pairs: [(waiter: Int, needed: Int)] = []
        for (waiter, needed) in needs.enumerated() { for need in needed { pairs.append((waiter, need)) } }
        self.init(order: order, pairs: pairs)
    }

    private init(order: [Int], pairs: [(waiter: Int, needed: Int)]) {
        self.order = order
        var pairs = pairs
        // Sorted both ways, without repeats.
        pairs.sort { ($0.waiter, $0.needed) < ($1.waiter, $1.needed) }
        var unique: [(waiter: Int, needed: Int)] = []
        unique.reserveCapacity(pairs.count)
        for pair in pairs where unique.last.map({ $0 != pair }) ?? true { unique.append(pair) }
        (needStarts, needs) = Self.offsets(unique.map { ($0.waiter, $0.needed) }, count: order.count)
        unique.sort { ($0.needed, $0.waiter) < ($1.needed, $1.waiter) }
        (dependentStarts, dependents) = Self.offsets(unique.map { ($0.needed, $0.waiter) }, count: order.count)
    }

    /// How many actions do something.
    public var count: Int { order.count }

    /// What number `index` waits for, ascending.
    public func needs(of index: Int) -> ArraySlice<Int> { needs[needStarts[index]..<needStarts[index + 1]] }

    /// What waits for number `index`, ascending.
    public func dependents(of index: Int) -> ArraySlice<Int> { dependents[dependentStarts[index]..<dependentStarts[index + 1]] }

    /// `pairs` sorted by their first number: the second numbers, and where each first's run starts.
    private static func offsets(_ pairs: [(Int, Int)], count: Int) -> (starts: [Int], values: [Int]) {
        var starts = [Int](repeating: 0, count: count + 1)
        for (first, _) in pairs { starts[first + 1] += 1 }
        for index in 0..<count { starts[index + 1] += starts[index] }
        return (starts, pairs.map(\.1))
    }
}
