import Catalog
import Cost
import Savings
import Scenario
import Sizing

/// The one way every command prices a scenario: the cost engine, with the usage the
/// scenario's load implies where the scenario leaves it out (CPU credits above the baseline,
/// from the capacity model). `cost`, `diff`, `report`, the pull-request comment and `size`
/// therefore give the same figure for the same configuration and load.
public enum Pricing {
    /// `memo`: for a caller that prices variants of the scenario afterwards (the savings list).
    public static func price(_ scenario: Scenario, catalog: Catalog, memo: PricingMemo? = nil) throws -> CostDocument {
        try CostEngine.price(scenario, catalog: catalog, estimator: LoadUsage(), memo: memo)
    }

    /// The same, with the savings list (`cost` and `report` print it; `diff` does not need it). The
    /// savings price a dozen variants of the scenario: the resources they share with it are priced once.
    public static func priceWithSavings(_ scenario: Scenario, catalog: Catalog) throws -> CostDocument {
        let memo = PricingMemo()
        var document = try price(scenario, catalog: catalog, memo: memo)
        document.savings = SavingsFinder.find(scenario, catalog: catalog, cost: document, memo: memo)
        return document
    }
}
