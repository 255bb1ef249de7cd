import Account
import Blueprint
import Catalog
import Diagnostics
import Foundation
import Planner
import Scenario

/// Everything `plan`, `apply` and `destroy` need for one scope: the scenario, the catalog,
/// the desired resources, the module graph and the fake account.
struct InfrastructureContext {
    let scenario: Scenario
    let catalog: Catalog
    /// The environment name, or `shared` for the shared stack.
    let scope: String
    let region: String
    let desired: EnvironmentBlueprint
    let graph: ModuleGraph
    let account: FakeAccount
    /// The scope whose VPC and cluster this one uses.
    let infrastructureScope: String
    /// The account file when it does not exist yet: `account` is then an empty one in memory,
    /// and only `persisted()` (apply, once its input is known good) makes the file.
    var newFile: URL? = nil

    static func load(scenarioPath: String?, environment: String?, accountPath: String?, workspace: Workspace,
                     terragruntPath: String? = nil) throws -> InfrastructureContext {
        // The scenario first: a bad one is refused before the catalog is read (or built).
        let scenario = try ImportCommand.loadScenario(scenarioPath: scenarioPath, terragruntPath: terragruntPath, workspace: workspace)
        let catalog = try workspace.catalog()
        try ScenarioValidator.validate(scenario, catalog: catalog)
        let blueprint = Blueprint.expand(scenario)
        let scope = try chooseScope(environment, scenario: scenario)
        let desired = scope == "shared" && scenario.layout == .sharedStack
            ? blueprint.shared : try blueprint.environments.first { $0.name == scope }.orThrow(
                ScenarioError.unknownEnvironment(name: scope, known: scenario.environments.map(\.name)))
        let region = scope == "shared" ? scenario.platform.awsRegion : try scenario.environment(named: scope).region
        let graph = try ModuleGraph.cookiecutter(for: desired, scenario: scenario)
        let file = accountPath.map(workspace.url) ?? FakeAccount.defaultPath(root: workspace.root, scenario: scenario.name)
        // A plan, a refused command or a destroy of nothing leaves no account file behind.
        let isNew = !FakeAccount.exists(file)
        let account = isNew ? FakeAccount.scratch() : try FakeAccount.open(at: file)
        try seed(account, catalog: catalog, scenario: scenario)
        return InfrastructureContext(scenario: scenario, catalog: catalog, scope: scope, region: region, desired: desired,
                                     graph: graph, account: account,
                                     infrastructureScope: scenario.layout == .sharedStack ? "shared" : scope,
                                     newFile: isNew ? file : nil)
    }

    /// This context on the account file, made now (with its folders) if it is new: what an
    /// apply calls once every option and the plan are known good.
    func persisted() throws -> InfrastructureContext {
        guard let newFile else { return self }
        var copy = self
        copy.newFile = nil
        copy = InfrastructureContext(scenario: scenario, catalog: catalog, scope: scope, region: region, desired: desired,
                                     graph: graph, account: try FakeAccount.open(at: newFile),
                                     infrastructureScope: infrastructureScope)
        try Self.seed(copy.account, catalog: catalog, scenario: scenario)
        return copy
    }

    /// `--env` may be left out when the scenario has one environment.
    static func chooseScope(_ environment: String?, scenario: Scenario) throws -> String {
        if let environment { return environment }
        guard scenario.environments.count == 1, let only = scenario.environments.first else {
            throw ScenarioError.unknownEnvironment(name: "(none given: pass --env)",
                                                   known: scenario.environments.map(\.name) + (scenario.shared == nil ? [] : ["shared"]))
        }
        return only.name
    }

    /// A new account starts with AWS's default quotas from the catalog.
    static func seed(_ account: FakeAccount, catalog: Catalog, scenario: Scenario) throws {
        if try account.quotas().isEmpty {
            for quota in catalog.quotas.values.sorted(by: { $0.code < $1.code }) {
                try account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope)
            }
        }
        if try account.scenario() == nil { try account.setScenario(scenario.name) }
    }

    /// The plan for this scope against the account's current state: every unit, as
    /// `terragrunt run --all` runs them, or `unit` alone.
    func plan(mode: PlanMode, unit: String?) throws -> Plan {
        let modules = ModuleName.allCases.map(\.rawValue)
        let prior = try account.priorState(scope: scope, modules: modules)
        let plan = try Planner.plan(scope: scope, desired: desired.resources, prior: prior, graph: graph, mode: mode)
        guard let unit else { return plan }
        guard let one = plan.only(unit: unit) else {
            throw OptionError("--unit", "\(scope) has no unit '\(unit)'",
                              hint: "its units: \(plan.modules.map(\.name).sorted().joined(separator: ", "))")
        }
        return one
    }

    /// The Terragrunt state bucket, which names the state locks.
    var lockBucket: String { "\(scenario.platform.accountID)-terraform-tfstate" }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> Error) throws -> Wrapped {
        guard let value = self else { throw error() }
        return value
    }
}
