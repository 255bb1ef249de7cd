/// Orders a module's actions by its resource graph (terraform-semantics.md §1.1) and spreads
/// create_before_destroy to dependencies (§1.2).
enum ResourceOrder {
    /// Kahn's algorithm over `dependsOn`, picking the smallest ready address each time so the
    /// order is a pure function of the input. Edges to addresses outside `addresses` are
    /// ignored (they are not changing in this plan). A cycle cannot come from Terraform
    /// configuration; if a hand-made state has one, the rest follows in address order.
    ///
    /// Addresses are numbered in sorted order and the walk runs on the numbers: every plan
    /// of every rehearsal orders each module, and hashing address strings was a tenth of it.
    static func dependenciesFirst(_ addresses: [String], dependsOn: [String: [String]]) -> [String] {
        let sorted = Array(Set(addresses)).sorted()
        var number: [String: Int] = [:]
        number.reserveCapacity(sorted.count)
        for (index, address) in sorted.enumerated() { number[address] = index }
        var waiting = [Int](repeating: 0, count: sorted.count)
        var dependents = [[Int]](repeating: [], count: sorted.count)
        for (index, address) in sorted.enumerated() {
            var needs = Set<Int>()
            for dependency in dependsOn[address] ?? [] {
                if let need = number[dependency], need != index, needs.insert(need).inserted { dependents[need].append(index) }
            }
            waiting[index] = needs.count
        }
        var ready = sorted.indices.filter { waiting[$0] == 0 }
        var order: [String] = []
        order.reserveCapacity(sorted.count)
        var placed = [Bool](repeating: false, count: sorted.count)
        var cursor = 0
        while cursor < ready.count {
            // `ready` stays sorted from `cursor` on: the smallest ready address goes next.
            let next = ready[cursor]
            cursor += 1
            order.append(sorted[next])
            placed[next] = true
            for dependent in dependents[next] {
                waiting[dependent] -= 1
                if waiting[dependent] == 0 {
                    ready.insert(dependent, at: ready[cursor...].firstIndex { $0 > dependent } ?? ready.endIndex)
                }
            }
        }
        return order + sorted.indices.filter { !placed[$0] }.map { sorted[$0] }
    }

    /// Which addresses replace create-before-destroy: those that declare it, and every resource
    /// a CBD resource depends on, transitively. Terraform forces CBD onto the dependency
    /// because the opposite orders would form a cycle (§1.2 "Propagation").
    static func createBeforeDestroy(declared: Set<String>, dependsOn: [String: [String]]) -> Set<String> {
        var result = declared
        var queue = Array(declared).sorted()
        while let address = queue.popLast() {
            for dependency in dependsOn[address] ?? [] where result.insert(dependency).inserted {
                queue.append(dependency)
            }
        }
        return result
    }
}
