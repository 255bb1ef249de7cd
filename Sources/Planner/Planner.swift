import Blueprint

/// `terragrunt run --all plan` for one scope: the modules in wave order, each with Terraform's
/// verdict on every resource. A pure function: the same desired resources, state and graph
/// always give the same plan, which is what lets the simulator and the reports agree.
public enum Planner {
    public static func plan(scope: String, desired: [Resource], prior: PriorState, graph: ModuleGraph,
                            mode: PlanMode) throws -> Plan {
        try plan(scope: scope, configuration: TerraformConfiguration(desired), prior: prior, graph: graph, mode: mode)
    }

    /// The same, for a configuration read once and planned many times (a rehearsal).
    public static func plan(scope: String, configuration: TerraformConfiguration, prior: PriorState, graph: ModuleGraph,
                            mode: PlanMode) throws -> Plan {
        // A module removed from the configuration keeps its state. Terragrunt would no longer
        // visit its folder; the plan models the `terragrunt destroy` the user must run there,
        // placed in the run by the dependencies it used to declare.
        // Names only: filtering the dictionary first built a second one, hashing every name.
        let stateModules = prior.modules.compactMap { $0.value.isEmpty ? nil : $0.key }
        let effective = try graph.including(configuration.moduleNames + stateModules)
        let waves = effective.waves(for: mode)
        var modules: [ModulePlan] = []
        var drift: [DriftNote] = []
        for (index, wave) in waves.enumerated() {
            for unit in wave {
                var planner = ModulePlanner(module: unit, configuration: configuration.modules[unit] ?? TerraformConfiguration.Module(),
                                            entries: prior.modules[unit] ?? [:], live: prior.live)
                let actions = mode == .apply ? planner.planApply() : planner.planDestroy()
                // An apply from empty state, or the destroy of everything, plans what the
                // configuration worked out once, walk included.
                modules.append(ModulePlan(name: unit, wave: index, waitsFor: effective.waitsFor(unit, mode: mode),
                                          actions: actions, graph: planner.graph))
                // Refresh notes in address order, as Terraform lists them.
                drift += planner.drift.sorted { $0.address < $1.address }
            }
        }
        return Plan(scope: scope, mode: mode, waves: waves, modules: modules, drift: drift,
                    diagnostics: effective.diagnostics)
    }
}
