import Catalog
import Cost
import Foundation
import Scenario
import Sizing
@testable import StakeholderReport
import Testing

/// The projection grows what grows: usage and the load-driven credits, never fixed costs.
@Suite struct ProjectionTests {
    static func components(_ document: CostDocument) -> [String: PricedComponent] {
        var out: [String: PricedComponent] = [:]
        for environment in document.environments {
            for resource in environment.services.flatMap(\.resources) {
                for component in resource.components { out["\(environment.name) \(resource.address) \(component.name)"] = component }
            }
        }
        return out
    }

    /// default.yaml grows 3% a month. It never holds its load (one node, no N+1), so it takes no
    /// capacity step; month 12 differs from month 1 only in usage-based components.
    @Test func defaultsMonthTwelveDiffersOnlyInUsageDrivenComponents() throws {
        let catalog = try Fixtures.catalog()
        let scenario = try Fixtures.scenario("default.yaml")
        let first = try CostEngine.price(ProjectionBuilder.grown(scenario, month: 1), catalog: catalog, estimator: LoadUsage())
        let twelfth = try CostEngine.price(ProjectionBuilder.grown(scenario, month: 12), catalog: catalog, estimator: LoadUsage())
        let projection = ProjectionBuilder.project(scenario, catalog: catalog, cost: first)
        #expect(projection.steps.isEmpty)
        let a = Self.components(first), b = Self.components(twelfth)
        #expect(Set(a.keys) == Set(b.keys))
        let changed = a.keys.filter { a[$0]?.monthlyCost != b[$0]?.monthlyCost }.sorted()
        #expect(!changed.isEmpty)
        for key in changed { #expect(a[key]?.usageBased == true, "\(key) is not usage-driven but changed") }
        // Fixed costs (EKS control plane, instances, NAT hours) stay.
        #expect(a.keys.filter { a[$0]?.usageBased == false }.allSatisfy { a[$0]?.monthlyCost == b[$0]?.monthlyCost })
        let series = try #require(projection.series.first)
        #expect(series.months[0] == first.environments[0].monthlyTotal)
        #expect(series.months[11] == twelfth.environments[0].monthlyTotal)
        #expect(series.months[11] > series.months[0])
        // Not the whole bill compounded: 12 months at 3% would be x1.384.
        #expect(series.months[11] < first.environments[0].monthlyTotal * Decimal(string: "1.3")!)
    }

    /// A configuration that holds its load today steps up in the month the planner says it no longer does.
    @Test func capacityStepsUpWhenTheLoadNoLongerFits() throws {
        let catalog = try Fixtures.catalog()
        var scenario = try Fixtures.scenario("default.yaml")
        scenario.environments[0].kubernetes.nodeGroups[0].instanceType = "m6i.xlarge"
        scenario.environments[0].kubernetes.nodeGroups[0].desired = 3
        scenario.environments[0].kubernetes.nodeGroups[0].max = 10
        scenario.environments[0].mysql.allocatedStorageGB = 100
        scenario.environments[0].redis.nodeType = "cache.m6g.large"
        scenario.environments[0].load.monthlyGrowthPercent = 30
        #expect(ProjectionBuilder.fits(scenario.environments[0], catalog: catalog))
        let cost = try CostEngine.price(scenario, catalog: catalog, estimator: LoadUsage())
        let projection = ProjectionBuilder.project(scenario, catalog: catalog, cost: cost)
        let step = try #require(projection.steps.first)
        #expect(step.month > 1)
        let months = projection.series[0].months
        // The step shows as a jump in that month.
        #expect(months[step.month - 1] > months[step.month - 2])
    }
}
