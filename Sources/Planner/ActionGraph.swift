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
        // What each number waits for.
        var needs = [[Int]](repeating: [], count: order.count)
        for (index, position) in order.enumerated() {
            let action = actions[position]
            for dependency in action.dependsOn {
                guard let other = number(of: dependency) else { continue }
                if action.action == .delete {
                    // `action` references `other`: if both are deletes, `other` waits for it.
                    if actions[order[other]].action == .delete { needs[other].append(index) }
                } else {
                    needs[index].append(other)
                }
            }
        }
        self.init(order: order, needs: needs)
    }

    /// From numbers already known: `order` as above, and for each number the numbers it
    /// waits for (in any order, repeats allowed). What a configuration's resource graph gives
    /// without comparing addresses.
    init(order: [Int], needs: [[Int]]) {
        self.order = order
        // Each number's needs sorted and without repeats, one after another; then who waits
        // for each number, counted first: numbers are visited in ascending order, so each
        // list of dependents comes out ascending too.
        var needStarts = [Int](repeating: 0, count: order.count + 1)
        var flat: [Int] = []
        var dependentCounts = [Int](repeating: 0, count: order.count + 1)
        for (number, list) in needs.enumerated() {
            var previous = -1
            for need in list.count > 1 ? list.sorted() : list where need != previous {
                flat.append(need)
                dependentCounts[need + 1] += 1
                previous = need
            }
            needStarts[number + 1] = flat.count
        }
        for index in 0..<order.count { dependentCounts[index + 1] += dependentCounts[index] }
        var dependents = [Int](repeating: 0, count: flat.count)
        var next = dependentCounts
        for number in 0..<order.count {
            for need in flat[needStarts[number]..<needStarts[number + 1]] {
                dependents[next[need]] = number
                next[need] += 1
            }
        }
        (self.needStarts, self.needs, self.dependentStarts, self.dependents) = (needStarts, flat, dependentCounts, dependents)
    }

    /// How many actions do something.
    public var count: Int { order.count }

    /// What number `index` waits for, ascending.
    public func needs(of index: Int) -> ArraySlice<Int> { needs[needStarts[index]..<needStarts[index + 1]] }

    /// What waits for number `index`, ascending.
    public func dependents(of index: Int) -> ArraySlice<Int> { dependents[dependentStarts[index]..<dependentStarts[index + 1]] }
}
