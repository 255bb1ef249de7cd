import Diagnostics

/// What the planner refuses to plan.
public enum PlannerError: UserError, Equatable {
    /// Units that depend on each other in a loop, in the order found: `["a", "b", "a"]`.
    case dependencyCycle([String])

    public var location: SourceLocation? { nil }

    public var message: String {
        switch self {
        case .dependencyCycle(let path):
            // Terragrunt's own wording (terraform-semantics.md §2, `DependencyCycleError`), so the
            // message reads the same as the tool the user would otherwise run.
            return "Found a dependency cycle between modules: " + path.joined(separator: " -> ")
        }
    }

    public var hint: String? {
        switch self {
        case .dependencyCycle:
            return "remove one of the `dependency` or `dependencies` blocks that close the loop"
        }
    }
}
