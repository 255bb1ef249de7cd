import Blueprint
import Foundation

/// What a module's walk follows from its resources' addresses and dependencies alone (and
/// which of them declare create_before_destroy): the dependencies-first order, which
/// replace create-before-destroy, and the action graphs of a create from empty state and of
/// a full destroy.
///
/// Environments of one scenario have modules of the same shape: the same addresses and
/// references, with different names and sizes in their attributes. Working the shape out
/// (sorting addresses, hashing each one and each reference) was most of reading a
/// configuration, so a shape is worked out once and shared by every module that matches it
/// address for address. The same input to the same pure function gives the same result.
final class ModuleShape: Sendable {
    let addresses: [String]
    let dependsOn: [[String]]
    /// Indices (in `addresses`) of the resources that declare create_before_destroy.
    let declared: [Int]
    /// Indices, dependencies first (`ResourceOrder.Graph.dependenciesFirst`).
    let sequence: [Int]
    /// By index: replaces create-before-destroy (declared, or depended on by one that does).
    let createBeforeDestroy: [Bool]
    let graphFromEmpty: ActionGraph
    let graphOfFullDestroy: ActionGraph
    /// The resource graph by index, for ordering some of the resources (a partial destroy).
    let graph: ResourceOrder.Graph

    private init(_ resources: [Resource], declared: [Int]) {
        addresses = resources.map(\.address)
        dependsOn = resources.map(\.dependsOn)
        self.declared = declared
        graph = ResourceOrder.Graph(addresses: addresses, dependsOn: { resources[$0].dependsOn })
        createBeforeDestroy = graph.createBeforeDestroy(declared: declared)
        sequence = graph.dependenciesFirst()
        (graphFromEmpty, graphOfFullDestroy) = Self.graphs(graph, sequence: sequence)
    }

    /// The shape of `resources` (unique addresses, in configuration order), from the shapes
    /// already worked out for `module` when one matches (in `memo`: the process's own unless
    /// a test brings one that nothing else clears).
    static func of(module: String, _ resources: [Resource], declared: [Int], in memo: Memo = shared) -> ModuleShape {
        if let known = memo.withLock({ $0[module]?.first { $0.matches(resources, declared: declared) } }) { return known }
        let shape = ModuleShape(resources, declared: declared)
        memo.withLock { memo in
            // Bounded: a few shapes per module name, and a fresh start when a long-lived process
            // (a fuzz run) has seen very many names.
            if memo.count >= 256 { memo.removeAll() }
            memo[module, default: []].insert(shape, at: 0)
            if memo[module, default: []].count > 4 { memo[module]?.removeLast() }
        }
        return shape
    }

    private func matches(_ resources: [Resource], declared: [Int]) -> Bool {
        guard resources.count == addresses.count, declared == self.declared else { return false }
        for index in resources.indices where resources[index].address != addresses[index]
            || resources[index].dependsOn != dependsOn[index] { return false }
        return true
    }

    private static let shared = Memo()

    /// The shapes seen so far by module name, most recent first, under a lock: configurations
    /// may be read on several threads.
    final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var shapes: [String: [ModuleShape]] = [:]

        func withLock<T>(_ body: (inout [String: [ModuleShape]]) -> T) -> T { lock.withLock { body(&shapes) } }
    }

    /// Both graphs from the resource graph's numbers, as `ActionGraph(actions)` would find
    /// them by comparing addresses: numbers are ranks in address order; a create waits for
    /// what it depends on, and a delete for the deletes of what depends on it.
    private static func graphs(_ graph: ResourceOrder.Graph, sequence: [Int]) -> (ActionGraph, ActionGraph) {
        let count = sequence.count
        var position = [Int](repeating: 0, count: count), rank = [Int](repeating: 0, count: count)
        for (index, node) in sequence.enumerated() { position[node] = index }
        for (index, node) in graph.byAddress.enumerated() { rank[node] = index }
        var createNeeds = [[Int]](repeating: [], count: count), deleteNeeds = [[Int]](repeating: [], count: count)
        for node in 0..<count {
            for need in graph.needs[node] {
                createNeeds[rank[node]].append(rank[need])
                deleteNeeds[rank[need]].append(rank[node])
            }
        }
        return (ActionGraph(order: graph.byAddress.map { position[$0] }, needs: createNeeds),
                ActionGraph(order: graph.byAddress.map { count - 1 - position[$0] }, needs: deleteNeeds))
    }
}
