/// Terragrunt units and the dependencies between them, ordered into the waves of
/// `terragrunt run --all` (terraform-semantics.md §2): a unit runs in the first wave after all of
/// its dependencies; `destroy` walks the graph the other way, dependents first.
public struct ModuleGraph: Sendable, Equatable {
    /// One declared dependency: `from` names `to` in a `dependency`/`dependencies` block, so
    /// `to` must be applied before `from` and destroyed after it. Cycle messages follow these
    /// arrows, as Terragrunt prints them.
    public struct Edge: Sendable, Hashable, Comparable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }

        public static func < (lhs: Edge, rhs: Edge) -> Bool { (lhs.from, lhs.to) < (rhs.from, rhs.to) }
    }

    /// The units present, sorted by name.
    public let units: [String]
    /// Every declared edge, including those naming an absent unit: kept so `including(_:)` can
    /// place a unit that only the state still knows about.
    public let declaredEdges: [Edge]
    /// Each present unit's dependencies that are present too, sorted.
    public let dependencies: [String: [String]]
    /// Problems Terragrunt would stop on but the planner reports and plans around, e.g. a
    /// dependency on a unit the environment does not have.
    public let diagnostics: [String]
    /// Apply order: dependencies first, names sorted inside a wave.
    public let waves: [[String]]
    /// Destroy order: Kahn layering of the reversed graph, so a unit is destroyed in the first
    /// wave after all of its dependents. This is not the apply waves read backwards: an unrelated
    /// unit is destroyed at once, as in the Terragrunt docs' worked example (run-queue.mdx).
    public let destroyWaves: [[String]]
    /// Each present unit's dependents that are present too, sorted: what it waits for in a
    /// destroy, worked out once (every destroy plan asks for each unit's).
    let dependents: [String: [String]]

    public init(units: [String], edges: [(from: String, to: String)]) throws {
        try self.init(units: units, declared: edges.map { Edge(from: $0.from, to: $0.to) })
    }

    init(units unitList: [String], declared: [Edge]) throws {
        let present = Set(unitList)
        units = present.sorted()
        declaredEdges = Set(declared).sorted()
        var dependencies = Dictionary(uniqueKeysWithValues: units.map { ($0, [String]()) })
        var diagnostics: [String] = []
        for edge in declaredEdges where present.contains(edge.from) {
            guard present.contains(edge.to) else {
                diagnostics.append("\(edge.from) depends on \(edge.to), which is not a unit of this run: "
                    + "terragrunt would stop at the missing path ../\(edge.to); planned without it")
                continue
            }
            dependencies[edge.from, default: []].append(edge.to)
        }
        self.dependencies = dependencies
        self.diagnostics = diagnostics
        if let cycle = Self.findCycle(units: units, next: dependencies) { throw PlannerError.dependencyCycle(cycle) }
        var dependents = Dictionary(uniqueKeysWithValues: units.map { ($0, [String]()) })
        for (unit, needs) in dependencies { for need in needs { dependents[need, default: []].append(unit) } }
        waves = Self.layers(units: units, waitingOn: dependencies)
        self.dependents = dependents.mapValues { $0.sorted() }
        destroyWaves = Self.layers(units: units, waitingOn: self.dependents)
    }

    /// The same declared edges over more units (a module removed from the configuration whose
    /// state remains): it lands where its old dependencies put it.
    public func including(_ more: [String]) throws -> ModuleGraph {
        // The usual case, every plan of a rehearsal: each is a unit already. `units` is sorted,
        // so a binary search answers without hashing every name into a set.
        guard more.contains(where: { !hasUnit($0) }) else { return self }
        let extra = Set(more).subtracting(units)
        guard !extra.isEmpty else { return self }
        return try ModuleGraph(units: units + extra, declared: declaredEdges)
    }

    /// Whether `name` is one of `units`.
    private func hasUnit(_ name: String) -> Bool {
        var low = 0, high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < units.count && units[low] == name
    }

    /// The units a unit waits for: its dependencies for apply, its dependents for destroy.
    public func waitsFor(_ unit: String, mode: PlanMode) -> [String] {
        switch mode {
        case .apply: return dependencies[unit] ?? []
        case .destroy: return dependents[unit] ?? []
        }
    }

    public func waves(for mode: PlanMode) -> [[String]] { mode == .apply ? waves : destroyWaves }

    /// Kahn's algorithm, one layer at a time: each layer is every unit whose prerequisites are
    /// all in earlier layers. Callers have already refused cycles, so every unit is placed.
    static func layers(units: [String], waitingOn: [String: [String]]) -> [[String]] {
        var placed = Set<String>()
        var layers: [[String]] = []
        while placed.count < units.count {
            let layer = units.filter { !placed.contains($0) && (waitingOn[$0] ?? []).allSatisfy(placed.contains) }
            guard !layer.isEmpty else { break }
            layers.append(layer)
            placed.formUnion(layer)
        }
        return layers
    }

    /// A depth-first search in name order; the first back edge found closes the cycle, reported
    /// from the unit it starts at: `a -> b -> a`.
    static func findCycle(units: [String], next: [String: [String]]) -> [String]? {
        var done = Set<String>()
        var path: [String] = []
        func visit(_ unit: String) -> [String]? {
            if let start = path.firstIndex(of: unit) { return Array(path[start...]) + [unit] }
            guard !done.contains(unit) else { return nil }
            path.append(unit)
            for dependency in next[unit] ?? [] {
                if let cycle = visit(dependency) { return cycle }
            }
            path.removeLast()
            done.insert(unit)
            return nil
        }
        for unit in units {
            if let cycle = visit(unit) { return cycle }
        }
        return nil
    }
}
