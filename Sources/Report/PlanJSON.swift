import Blueprint
import Planner
import Simulator

/// `edxplan plan --format json`: the run's waves, each module's actions with their attribute
/// changes, and Terraform's summary. Waves are numbered from 1 as the text prints them; no-op
/// resources are counted (`unchanged`), not listed, as the text hides them too.
public enum PlanJSON {
    public static func render(_ plan: Plan, estimatedMinutes: Double? = nil, refusals: [PlanRefusal] = [],
                              upgrades: [PlannedUpgrade] = []) -> String {
        value(plan, estimatedMinutes: estimatedMinutes, refusals: refusals, upgrades: upgrades).rendered()
    }

    public static func value(_ plan: Plan, estimatedMinutes: Double?, refusals: [PlanRefusal] = [],
                             upgrades: [PlannedUpgrade] = []) -> JSONValue {
        let summary = plan.summary
        return .object([
            ("scope", .string(plan.scope)),
            ("mode", .string(plan.mode.rawValue)),
            ("unit", plan.unit.map { .string($0) } ?? .null),
            ("waves", .array(plan.waves.map { .array($0.map { .string($0) }) })),
            ("modules", .array(plan.modules.map(module))),
            ("summary", .object([
                ("add", number(summary.add)), ("change", number(summary.change)), ("destroy", number(summary.destroy)),
            ])),
            ("estimated_minutes", estimatedMinutes.map { .number(minutes($0)) } ?? .null),
            ("drift", .array(plan.drift.map(drift))),
            ("diagnostics", .array(plan.diagnostics.map { .string($0) })),
            ("upgrades", .array(upgrades.map { upgrade in
                .object([("module", .string(upgrade.module)), ("address", .string(upgrade.address)),
                         ("minutes", .number(minutes(upgrade.minutes))),
                         ("steps", .array(upgrade.steps.map { step in
                             .object([("from", .string(step.from)), ("to", .string(step.to)), ("what", .string(step.what)),
                                      ("minutes", .number(minutes(step.minutes)))])
                         })),
                         ("refusal", upgrade.refusal.map(RunJSON.refusal) ?? .null)])
            })),
            ("refusals", .array(refusals.map { found in
                .object([("module", .string(found.module)), ("address", .string(found.address)),
                         ("refusal", RunJSON.refusal(found.refusal))])
            })),
        ])
    }

    static func module(_ module: ModulePlan) -> JSONValue {
        .object([
            ("name", .string(module.name)),
            ("wave", number(module.wave + 1)),
            ("waits_for", .array(module.waitsFor.map { .string($0) })),
            ("actions", .array(module.actions.filter { $0.action != .noop }.map(action))),
            ("unchanged", number(module.actions.filter { $0.action == .noop }.count)),
        ])
    }

    static func action(_ action: PlannedAction) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("address", .string(action.address)),
            ("type", .string(action.type)),
            ("action", .string(action.action.rawValue)),
            ("reason", .string(action.reason)),
            ("changes", .array(action.changes.map { change($0, type: action.type) })),
        ]
        if let order = action.replaceOrder { members.append(("replace_order", .string(order.rawValue))) }
        return .object(members)
    }

    static func drift(_ note: DriftNote) -> JSONValue {
        .object([
            ("module", .string(note.module)),
            ("address", .string(note.address)),
            ("detail", .string(note.detail)),
            ("changes", .array(note.changes.map { change($0, type: PlanText.typeAndName(note.address).0) })),
        ])
    }

    /// A secret's values are written as Terraform prints them, "(sensitive value)"; absent stays null.
    static func change(_ change: AttributeChange, type: String) -> JSONValue {
        let hidden = Sensitive.attribute(type: type, name: change.name)
        let shown = { (value: AttributeValue?) in hidden && value != nil ? JSONValue.string(Sensitive.placeholder) : attribute(value) }
        return .object([
            ("name", .string(change.name)),
            ("old", shown(change.old)),
            ("new", shown(change.new)),
            ("forces_replacement", .bool(change.forcesReplacement)),
        ])
    }

    /// Values as Terraform's JSON plan writes them: strings, numbers, bools, lists; absent is null.
    static func attribute(_ value: AttributeValue?) -> JSONValue {
        switch value {
        case .string(let text)?: return .string(text)
        case .int(let number)?: return .number(String(number))
        case .bool(let flag)?: return .bool(flag)
        case .strings(let list)?: return .array(list.map { .string($0) })
        case nil: return .null
        }
    }

    static func number(_ value: Int) -> JSONValue { .number(String(value)) }

    /// Minutes to one decimal, without a trailing `.0`, so the output does not depend on how a
    /// Double happens to print. A duration is never negative.
    static func minutes(_ value: Double) -> String {
        let tenths = value.isFinite ? Int((max(0, value) * 10).rounded()) : 0
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
