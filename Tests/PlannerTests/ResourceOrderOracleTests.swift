@testable import Planner
import Testing

/// The numbered ordering against the ordering as first written (string sets, a sorted
/// insert per step), on random graphs with cycles, self-references and outside edges.
@Suite struct ResourceOrderOracleTests {
    /// The first implementation, kept as the oracle.
    enum Reference {
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
    }

    @Test(arguments: 0..<300)
    func theNumberedOrderIsTheReferenceOrder(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        func pick(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let count = pick(20)
        let names = (0..<count).map { _ in "module.m.r\(pick(30))" }
        var dependsOn: [String: [String]] = [:]
        for name in names { dependsOn[name, default: []] += (0..<pick(4)).map { _ in pick(6) == 0 ? "outside" : names[pick(count)] } }
        #expect(ResourceOrder.dependenciesFirst(names, dependsOn: dependsOn) == Reference.dependenciesFirst(names, dependsOn: dependsOn))
    }

    /// Some of a graph's nodes ordered through the whole graph's numbers (what a destroy of
    /// part of a module uses) come out as the oracle orders those addresses alone.
    @Test(arguments: 0..<300)
    func aSubsetOrderedByTheWholeGraphIsTheReferenceOrder(seed: Int) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 7
        func pick(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let count = 1 + pick(20)
        let names = Array(Set((0..<count).map { _ in "module.m.r\(pick(30))" })).sorted()
        var dependsOn: [String: [String]] = [:]
        for name in names { dependsOn[name] = (0..<pick(4)).map { _ in pick(6) == 0 ? "outside" : names[pick(names.count)] } }
        let present = names.map { _ in pick(3) > 0 }
        let graph = ResourceOrder.Graph(addresses: names, dependsOn: { dependsOn[names[$0]] ?? [] })
        let subset = names.indices.filter { present[$0] }.map { names[$0] }
        #expect(graph.dependenciesFirst(present: present).map { names[$0] } == Reference.dependenciesFirst(subset, dependsOn: dependsOn))
    }
}
