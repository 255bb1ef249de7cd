import Blueprint
import Foundation
import Scenario

/// The cookiecutter's own Terragrunt dependencies (cookiecutter-backend.md §3 and §5).
extension ModuleGraph {
    /// v0.0.6, one Terragrunt tree per environment (§3): each unit's `dependency` and
    /// `dependencies` paths. cloudfront only orders itself after the bucket; it reads no outputs.
    static let perEnvironmentEdges: [String: [String]] = [
        "kubernetes": ["vpc"],
        "ec2_bastion": ["vpc"],
        "kubernetes_ingress_clb": ["vpc", "kubernetes"],
        "kubernetes_secrets": ["vpc", "kubernetes"],
        "mysql": ["vpc", "kubernetes", "kubernetes_secrets"],
        "mongodb": ["vpc", "kubernetes", "kubernetes_secrets"],
        "redis": ["vpc", "kubernetes", "kubernetes_secrets"],
        "s3_openedx_storage": ["vpc", "kubernetes", "kubernetes_secrets"],
        "cloudfront": ["vpc", "s3_openedx_storage"],
    ]

    /// HEAD's shared stack (`terraform/stacks/<id>/`, §5).
    static let stackEdges: [String: [String]] = [
        "kubernetes": ["vpc"],
        "mysql": ["vpc", "kubernetes"],
        "ec2_bastion": ["vpc", "kubernetes"],
    ]

    /// HEAD's per-environment units (§5), edges inside the environment's tree only. Their
    /// `../../../stacks/<id>/...` dependencies cross into the other Terragrunt root, which a
    /// `run --all` in one root never sees: the stack must simply have been applied before any
    /// environment (and destroyed after all of them), which is the caller's order of scopes.
    static let sharedStackEnvironmentEdges: [String: [String]] = [
        "acm": ["vpc"],
        "kubernetes_ingress_clb": ["kubernetes", "vpc"],
        "kubernetes_secrets": ["kubernetes"],
        "mysql": ["kubernetes"],
        "redis": ["kubernetes"],
        "s3_openedx_storage": ["kubernetes"],
        "cloudfront": ["s3_openedx_storage", "vpc", "acm"],
    ]

    /// The graph of one scope of the cookiecutter: only the units it has; a dependency on a
    /// unit it lacks becomes a diagnostic.
    public static func cookiecutter(layout: Layout, units: [String], isStack: Bool) throws -> ModuleGraph {
        // The same few unit sets come back for every environment of a scenario (and every plan
        // of a rehearsal): the graph, a pure function of them, is worked out once per set.
        let key = "\(layout)|\(isStack)|" + units.sorted().joined(separator: ",")
        if let known = CookiecutterGraphs.lock.withLock({ CookiecutterGraphs.known[key] }) { return known }
        let graph = try build(layout: layout, units: units, isStack: isStack)
        CookiecutterGraphs.lock.withLock { CookiecutterGraphs.known[key] = graph }
        return graph
    }

    private static func build(layout: Layout, units: [String], isStack: Bool) throws -> ModuleGraph {
        let table: [String: [String]]
        switch (layout, isStack) {
        case (.perEnvironment, _): table = perEnvironmentEdges
        case (.sharedStack, true): table = stackEdges
        case (.sharedStack, false): table = sharedStackEnvironmentEdges
        }
        let edges = table.flatMap { unit, needs in needs.map { Edge(from: unit, to: $0) } }
        return try ModuleGraph(units: units, declared: edges)
    }

    public static func cookiecutter(layout: Layout, modules: [ModuleName], isStack: Bool) throws -> ModuleGraph {
        try cookiecutter(layout: layout, units: modules.map(\.rawValue), isStack: isStack)
    }

    /// The graph of an expanded environment (or of `Blueprint.shared`, the stack): its units are
    /// the modules that hold Terraform-managed resources.
    public static func cookiecutter(for environment: EnvironmentBlueprint, layout: Layout) throws -> ModuleGraph {
        try cookiecutter(layout: layout, units: units(of: environment), isStack: environment.name == "shared")
    }

    /// The graph of an expanded scope of `scenario`: the edges the scenario declares for that
    /// scope (`dependencies:`, written by `edxplan import terragrunt` from the user's own tree)
    /// when it has them, so the user's real ordering, missing edges and cycles included, is what
    /// gets planned; the cookiecutter's tables otherwise.
    public static func cookiecutter(for environment: EnvironmentBlueprint, scenario: Scenario) throws -> ModuleGraph {
        let isStack = environment.name == "shared" && scenario.layout == .sharedStack
        let declared = isStack ? scenario.shared?.dependencies
            : scenario.environments.first { $0.name == environment.name }?.dependencies
        guard let declared else { return try cookiecutter(for: environment, layout: scenario.layout) }
        return try ModuleGraph(units: units(of: environment), edges: declared.pairs)
    }

    /// The units of an expanded scope: the modules that hold Terraform-managed resources.
    static func units(of environment: EnvironmentBlueprint) -> [String] {
        // A scope has about ten modules and a hundred resources: a list beats hashing each name.
        var units: [String] = []
        for resource in environment.resources where resource.managedBy == .terraform && !units.contains(resource.module) {
            units.append(resource.module)
        }
        return units
    }
}

/// The cookiecutter graphs already built, by layout and unit set. Graphs that would throw (a
/// cycle) are never stored, so the error is raised again on every call.
private enum CookiecutterGraphs {
    static let lock = NSLock()
    nonisolated(unsafe) static var known: [String: ModuleGraph] = [:]
}
