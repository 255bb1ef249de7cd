import Catalog
import Cost
import Foundation
@testable import Savings
import Scenario
import Sizing
import Testing

/// The real catalog (built once into a temporary file) and the shipped scenarios.
enum SavingsSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalogResult: Result<Catalog, Error> = Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-savings-tests-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try CatalogBuilder.build(try CatalogSource.find(from: URL(fileURLWithPath: #filePath)), to: file)
        return try CatalogStore.read(file)
    }

    static func scenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: root.appendingPathComponent("Scenarios/\(name)").path)
    }

    static func savings(_ scenario: Scenario) throws -> (CostDocument, [Saving]) {
        let catalog = try catalogResult.get()
        let cost = try CostEngine.price(scenario, catalog: catalog, estimator: LoadUsage())
        return (cost, SavingsFinder.find(scenario, catalog: catalog, cost: cost))
    }
}

@Suite struct SavingsFinderTests {
    /// The default pays EKS extended support on 1.22 and RDS Extended Support on MySQL 5.7: leaving
    /// it is the first saving, to the oldest version in standard support on the catalog's date.
    @Test func defaultsFirstSavingIsLeavingExtendedSupport() throws {
        let (cost, savings) = try SavingsSupport.savings(try SavingsSupport.scenario("default.yaml"))
        let first = try #require(savings.first)
        #expect(first.kind == .extendedSupport)
        #expect(first.title.contains("Kubernetes 1.22 to 1.34"))
        // $438.00 extended against $73.00 standard: the control plane alone.
        #expect(first.monthly == Money(exactly: "365.00"))
        #expect(first.yearly == Money(exactly: "4380.00"))
        // One minor version at a time: 1.22 -> 1.23 ... -> 1.34 is twelve steps.
        #expect(first.steps.count == 12)
        #expect(first.steps.first?.hasPrefix("Kubernetes 1.22 to 1.23") == true)
        let mysql = try #require(savings.first { $0.kind == .extendedSupport && $0.title.contains("MySQL") })
        #expect(mysql.title.contains("5.7.33 to 8.4"))
        #expect(mysql.steps.count == 2)
        // The RDS extended-support line of the current bill, and nothing else, goes.
        let extended = cost.environments.flatMap(\.services).flatMap(\.resources).flatMap(\.components)
            .filter { $0.priceKey.service == "rds" && $0.priceKey.productFamily == "extended_support" }
        #expect(mysql.monthly == extended.reduce(Money.zero) { $0 + $1.monthlyCost })
        #expect(mysql.planChange.contains("in place"))
    }

    /// Ranked largest first, each saving positive, and each one the difference between two whole
    /// configurations priced by the engine (checked again here for the Graviton and NAT ones).
    @Test func savingsAreRankedAndEachIsAWholeConfigurationDifference() throws {
        let scenario = try SavingsSupport.scenario("multi-environment.yaml")
        let (cost, savings) = try SavingsSupport.savings(scenario)
        #expect(!savings.isEmpty)
        #expect(savings.map(\.monthly) == savings.map(\.monthly).sorted(by: >))
        #expect(savings.allSatisfy { $0.monthly > .zero })
        let catalog = try SavingsSupport.catalogResult.get()
        for saving in savings where saving.kind == .natGateways {
            var changed = scenario
            let index = try #require(changed.environments.firstIndex { $0.name == saving.environment })
            changed.environments[index].vpc.natGateways = .single
            let priced = try CostEngine.price(changed, catalog: catalog, estimator: LoadUsage())
            #expect(saving.monthly == cost.monthlyTotal - priced.monthlyTotal)
        }
    }

    @Test func supportCalendarStepsOneMinorAtATime() throws {
        let catalog = try SavingsSupport.catalogResult.get()
        let upgrade = try #require(SupportCalendar.eks("1.30", catalog: catalog))
        #expect(upgrade.target == "1.34")
        #expect(upgrade.steps.count == 4)
        #expect(SupportCalendar.eks("1.34", catalog: catalog) == nil)
        #expect(SupportCalendar.mysql("8.4.3", catalog: catalog) == nil)
        #expect(SupportCalendar.mysql("8.0.35", catalog: catalog)?.target == "8.4")
    }

    /// Reserved capacity only from the catalog's rows: the break-even is the reserved share of on-demand.
    @Test func reservedSavingsComeFromCatalogRows() throws {
        let (_, savings) = try SavingsSupport.savings(try SavingsSupport.scenario("default.yaml"))
        let reserved = savings.filter { $0.kind == .reserved }
        #expect(reserved.count == 2)
        #expect(reserved.allSatisfy { $0.risk.contains("break-even") })
        // t3.large 1-year no upfront: 730 x 0.0522 = 38.11 against 60.74 on-demand.
        #expect(reserved.contains { $0.steps.contains { $0.hasPrefix("t3.large") && $0.contains("$60.74 to $38.11") } })
    }

    /// Right-sizing is offered where the current configuration fits its load and a cheaper one does
    /// too (an oversized node group at a light load), and never where the current one does not fit
    /// (the default at its load): a saving is not a fix in disguise. Its figure is what `size` says.
    @Test func rightSizingOnlyWhereTheCurrentConfigurationFits() throws {
        let catalog = try SavingsSupport.catalogResult.get()
        var scenario = try SavingsSupport.scenario("default.yaml")
        let prod = try #require(scenario.environments.firstIndex { $0.name == "prod" })
        #expect(try Sizer.sizeIfCurrentFits(scenario, environment: "prod", catalog: catalog) == nil)
        #expect(try SavingsSupport.savings(scenario).1.allSatisfy { $0.kind != .rightSizing })

        scenario.environments[prod].load.registeredLearners = 2000
        scenario.environments[prod].load.peakConcurrentUsers = 40
        scenario.environments[prod].kubernetes.nodeGroups[0].instanceType = "m5.4xlarge"
        scenario.environments[prod].kubernetes.nodeGroups[0].desired = 2
        scenario.environments[prod].kubernetes.nodeGroups[0].min = 2
        scenario.environments[prod].kubernetes.nodeGroups[0].max = 4
        let (cost, savings) = try SavingsSupport.savings(scenario)
        let fitting = try #require(try Sizer.sizeIfCurrentFits(scenario, environment: "prod", catalog: catalog, scenarioCost: cost))
        let rightSizing = try #require(savings.first { $0.kind == .rightSizing })
        #expect(rightSizing.title.hasPrefix("Right-size to "))
        let report = try Sizer.size(scenario, environment: "prod", catalog: catalog, scenarioCost: cost)
        #expect(report.fits && fitting.fits)
        #expect(fitting.recommendation.evaluation == report.recommendation.evaluation && fitting.monthlyCostDelta == report.monthlyCostDelta)
        #expect(rightSizing.monthly == Money.zero - (try #require(report.monthlyCostDelta)))
    }
}
