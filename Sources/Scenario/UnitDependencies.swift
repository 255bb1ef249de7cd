import Diagnostics

/// The Terragrunt dependency graph of one scope as the user's tree declares it: each unit's
/// `dependency` blocks and `dependencies { paths }`, by unit (module folder) name. Written by
/// `edxplan import terragrunt` under an environment (and under `shared:`) as
/// `dependencies: { mysql: [vpc, kubernetes], ... }`; when present, `plan` and `rehearse` order
/// the units by it instead of the cookiecutter's own tables (cookiecutter-backend.md §3, §5),
/// so a user's missing edge or cycle is simulated as Terragrunt would meet it.
public struct UnitDependencies: Sendable, Equatable {
    /// Unit -> the units it depends on, in the order written. Every unit of the tree is a key,
    /// also those with no dependencies, so the graph is complete.
    public var edges: [String: [String]]
    /// Where the `dependencies` key is, for messages about the graph.
    public var location: SourceLocation

    public init(edges: [String: [String]], location: SourceLocation) {
        self.edges = edges
        self.location = location
    }

    /// Every declared edge as (dependent, dependency), sorted.
    public var pairs: [(from: String, to: String)] {
        edges.keys.sorted().flatMap { unit in (edges[unit] ?? []).map { (from: unit, to: $0) } }
    }
}

enum UnitDependenciesDecoder {
    /// Reads `dependencies:`: a mapping of unit names to lists of unit names. Every name must be
    /// a module the scope may have; anything else is an error at the name's own place. A name
    /// that is valid but not among the scope's `modules` is kept: the planner reports it as
    /// Terragrunt would ("not a unit of this run").
    static func decode(_ fields: Fields, allowed: [ModuleName]) throws -> UnitDependencies? {
        guard let node = fields.child("dependencies") else { return nil }
        guard case .mapping(let entries) = node.kind else {
            throw ScenarioError.wrongType(node.location, key: fields.name("dependencies"),
                                          expected: "a mapping of unit names to lists of the units they depend on")
        }
        let known = allowed.map(\.rawValue)
        func check(_ name: String, at location: SourceLocation) throws {
            guard known.contains(name) else { throw ScenarioError.unknownModule(location, name: name, known: known) }
        }
        var edges: [String: [String]] = [:]
        for entry in entries {
            try check(entry.key, at: entry.keyLocation)
            let items: [SourceValue]
            switch entry.value.kind {
            case .null: items = []
            case .sequence(let list): items = list
            case .scalar: items = [entry.value]
            case .mapping:
                throw ScenarioError.wrongType(entry.value.location, key: fields.name("dependencies.\(entry.key)"),
                                              expected: "a list of unit names")
            }
            var needs: [String] = []
            for item in items {
                guard case .scalar(let name) = item.kind else {
                    throw ScenarioError.wrongType(item.location, key: fields.name("dependencies.\(entry.key)"),
                                                  expected: "a list of unit names")
                }
                try check(name, at: item.location)
                if !needs.contains(name) { needs.append(name) }
            }
            edges[entry.key] = needs
        }
        return UnitDependencies(edges: edges, location: node.location)
    }
}
