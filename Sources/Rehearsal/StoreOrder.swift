import Account
import Blueprint
import Planner

/// The order of the data-loss table, read from the configuration and the states rather than
/// from when each store entered the account: units in Terragrunt's run order (waves, names
/// sorted inside a wave), and inside a unit each object after what it depends on in state
/// (its depth in the unit's dependency graph), ties by address; objects outside every state
/// (Tutor's volumes) after them, in the order they were made.
///
/// Why not the account's order: `apply` files objects in the order the simulated run created
/// them (parallel units and operations interleaved by their durations), an import files them
/// in file order, so an applied account and its exported and imported states listed the same
/// stores in two orders.
enum StoreOrder {
    /// `seeded` arranged as above; `module` names each item's unit (its resource's module).
    static func arrange(_ seeded: [(item: DataSeeder.Seeded, module: String)], units waves: [[String]], scope: String,
                        account: FakeAccount) throws -> [DataSeeder.Seeded] {
        var rank: [String: Int] = [:]
        for (index, unit) in waves.joined().enumerated() { rank[unit] = index }
        var states: [String: [String: StateEntry]] = [:]
        var depths: [String: [String: Int]] = [:]
        var keyed: [(unit: Int, depth: Int, address: String, made: Int, item: DataSeeder.Seeded)] = []
        for (made, (item, module)) in seeded.enumerated() {
            if states[module] == nil { states[module] = try account.state(stateKey: FakeAccount.stateKey(scope: scope, module: module)) }
            let state = states[module] ?? [:]
            guard state[item.address]?.resourceID == item.resourceID, let unit = rank[module] else {
                keyed.append((Int.max, 0, "", made, item))
                continue
            }
            var visiting: Set<String> = []
            let depth = Self.depth(of: item.address, in: state, memo: &depths[module, default: [:]], visiting: &visiting)
            keyed.append((unit, depth, item.address, made, item))
        }
        keyed.sort { ($0.unit, $0.depth, $0.address, $0.made) < ($1.unit, $1.depth, $1.address, $1.made) }
        return keyed.map(\.item)
    }

    /// The longest chain of dependencies below `address` in its unit's state (0: it depends
    /// on nothing the state holds). A cycle, which Terraform never writes, is cut where it closes.
    static func depth(of address: String, in state: [String: StateEntry], memo: inout [String: Int], visiting: inout Set<String>) -> Int {
        if let known = memo[address] { return known }
        var deepest = 0
        // The path from the root, kept in one set (in on the way down, out on the way back) rather than
        // copied at every level: a cycle in state is cut where it closes.
        visiting.insert(address)
        for dependency in state[address]?.dependencies ?? [] where state[dependency] != nil && !visiting.contains(dependency) {
            deepest = max(deepest, 1 + depth(of: dependency, in: state, memo: &memo, visiting: &visiting))
        }
        visiting.remove(address)
        memo[address] = deepest
        return deepest
    }
}
