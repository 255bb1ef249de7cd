/// Orders a module's actions by its resource graph (terraform-semantics.md §1.1) and spreads
/// create_before_destroy to dependencies (§1.2), on the resources numbered.
enum ResourceOrder {
    /// Kahn's algorithm over `dependsOn`, picking the smallest ready address each time so the
    /// order is a pure function of the input. Edges to addresses outside `addresses` are
    /// ignored (they are not changing in this plan). A cycle cannot come from Terraform
    /// configuration; if a hand-made state has one, the rest follows in address order.
    static func dependenciesFirst(_ addresses: [String], dependsOn: [String: [String]]) -> [String] {
        let unique = Array(Set(addresses))
        return Graph(addresses: unique, dependsOn: { dependsOn[unique[$0]] ?? [] }).dependenciesFirst().map { unique[$0] }
    }

    /// A module's resources numbered in address order, with their edges as numbers. Every plan
    /// of every rehearsal orders modules, and hashing long address strings once per edge
    /// instead of once per step was most of the cost: the walks below run on the numbers.
    struct Graph {
        /// Node indices (positions in the caller's list) in address order.
        let byAddress: [Int]
        /// For each node index, the node indices it depends on (present, not itself, once each).
        let needs: [[Int]]

        /// `addresses` must be unique; `dependsOn(i)` gives node i's dependency addresses.
        init(addresses: [String], dependsOn: (Int) -> [String]) {
            byAddress = addresses.indices.sorted { addresses[$0] < addresses[$1] }
            var node: [String: Int] = [:]
            node.reserveCapacity(addresses.count)
            for (index, address) in addresses.enumerated() { node[address] = index }
            needs = addresses.indices.map { index in
                var found: [Int] = []
                for dependency in dependsOn(index) {
                    if let need = node[dependency], need != index, !found.contains(need) { found.append(need) }
                }
                return found
            }
        }

        /// Node indices, dependencies first, the smallest ready address next. With `present`,
        /// only the nodes it marks, as a graph of those addresses alone would order them (edges
        /// to the others ignored): what a destroy of some of a module's resources needs.
        func dependenciesFirst(present: [Bool]? = nil) -> [Int] {
            let count = byAddress.count
            var rank = [Int](repeating: 0, count: count)
            for (position, index) in byAddress.enumerated() { rank[index] = position }
            var waiting = [Int](repeating: 0, count: count)
            var dependents = [[Int]](repeating: [], count: count)
            for index in 0..<count where present?[index] ?? true {
                for need in needs[index] where present?[need] ?? true {
                    waiting[rank[index]] += 1
                    dependents[rank[need]].append(rank[index])
                }
            }
            // Ranks: `ready` stays sorted from `cursor` on, so the smallest ready address goes next.
            var ready = (0..<count).filter { waiting[$0] == 0 && present?[byAddress[$0]] ?? true }
            var order: [Int] = []
            order.reserveCapacity(count)
            var placed = [Bool](repeating: false, count: count)
            var cursor = 0
            while cursor < ready.count {
                let next = ready[cursor]
                cursor += 1
                order.append(byAddress[next])
                placed[next] = true
                for dependent in dependents[next] {
                    waiting[dependent] -= 1
                    if waiting[dependent] == 0 {
                        ready.insert(dependent, at: ready[cursor...].firstIndex { $0 > dependent } ?? ready.endIndex)
                    }
                }
            }
            return order + (0..<count).filter { !placed[$0] && present?[byAddress[$0]] ?? true }.map { byAddress[$0] }
        }

        /// Which nodes replace create-before-destroy: those that declare it, and every resource a
        /// CBD resource depends on, transitively. Terraform forces CBD onto the dependency
        /// because the opposite orders would form a cycle (§1.2 "Propagation").
        func createBeforeDestroy(declared: [Int]) -> [Bool] {
            var result = [Bool](repeating: false, count: needs.count)
            var queue = declared
            for index in declared { result[index] = true }
            while let index = queue.popLast() {
                for need in needs[index] where !result[need] {
                    result[need] = true
                    queue.append(need)
                }
            }
            return result
        }
    }
}
