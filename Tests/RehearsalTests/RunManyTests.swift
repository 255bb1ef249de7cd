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
}
