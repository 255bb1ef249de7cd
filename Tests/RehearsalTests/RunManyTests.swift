import Account
import Foundation
import Rehearsal
import Scenario
import Testing

/// `Rehearsal.runMany`: one prepared start, in-memory copies rolled back between runs,
/// several workers; the same runs, in seed order, as one fresh account per run.
@Suite struct RunManyTests {
    @Test func manyRunsMatchFreshAccountsRunOneByOne() throws {
        let scenario = try ScenarioLoader.load(path: RehearsalRig.repository.appendingPathComponent("Scenarios/default.yaml").path)
        let target = try RehearsalRig.target(scenario, environment: "prod")
        let catalog = try RehearsalRig.catalog.get()
        let seeds: [UInt64] = [1, 7, 42, 99, 1234, 5]
        let expected = try seeds.map { seed in
            try Rehearsal.run(target, account: try RehearsalRig.account(), catalog: catalog, seed: seed, faults: 0.2, holder: "test")
        }
        for workers in [1, 2, 3] {
            let runs = try Rehearsal.runMany([target], start: try RehearsalRig.account(), catalog: catalog, seeds: seeds,
                                             faults: 0.2, holder: "test", workers: workers)
            #expect(runs.count == seeds.count)
            for (index, run) in runs.enumerated() {
                #expect(run.count == 1)
                #expect(run.first?.phases == expected[index].phases)
                #expect(run.first?.dataLoss == expected[index].dataLoss)
                #expect(run.first?.orphans == expected[index].orphans)
                #expect(run.first?.convergesOnRetry == expected[index].convergesOnRetry)
            }
        }
    }

    /// `--runs N` keeps the first run whole and the rest as summaries: the figures a report
    /// counts are the same as with every run kept, and the summaries hold no details.
    @Test func summarizedRunsCountTheSameAsDetailedOnes() throws {
        let scenario = try ScenarioLoader.load(path: RehearsalRig.repository.appendingPathComponent("Scenarios/default.yaml").path)
        let target = try RehearsalRig.target(scenario, environment: "prod")
        let catalog = try RehearsalRig.catalog.get()
        let seeds: [UInt64] = [3, 8, 21, 55, 144, 377, 610, 987]
        let whole = try Rehearsal.runMany([target], start: try RehearsalRig.account(), catalog: catalog, seeds: seeds,
                                          faults: 0.3, holder: "test", workers: 2)
        let counted = try Rehearsal.runMany([target], start: try RehearsalRig.account(), catalog: catalog, seeds: seeds,
                                            faults: 0.3, holder: "test", workers: 2, detailed: { $0 == 0 })
        #expect(counted.first?.first?.isDetailed == true)
        #expect(counted.first?.first?.phases == whole.first?.first?.phases)
        for (index, (full, summary)) in zip(whole, counted).enumerated() where index > 0 {
            guard let full = full.first, let summary = summary.first else { Issue.record("run \(index) missing"); continue }
            #expect(!summary.isDetailed && summary.phases.isEmpty && summary.dataLoss.isEmpty && summary.orphans.isEmpty)
            #expect(summary.succeeded == full.succeeded)
            #expect(summary.failurePoints == full.failurePoints)
            #expect(summary.losesData == full.losesData)
            #expect(summary.convergesOnRetry == full.convergesOnRetry)
            #expect(summary.totalMinutes == full.totalMinutes)
        }
        // Faults at 30% make the runs differ, so the comparison above compares something.
        #expect(Set(whole.compactMap { $0.first?.failurePoints }).count > 1)
        let wholeReport = RehearsalReport(scenario: "default", scopes: ["prod"], seed: 3, faults: 0.3, hazardsRead: [], runs: whole)
        let countedReport = RehearsalReport(scenario: "default", scopes: ["prod"], seed: 3, faults: 0.3, hazardsRead: [], runs: counted)
        #expect(countedReport.json() == wholeReport.json())
        #expect(countedReport.markdown() == wholeReport.markdown())
    }
}
