import Diagnostics
import Foundation
import HCL

/// The dependency graph of the tree's units, from `dependency` blocks and `dependencies { paths }`
/// (cookiecutter-backend.md §3), keyed `scope/unit` so HEAD's edges across roots
/// (`../../../stacks/live/vpc`, §5) stay visible. Ordered the way `terragrunt run --all` orders it.
struct UnitGraph {
    struct Edge: Hashable {
        var from: String
        var to: String
    }

    /// `scope/unit` -> its dependencies' `scope/unit`, in the order written, duplicates removed.
    private(set) var dependencies: [String: [String]] = [:]
    /// Where each edge is declared (the first place, when written twice).
    private(set) var locations: [Edge: SourceLocation] = [:]
    private(set) var warnings: [ImportWarning] = []
    /// Dependencies on a folder with no terragrunt.hcl, where terragrunt itself stops.
    private(set) var missing: [ImportWarning] = []

    static func id(_ scope: String, _ unit: String) -> String { scope + "/" + unit }

    init(configs: [String: UnitConfig], tree: UnitTree, display: PathDisplay) {
        for scope in tree.scopes {
            for unit in scope.units {
                let id = Self.id(scope.name, unit.name)
                dependencies[id] = []
                guard let config = configs[id] else { continue }
                for path in config.dependencies {
                    let target: String
                    if let found = tree.unit(at: path.directory) {
                        target = Self.id(found.scope.name, found.unit.name)
                    } else {
                        let problem = ImportWarning(location: path.location, message:
                            "\(unit.name) depends on \(display.shown(path.directory)), which has no terragrunt.hcl: "
                            + "terragrunt would stop there")
                        warnings.append(problem)
                        missing.append(problem)
                        // Kept by name when it would be a sibling, so the planner reports it too.
                        guard Paths.directory(of: path.directory) == scope.directory else { continue }
                        target = Self.id(scope.name, (path.directory as NSString).lastPathComponent)
                    }
                    if !(dependencies[id] ?? []).contains(target) { dependencies[id, default: []].append(target) }
                    let edge = Edge(from: id, to: target)
                    if locations[edge] == nil { locations[edge] = path.location }
                }
            }
        }
    }

    /// True when `from` reaches `to` through dependencies (what makes run --all order them).
    func reaches(_ from: String, _ to: String) -> Bool {
        var seen: Set<String> = [from]
        var pending = [from]
        while let next = pending.popLast() {
            for dependency in dependencies[next] ?? [] where seen.insert(dependency).inserted {
                if dependency == to { return true }
                pending.append(dependency)
            }
        }
        return false
    }

    /// One scope's graph over `units` (the names the scenario models): edges into other
    /// scopes are left out (a run --all in one root treats them as already applied), and a unit the
    /// scenario cannot model is bridged, so its dependents keep waiting for its dependencies.
    func scopeEdges(_ scope: String, units: Set<String>) -> [String: [String]] {
        let prefix = scope + "/"
        var result: [String: [String]] = [:]
        for (id, _) in dependencies where id.hasPrefix(prefix) {
            let name = String(id.dropFirst(prefix.count))
            guard units.contains(name) else { continue }
            var needs: [String] = []
            var seen: Set<String> = [id]
            var pending = dependencies[id] ?? []
            while !pending.isEmpty {
                let next = pending.removeFirst()
                guard seen.insert(next).inserted, next.hasPrefix(prefix) else { continue }
                let target = String(next.dropFirst(prefix.count))
                if units.contains(target) || dependencies[next] == nil {
                    if !needs.contains(target) { needs.append(target) }
                } else {
                    pending += dependencies[next] ?? []
                }
            }
            result[name] = needs
        }
        return result
    }

    /// Kahn layering, names sorted in a wave, as `run --all apply` prints its groups; nil when the
    /// graph has a cycle.
    static func waves(_ edges: [String: [String]]) -> [[String]]? {
        let units = edges.keys.sorted()
        var placed: Set<String> = []
        var waves: [[String]] = []
        while placed.count < units.count {
            let wave = units.filter { !placed.contains($0) && (edges[$0] ?? []).allSatisfy { placed.contains($0) || edges[$0] == nil } }
            guard !wave.isEmpty else { return nil }
            waves.append(wave)
            placed.formUnion(wave)
        }
        return waves
    }

    /// The first cycle found by a depth-first search in name order: `a -> b -> a`.
    static func cycle(_ edges: [String: [String]]) -> [String]? {
        var done: Set<String> = []
        var path: [String] = []
        func visit(_ unit: String) -> [String]? {
            if let start = path.firstIndex(of: unit) { return Array(path[start...]) + [unit] }
            guard !done.contains(unit) else { return nil }
            path.append(unit)
            for next in edges[unit] ?? [] { if let found = visit(next) { return found } }
            path.removeLast()
            done.insert(unit)
            return nil
        }
        for unit in edges.keys.sorted() { if let found = visit(unit) { return found } }
        return nil
    }
}
