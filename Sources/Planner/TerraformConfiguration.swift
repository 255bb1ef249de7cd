import Blueprint

/// One scope's Terraform configuration, read once: its resources by module and address,
/// their dependencies, which of them replace create-before-destroy, and the order their
/// creates run in. None of that depends on the state, and a rehearsal plans the same
/// configuration four times, so it is worked out here once instead of in every plan.
public struct TerraformConfiguration: Sendable {
    struct Module: Sendable {
        /// The resources, in configuration order, the first of each address only.
        var resources: [Resource] = []
        /// Each address's position in `resources`.
        var positions: [String: Int] = [:]
        /// Their order and graphs (nil for an empty module).
        var shape: ModuleShape?
        /// Every address, dependencies first (§1.1).
        var order: [String] = []
        /// The resources in `order`, each with whether it replaces create-before-destroy (declared,
        /// or depended on by a resource that declares it, §1.2): what an apply plan walks.
        var walk: [(resource: Resource, createBeforeDestroy: Bool)] = []
        /// The plan of this module when its state is empty: every resource created, in
        /// `order`. A recreate after a full destroy plans exactly this, module by module.
        var createsFromEmpty: [PlannedAction] = []
        /// `ActionGraph(createsFromEmpty)`, shared by every plan of the module from empty state.
        var graphFromEmpty: ActionGraph?
        /// The graph of a destroy of every resource, in reverse `order`, each delete recording
        /// the configuration's dependencies (what every create records).
        var graphOfFullDestroy: ActionGraph?

        init() {}

        /// One module's resources in configuration order; the first wins if an address repeats.
        init(name: String, resources: [Resource]) {
            positions = Dictionary(resources.indices.map { (resources[$0].address, $0) }, uniquingKeysWith: { first, _ in first })
            let unique = positions.count == resources.count ? resources : Self.firstOfEach(resources)
            if unique.count < resources.count {
                positions = Dictionary(uniqueKeysWithValues: unique.indices.map { (unique[$0].address, $0) })
            }
            self.resources = unique
            // The order and graphs follow from addresses and references alone (`ModuleShape`).
            let shape = ModuleShape.of(module: name, unique,
                                       declared: unique.indices.filter { ReplacementRules.createBeforeDestroy(unique[$0]) })
            self.shape = shape
            order = shape.sequence.map { unique[$0].address }
            walk = shape.sequence.map { (unique[$0], shape.createBeforeDestroy[$0]) }
            createsFromEmpty = shape.sequence.map { ModulePlanner.create(unique[$0], module: name, reason: ModulePlanner.notInState) }
            (graphFromEmpty, graphOfFullDestroy) = (shape.graphFromEmpty, shape.graphOfFullDestroy)
        }

        /// The resource at `address`.
        func resource(at address: String) -> Resource? { positions[address].map { resources[$0] } }

        private static func firstOfEach(_ resources: [Resource]) -> [Resource] {
            var seen = Set<String>()
            return resources.filter { seen.insert($0.address).inserted }
        }
    }

    let modules: [String: Module]

    /// Only Terraform's own resources are planned: load balancers made by Kubernetes, Tutor's
    /// volumes and the manual prerequisites are in no state, so no plan ever mentions them.
    public init(_ desired: [Resource]) {
        var grouped: [String: [Resource]] = [:]
        for resource in desired where resource.managedBy == .terraform { grouped[resource.module, default: []].append(resource) }
        var modules: [String: Module] = [:]
        modules.reserveCapacity(grouped.count)
        for (name, resources) in grouped { modules[name] = Module(name: name, resources: resources) }
        self.modules = modules
    }

    /// The modules the configuration has resources in.
    var moduleNames: [String] { Array(modules.keys) }
}
