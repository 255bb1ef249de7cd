import Diagnostics
import Scenario

/// What the import read, before it is written as YAML: the platform, the layout, and each
/// scope (the shared stack, the environments) with its units, their graph and their settings.
struct ImportedScenario {
    struct Scope {
        /// The scenario's name for it: the environment, or `shared` for the stack.
        var name: String
        /// The folder it was read from (`terraform/environments/prod`).
        var directory: String
        var isStack: Bool
        var subdomain: Sourced<String>?
        /// Modeled units, in the scenario's module order, with the terragrunt.hcl that makes each.
        var units: [(module: ModuleName, file: String)]
        /// Unit -> units it depends on inside this root.
        var dependencies: [String: [String]]
        /// Where each unit's dependencies are declared (its first dependency block or paths).
        var dependencyLocations: [String: SourceLocation]
        /// Unit -> `scope/unit` ids of other roots it depends on (HEAD's `../../../stacks/<id>/...`).
        var crossRoot: [String: [String]]
        /// Apply waves, or nil when the graph has a cycle.
        var waves: [[String]]?
        var cycle: [String]?
        var settings: [SettingsBlock]
    }

    var name: Sourced<String>?
    var layout: TreeLayout
    var platform: [(key: String, value: Sourced<String>)]
    var scopes: [Scope]
    var units: Int
    /// The auto-retry attributes, for the `terragrunt:` block.
    var retry = RetrySettings()
}
