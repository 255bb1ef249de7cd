import Account
import Blueprint
import Catalog
import Cost
import Foundation
import Scenario
import Sizing

/// `edxplan cost --account A`: what the account holds, priced by the one cost engine with the
/// scenario's usage and assumptions, per environment, unit and resource. What the engine
/// cannot price is listed: types edxplan does not model, and environments the scenario lacks.
enum AccountCost {
    static func document(scenarioPath: String?, accountPath: String, environment: String?, workspace: Workspace) throws -> CostDocument {
        let scenario = try workspace.loadScenario(scenarioPath)
        let catalog = try workspace.catalog(regions: scenario.regions)
        try ScenarioValidator.validate(scenario, catalog: catalog)
        let account = try FakeAccount.openExisting(at: workspace.url(accountPath))
        let modelled = StateCommands.modelledTypes(scenario)
        var blueprint = Blueprint.expand(scenario)
        var unpriced: [UnpricedComponent] = []
        func existing(_ scope: String, region: String) throws -> [Resource] {
            try account.resources(scope: scope).compactMap { object in
                let address = object.address ?? "\(object.type) \(object.id)"
                guard modelled.contains(object.type) || object.managedBy != .terraform else {
                    unpriced.append(UnpricedComponent(environment: scope, address: address, component: object.type,
                                                      priceKey: PriceKey(service: object.type, region: region, productFamily: ""),
                                                      reason: "held, not simulated: edxplan has no price rule for \(object.type)"))
                    return nil
                }
                return Resource(address: address, type: object.type, module: object.module, managedBy: object.managedBy,
                                attributes: object.attributes)
            }
        }
        for index in blueprint.environments.indices {
            blueprint.environments[index].resources = try existing(blueprint.environments[index].name, region: blueprint.environments[index].region)
        }
        blueprint.shared.resources = try existing("shared", region: blueprint.shared.region)
        let known = Set(scenario.environments.map(\.name) + ["shared"])
        for scope in Set(try account.resources().map(\.scope)).subtracting(known).sorted() {
            unpriced.append(UnpricedComponent(environment: scope, address: "(\(try account.resources(scope: scope).count) objects)",
                                              component: "environment", priceKey: PriceKey(service: "", region: "", productFamily: ""),
                                              reason: "the scenario has no environment \(scope): its usage and region are unknown"))
        }
        var document = try CostEngine.price(scenario, catalog: catalog, blueprint: blueprint, estimator: LoadUsage())
        document.unpriced += unpriced
        if let environment {
            _ = try scenario.environment(named: environment)
            document = document.only(environment: environment)
        }
        return document
    }
}
