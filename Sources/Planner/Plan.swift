import Blueprint

/// What Terraform will do to one resource.
public enum Action: String, Sendable, Codable, CaseIterable {
    case create, update, replace, delete, noop

    /// Terraform's plan symbol.
    public var symbol: String {
        switch self {
        case .create: return "+"
        case .update: return "~"
        case .replace: return "-/+"
        case .delete: return "-"
        case .noop: return " "
        }
    }
}

/// How a replacement runs: Terraform's default, or `create_before_destroy`.
public enum ReplaceOrder: String, Sendable, Codable {
    case destroyBeforeCreate = "destroy-before-create"
    case createBeforeDestroy = "create-before-destroy"
}

/// One attribute's change, as the plan prints it: `~ instance_class = "db.t2.small" -> "db.t3.medium"`.
public struct AttributeChange: Sendable, Equatable, Codable {
    public var name: String
    public var old: AttributeValue?
    public var new: AttributeValue?
    /// True when changing this attribute forces a replacement (`# forces replacement`).
    public var forcesReplacement: Bool

    public init(name: String, old: AttributeValue?, new: AttributeValue?, forcesReplacement: Bool) {
        self.name = name
        self.old = old
        self.new = new
        self.forcesReplacement = forcesReplacement
    }
}

/// One Terragrunt unit (module folder) of the plan.
public struct ModulePlan: Sendable, Equatable {
    public var name: String
    /// The Terragrunt wave it runs in: 0 first for apply; for destroy, 0 is the first to be destroyed.
    public var wave: Int
    /// Modules this one waits for in this run (its dependencies for apply, its dependents for destroy).
    public var waitsFor: [String]
    public var actions: [PlannedAction]

    public init(name: String, wave: Int, waitsFor: [String], actions: [PlannedAction]) {
        self.name = name
        self.wave = wave
        self.waitsFor = waitsFor
        self.actions = actions
    }

    public var hasChanges: Bool { actions.contains { $0.action != .noop } }
}

public enum PlanMode: String, Sendable, Codable {
    case apply, destroy
}

/// A whole `terragrunt run --all plan` for one scope (an environment, or the shared stack):
/// a pure value, computed from the desired resources and the prior state.
public struct Plan: Sendable, Equatable {
    public var scope: String
    public var mode: PlanMode
    /// Module names per wave, in run order.
    public var waves: [[String]]
    public var modules: [ModulePlan]
    /// Resources whose recorded object no longer exists in the account (deleted outside Terraform).
    public var drift: [DriftNote]
    /// What Terragrunt would have stopped on but the planner planned around (see `ModuleGraph.diagnostics`).
    public var diagnostics: [String]
    /// The one unit planned (`--unit`, Terragrunt run in that unit's folder), or nil for `run --all`.
    public var unit: String?

    public init(scope: String, mode: PlanMode, waves: [[String]], modules: [ModulePlan], drift: [DriftNote] = [],
                diagnostics: [String] = []) {
        self.scope = scope
        self.mode = mode
        self.waves = waves
        self.modules = modules
        self.drift = drift
        self.diagnostics = diagnostics
    }

    public var actions: [PlannedAction] { modules.flatMap(\.actions) }

    /// Terraform's `Plan: N to add, N to change, N to destroy.` (a replacement adds one and destroys one).
    public var summary: (add: Int, change: Int, destroy: Int) {
        var add = 0, change = 0, destroy = 0
        for action in actions {
            switch action.action {
            case .create: add += 1
            case .update: change += 1
            case .replace: add += 1; destroy += 1
            case .delete: destroy += 1
            case .noop: break
            }
        }
        return (add, change, destroy)
    }

    public var hasChanges: Bool { modules.contains { $0.hasChanges } }
}

/// "Objects have changed outside of Terraform": what refresh found.
public struct DriftNote: Sendable, Equatable {
    public var module: String
    public var address: String
    /// "has been deleted", or the attribute that changed.
    public var detail: String
    public var changes: [AttributeChange]

    public init(module: String, address: String, detail: String, changes: [AttributeChange] = []) {
        self.module = module
        self.address = address
        self.detail = detail
        self.changes = changes
    }
}
