import Foundation
@testable import StakeholderReport
import Testing

/// Reserved savings come only from catalog rows; what has no row is listed, not guessed.
@Suite struct SavingsTests {
    @Test func handBuiltRatesGiveExactSavings() throws {
        let savings = try SampleReport.document().savings
        // t3.large: 730 h x 0.0522 = 38.106 -> 38.11 (saves 22.63); x 0.036 = 26.28 (saves 34.46).
        #expect(savings.lines.map(\.address) == ["module.eks.aws_eks_node_group.this[0]"])
        #expect(savings.monthlySaving("1yr-no-upfront").plain == "22.63")
        #expect(savings.monthlySaving("3yr-no-upfront").plain == "34.46")
        #expect(savings.missing.map(\.instanceType) == ["db.t2.small", "t3.medium"])
        #expect(savings.breakEvenMonth == 1)
    }

    @Test func defaultScenarioUsesTheCatalogsReservedRows() throws {
        let savings = try Fixtures.report("default.yaml").savings
        #expect(Set(savings.lines.map(\.instanceType)) == ["t3.large", "t2.micro"])
        // db.t2.small, cache.t2.small: no reserved rows; DocumentDB: none sold.
        #expect(Set(savings.missing.map(\.instanceType)) == ["db.t2.small", "cache.t2.small", "db.t3.medium"])
        #expect(savings.monthlySaving("3yr-no-upfront") > savings.monthlySaving("1yr-no-upfront"))
    }

    @Test func projectionKeepsFixedCostsFixed() throws {
        let series = try SampleReport.document().projection.series
        // prod grows 5% a month but has no usage figures: nothing in its bill grows.
        #expect(Set(series[0].months.map(\.plain)) == ["100.50"])
        #expect(Set(series[1].months.map(\.plain)) == ["35.50"])
    }
}
