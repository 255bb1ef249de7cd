import Catalog
import Cost
import Foundation
import Scenario
import Testing

/// Properties every priced scenario must have, on every scenario in Scenarios/.
@Suite struct CostInvariantTests {
    static let scenarios = ["default.yaml", "multi-environment.yaml", "growth.yaml", "shared-stack.yaml", "safe-teardown.yaml"]

    @Test(arguments: scenarios)
    func everyComponentTracesToACatalogRow(_ name: String) throws {
        let catalog = try TestCatalog.load()
        let document = try CostEngine.price(try TestCatalog.scenario(name), catalog: catalog)
        let components = (document.environments.flatMap(\.services) + document.shared.services)
            .flatMap(\.resources).flatMap(\.components)
        #expect(!components.isEmpty)
        for component in components {
            let tiers = catalog.tiers(component.priceKey)
            #expect(tiers.contains { $0.tierStart == component.tierStart }, "\(component.name): \(component.priceKey)")
            #expect(!component.source.isEmpty)
        }
    }

    @Test(arguments: scenarios)
    func totalsAreTheSumOfTheirPartsToTheCent(_ name: String) throws {
        let document = try CostEngine.price(try TestCatalog.scenario(name), catalog: try TestCatalog.load())
        var sum = Money.zero
        for environment in document.environments {
            let components = environment.services.flatMap(\.resources).flatMap(\.components)
            #expect(environment.ownTotal == components.reduce(.zero) { $0 + $1.monthlyCost })
            #expect(components.allSatisfy { $0.monthlyCost == $0.monthlyCost.rounded() })
            sum += environment.monthlyTotal
        }
        #expect(document.shared.allocations.reduce(Money.zero) { $0 + $1.amount } == document.shared.monthlyTotal)
        #expect(document.monthlyTotal == sum)
        let shared = document.shared.services.flatMap(\.resources).flatMap(\.components).reduce(Money.zero) { $0 + $1.monthlyCost }
        let own = document.environments.reduce(Money.zero) { $0 + $1.ownTotal }
        #expect(document.monthlyTotal == own + shared)
    }

    @Test func pricingIsDeterministic() throws {
        let catalog = try TestCatalog.load()
        let scenario = try TestCatalog.scenario("multi-environment.yaml")
        #expect(try CostEngine.price(scenario, catalog: catalog) == CostEngine.price(scenario, catalog: catalog))
    }

    @Test func unknownUsageIsShownAsDependsOnUsage() throws {
        let scenario = try ScenarioLoader.load(text: "environments:\n  prod: {}\n", file: "bare.yaml")
        let document = try CostEngine.price(scenario, catalog: try TestCatalog.load())
        let nat = try #require(document.environments[0].services.flatMap(\.resources)
            .first { $0.address == "module.vpc.aws_nat_gateway.this[0]" })
        let processed = try #require(nat.components.first { $0.name == "Data processed" })
        #expect(processed.quantity == nil)
        #expect(processed.usageBased)
        #expect(processed.monthlyCost == .zero)
        #expect(processed.unitPrice == Money(exactly: "0.045"))
    }
}
