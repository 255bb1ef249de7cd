import Blueprint
import Planner
import Scenario

/// The inputs a rehearsal needs for one scope.
public struct RehearsalTarget: Sendable {
    public var scope: String
    public var region: String
    public var infrastructureScope: String
    public var desired: EnvironmentBlueprint { didSet { configuration = TerraformConfiguration(desired.resources) } }
    /// `desired` read once for the planner: every run plans it four times.
    public private(set) var configuration: TerraformConfiguration
    public var graph: ModuleGraph
    public var usage: Usage?
    public var lockBucket: String
    /// Terragrunt's auto-retry settings (the scenario's `terragrunt:` block).
    public var autoRetry: AutoRetry

    public init(scope: String, region: String, infrastructureScope: String, desired: EnvironmentBlueprint, graph: ModuleGraph,
                usage: Usage?, lockBucket: String, autoRetry: AutoRetry = .terragruntDefault) {
        self.scope = scope
        self.region = region
        self.infrastructureScope = infrastructureScope
        self.desired = desired
        self.configuration = TerraformConfiguration(desired.resources)
        self.graph = graph
        self.usage = usage
        self.lockBucket = lockBucket
        self.autoRetry = autoRetry
    }
}
