/// Orders a module's actions by its resource graph (terraform-semantics.md §1.1) and spreads
/// create_before_destroy to dependencies (§1.2).
enum ResourceOrder {
    /// Kahn's algorithm over `dependsOn`, picking the smallest ready address each time so the
    /// order is a pure function of the input. Edges to addresses outside `addresses` are
    /// ignored (they are not changing in this plan). A cycle cannot come from Terraform
    /// configuration; if a hand-made state has one, the rest follows in address order.
    static func dependenciesFirst(_ addresses: [String], dependsOn: [String: [String]]) -> [String] {
        let present = Set(addresses)
        var waiting: [String: Set<String>] = [:]
        var dependents: [String: [String]] = [:]
        for address in present {
            let needs = Set((dependsOn[address] ?? []).filter { present.contains($0) && $0 != address })
            waiting[address] = needs
            for need in needs { dependents[need, default: []].append(address) }
        }
        var ready = present.filter { waiting[$0]?.isEmpty ?? true }.sorted()
        var order: [String] = []
        var placed = Set<String>()
        while !ready.isEmpty {
            let next = ready.removeFirst()
            order.append(next)
            placed.insert(next)
            for dependent in dependents[next] ?? [] {
                waiting[dependent]?.remove(next)
                if waiting[dependent]?.isEmpty == true, !placed.contains(dependent), !ready.contains(dependent) {
                    ready.insert(dependent, at: ready.firstIndex { $0 > dependent } ?? ready.endIndex)
                }
            }
        }
        return order + present.subtracting(placed).sorted()
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
