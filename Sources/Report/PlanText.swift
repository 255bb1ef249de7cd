import Blueprint
import Foundation
import Planner
import Simulator

/// A plan printed the way `terragrunt run --all plan` prints it: one `terraform plan` per module
/// in run order, then the run's total. Every list is already ordered by the planner, so the
/// text is a pure function of the plan.
public enum PlanText {
    public static func render(_ plan: Plan) -> String {
        let verb = plan.mode == .apply ? "plan" : "plan -destroy"
        var out = plan.unit.map { "terragrunt \(verb): \(plan.scope)/\($0), run in the unit's folder, not run --all\n" }
            ?? "terragrunt run --all \(verb): \(plan.scope), \(plan.modules.count) modules in \(plan.waves.count) waves\n"
        for diagnostic in plan.diagnostics { out += "\nWarning: \(diagnostic)\n" }
        for module in plan.modules { out += "\n" + self.module(module, plan: plan) }
        out += plan.unit == nil ? "\n── run --all total ──\n\n" : "\n── total ──\n\n"
        out += "Waves: " + plan.waves.enumerated().map { "\($0.offset + 1) [\($0.element.joined(separator: ", "))]" }
            .joined(separator: " -> ") + "\n"
        out += plan.hasChanges ? summary(plan.summary) : noChanges(plan.mode)
        return out
    }

    static func module(_ module: ModulePlan, plan: Plan) -> String {
        let after = module.waitsFor.isEmpty ? "" : ", after \(module.waitsFor.joined(separator: ", "))"
        var out = "── module \(module.name) (wave \(module.wave + 1)\(after)) ──\n\n"
        let drift = plan.drift.filter { $0.module == module.name }
        if !drift.isEmpty {
            out += "Note: Objects have changed outside of Terraform\n\n"
            out += "Terraform detected the following changes made outside of Terraform since the last \"terraform apply\" "
                + "which may have affected this plan:\n\n"
            for note in drift { out += self.drift(note) + "\n" }
        }
        let changed = module.actions.filter { $0.action != .noop }
        guard !changed.isEmpty else { return out + noChanges(plan.mode) }
        out += "Terraform will perform the following actions:\n\n"
        for action in changed { out += self.action(action) + "\n" }
        let single = Plan(scope: plan.scope, mode: plan.mode, waves: [], modules: [module])
        return out + summary(single.summary)
    }

    static func drift(_ note: DriftNote) -> String {
        let (kind, name) = typeAndName(note.address)
        if note.changes.isEmpty {
            return "  # \(note.address) \(note.detail)\n  - resource \"\(kind)\" \"\(name)\" {\n    }\n"
        }
        return "  # \(note.address) has changed\n  ~ resource \"\(kind)\" \"\(name)\" {\n"
            + lines(note.changes, type: kind, inPlace: false) + "    }\n"
    }

    static func action(_ action: PlannedAction) -> String {
        let (kind, name) = typeAndName(action.address)
        let cbd = action.replaceOrder == .createBeforeDestroy
        let (headline, symbol): (String, String)
        switch action.action {
        case .create: (headline, symbol) = ("will be created", "  +")
        case .update: (headline, symbol) = ("will be updated in-place", "  ~")
        case .replace:
            headline = action.prior?.tainted == true ? "is tainted, so must be replaced" : "must be replaced"
            symbol = cbd ? "+/-" : "-/+"
        case .delete: (headline, symbol) = ("will be destroyed", "  -")
        case .noop: (headline, symbol) = ("has no changes", "   ")
        }
        var out = "  # \(action.address) \(headline)\n"
        if action.action == .delete, action.reason == "not in configuration" {
            out += "  # (because \(action.address) is not in configuration)\n"
        }
        out += "\(symbol) resource \"\(kind)\" \"\(name)\" {\n"
        out += lines(action.changes, type: action.type, inPlace: action.action == .update)
        if action.action == .update || action.action == .replace, let desired = action.desired {
            let configured = desired.attributes.keys.filter { !ReplacementRules.ignored.contains($0) }
            let hidden = configured.filter { name in !action.changes.contains { $0.name == name } }.count
            if hidden > 0 { out += "        # (\(hidden) unchanged attribute\(hidden == 1 ? "" : "s") hidden)\n" }
        }
        return out + "    }\n"
    }

    /// Attribute lines with `=` aligned, as Terraform aligns a block.
    static func lines(_ changes: [AttributeChange], type: String, inPlace: Bool) -> String {
        let width = changes.map(\.name.count).max() ?? 0
        return changes.map { change in
            let name = change.name.padding(toLength: width, withPad: " ", startingAt: 0)
            var line: String
            // A secret's value is never printed, old or new, as Terraform prints it.
            let hidden = Sensitive.attribute(type: type, name: change.name)
            switch (change.old, change.new) {
            case (nil, let new?): line = "      + \(name) = \(hidden ? Sensitive.placeholder : new.description)"
            case (let old?, nil): line = "      - \(name) = \(hidden ? Sensitive.placeholder : old.description) -> null"
            case (let old, let new) where hidden:
                line = "      ~ \(name) = " + (old == nil ? "null -> " : "") + (new == nil ? Sensitive.placeholder + " -> null" : Sensitive.placeholder)
            case (let old, let new): line = "      ~ \(name) = \(old.map(String.init(describing:)) ?? "null") -> "
                + (new.map(String.init(describing:)) ?? "null")
            }
            if change.forcesReplacement {
                line += " # forces replacement"
            } else if inPlace, let note = ReplacementRules.note(type: type, attribute: change.name) {
                line += " # \(note)"
            }
            return line + "\n"
        }.joined()
    }

    /// `module.db.module.db_instance.aws_db_instance.this[0]` → (`aws_db_instance`, `this`): the
    /// `module.<name>.` pairs are skipped, then come the type and the name with its index.
    static func typeAndName(_ address: String) -> (String, String) {
        let parts = address.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index + 2 < parts.count, parts[index] == "module" { index += 2 }
        guard index + 1 < parts.count else { return (address, address) }
        let name = parts[(index + 1)...].joined(separator: ".")
        return (parts[index], String(name.prefix { $0 != "[" }))
    }

    /// Where the real run fails (`PlanRefusal`): `terraform plan` itself, or AWS at apply. Under
    /// the plan, which is still shown whole; the command exits 1.
    public static func refusals(_ found: [PlanRefusal]) -> String {
        guard !found.isEmpty else { return "" }
        var out = "\nError: the real run fails at \(found.count) place\(found.count == 1 ? "" : "s") "
            + "(the plan above is shown whole):\n"
        for refused in found {
            out += "  \(refused.module): \(refused.address) (\(refused.refusal.when == "at terraform plan" ? "terraform plan" : "apply"))\n"
                + "    \(refused.refusal.failure.line)\n"
            if let fix = refused.refusal.failure.fix { out += "    fix: \(fix)\n" }
        }
        return out
    }

    static func summary(_ counts: (add: Int, change: Int, destroy: Int)) -> String {
        "Plan: \(counts.add) to add, \(counts.change) to change, \(counts.destroy) to destroy.\n"
    }

    static func noChanges(_ mode: PlanMode) -> String {
        mode == .apply ? "No changes. Your infrastructure matches the configuration.\n" : "No changes. No objects need to be destroyed.\n"
    }
}

extension PlanText {
    /// Each version change with the in-place steps AWS takes it in and their typical minutes:
    /// `1.22 -> 1.23 -> ... -> 1.33`, one control-plane update and one node-group roll a step.
    public static func upgrades(_ found: [PlannedUpgrade]) -> String {
        guard !found.isEmpty else { return "" }
        var out = "\nVersion changes, as AWS makes them in place:\n"
        for upgrade in found {
            var versions = [upgrade.steps.first?.from ?? ""]
            for step in upgrade.steps where step.to != versions.last { versions.append(step.to) }
            let count = versions.count - 1
            out += "  \(upgrade.module): \(upgrade.address): \(versions.joined(separator: " -> "))"
                + " (\(count) step\(count == 1 ? "" : "s"), about \(RunText.minutes(upgrade.minutes)) minutes)\n"
            // One line a step: what moves from one version to the next, in order.
            var index = 0
            while index < upgrade.steps.count {
                let step = upgrade.steps[index]
                let parts = upgrade.steps[index...].prefix { $0.from == step.from && $0.to == step.to }
                out += "    \(step.from) -> \(step.to): "
                    + parts.map { "\($0.what) (\(RunText.minutes($0.minutes)) min)" }.joined(separator: ", ") + "\n"
                index += parts.count
            }
            if let refusal = upgrade.refusal {
                out += "    refused as planned: \(refusal.failure.line)\n"
                if let fix = refusal.failure.fix { out += "    fix: \(fix)\n" }
            }
        }
        return out
    }
}
