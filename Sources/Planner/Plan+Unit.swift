extension Plan {
    /// `terragrunt plan` (or apply, destroy) in one unit's folder instead of `run --all`: that
    /// unit alone, in a wave of its own, waiting for nothing. Nil when the scope has no such unit.
    public func only(unit: String) -> Plan? {
        guard var module = modules.first(where: { $0.name == unit }) else { return nil }
        module.wave = 0
        module.waitsFor = []
        var plan = Plan(scope: scope, mode: mode, waves: [[unit]], modules: [module], drift: drift.filter { $0.module == unit },
                        diagnostics: diagnostics)
        plan.unit = unit
        return plan
    }
}
