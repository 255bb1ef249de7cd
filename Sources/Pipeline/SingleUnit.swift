import Account
import Planner
import Scenario
import Simulator

/// `--unit NAME`: what Terragrunt does around one unit's command run in its folder, rather
/// than `run --all`: it reads the outputs of the units it depends on, and before a destroy it
/// lists the units that depend on it (terraform-semantics.md section 2).
enum SingleUnit {
    /// The unit's folder, as the cookiecutter lays it out (cookiecutter-backend.md sections 1 and 5).
    static func folder(_ unit: String, context: InfrastructureContext) -> String {
        context.scope == "shared" && context.scenario.layout == .sharedStack
            ? "terraform/stacks/live/\(unit)" : "terraform/environments/\(context.scope)/\(unit)"
    }

    /// Terragrunt's error when a unit it depends on holds no state, so has no outputs to read:
    /// not applied yet, or already destroyed. The cookiecutter's mock outputs are for
    /// `init` and `validate` at most, so apply and destroy stop here; `plan` goes on, as
    /// `run --all plan` of a new environment does. Units it orders after without reading
    /// outputs (`dependencies` paths) are held to the same rule: what they create (the
    /// cluster, the namespace) is what the unit's own resources need.
    static func stoppedOnOutputs(_ unit: String, plan: Plan, context: InfrastructureContext) throws -> RunResult? {
        guard let message = try missingOutputs(unit, context: context) else { return nil }
        let minute = try context.account.minute()
        return RunResult(scope: plan.scope, mode: plan.mode, startMinute: minute, modules: [
            ModuleRun(name: unit, wave: 0, status: .failed, startMinute: minute, endMinute: minute, operations: [], message: message),
        ], leftOutsideState: [], unit: unit)
    }

    /// The first dependency without outputs, as Terragrunt's error names it, or nil.
    static func missingOutputs(_ unit: String, context: InfrastructureContext) throws -> String? {
        for dependency in context.graph.dependencies[unit] ?? [] {
            let key = FakeAccount.stateKey(scope: context.scope, module: dependency)
            guard try context.account.state(stateKey: key).isEmpty else { continue }
            return "\(folder(dependency, context: context))/terragrunt.hcl is a dependency of "
                + "\(folder(unit, context: context))/terragrunt.hcl but detected no outputs. Either the target module has not "
                + "been applied yet, or the module has no outputs."
        }
        return nil
    }

    /// What Terragrunt writes to stderr before destroying one unit that others depend on; the
    /// simulator answers its "Are you sure?" with yes, as `--non-interactive` does.
    static func dependentsWarning(_ unit: String, context: InfrastructureContext) -> String? {
        let dependents = context.graph.waitsFor(unit, mode: .destroy).sorted()
        guard !dependents.isEmpty else { return nil }
        return "Detected dependent modules:\n" + dependents.map { folder($0, context: context) + "\n" }.joined()
            + "WARNING: Are you sure you want to continue? (y/n) y\n"
    }
}
