import Blueprint

/// One scope's Terraform configuration, read once: its resources by module and address,
/// their dependencies, which of them replace create-before-destroy, and the order their
/// creates run in. None of that depends on the state, and a rehearsal plans the same
/// configuration four times, so it is worked out here once instead of in every plan.
public struct TerraformConfiguration: Sendable {
    struct Module: Sendable {
        /// By address (the first resource wins if an address repeats).
        var desired: [String: Resource] = [:]
        /// Every address, dependencies first (§1.1).
        var order: [String] = []
        /// The resources in `order`, each with whether it replaces create-before-destroy (declared,
        /// or depended on by a resource that declares it, §1.2): what an apply plan walks.
        var walk: [(resource: Resource, createBeforeDestroy: Bool)] = []
        /// The plan of this module when its state is empty: every resource created, in
        /// `order`. A recreate after a full destroy plans exactly this, module by module.
        var createsFromEmpty: [PlannedAction] = []
    }

    let modules: [String: Module]

    /// Only Terraform's own resources are planned: load balancers made by Kubernetes, Tutor's
    /// volumes and the manual prerequisites are in no state, so no plan ever mentions them.
    public init(_ desired: [Resource]) {
        var modules: [String: Module] = [:]
        for resource in desired where resource.managedBy == .terraform {
            if modules[resource.module]?.desired[resource.address] == nil {
                modules[resource.module, default: Module()].desired[resource.address] = resource
            }
        }
        for (name, module) in modules {
            var prepared = module
            let dependsOn = module.desired.mapValues(\.dependsOn)
            let declared = Set(module.desired.values.filter(ReplacementRules.createBeforeDestroy).map(\.address))
            let createBeforeDestroy = ResourceOrder.createBeforeDestroy(declared: declared, dependsOn: dependsOn)
            prepared.order = ResourceOrder.dependenciesFirst(Array(module.desired.keys), dependsOn: dependsOn)
            prepared.walk = prepared.order.compactMap { address in
                prepared.desired[address].map { ($0, createBeforeDestroy.contains(address)) }
            }
            prepared.createsFromEmpty = prepared.order.compactMap { address in
                prepared.desired[address].map { ModulePlanner.create($0, module: name, reason: ModulePlanner.notInState) }
            }
            modules[name] = prepared
        }
        self.modules = modules
    }

    /// The modules the configuration has resources in.
    var moduleNames: [String] { Array(modules.keys) }
}
