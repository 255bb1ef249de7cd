import Account
import Blueprint
import Catalog
import Foundation
import Pipeline
import Planner
import Rehearsal
import Simulator
import Scenario

/// `edxplan-bench rehearse [runs] [faults%] [workers]` (default 1000 runs, 5%, every core):
/// destroy/recreate rehearsals of the default scenario's prod with faults, as
/// `edxplan rehearse --runs` does: one prepared starting account (empty, quotas seeded),
/// each run on an in-memory scratch copy of it (`Rehearsal.runMany`), the first kept in full
/// and the rest as the summaries the report counts, as `edxplan rehearse --runs` keeps them.
enum RehearsalBenchmark {
    static func run(_ arguments: [Int]) throws {
        let runs = arguments.first ?? 1000
        let faults = Double(arguments.dropFirst().first ?? 5) / 100
        let workers = arguments.dropFirst(2).first ?? ProcessInfo.processInfo.activeProcessorCount
        let workspace = Workspace()
        let catalog = try workspace.catalog()
        let scenario = try workspace.loadScenario(nil)
        let desired = Blueprint.expand(scenario).environments[0]
        let target = RehearsalTarget(scope: desired.name, region: desired.region, infrastructureScope: desired.name,
                                     desired: desired, graph: try ModuleGraph.cookiecutter(for: desired, layout: scenario.layout),
                                     usage: scenario.environments.first?.usage, lockBucket: "123456789012-terraform-tfstate")
        let clock = ContinuousClock()
        let start = clock.now, cpuStart = Measure.cpuMilliseconds()
        let account = try FakeAccount.inMemory()
        for quota in catalog.quotas.values {
            try account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope)
        }
        var seeds = SeededRandom(seed: 1)
        let results = try Rehearsal.runMany([target], start: account, catalog: catalog, seeds: (0..<runs).map { _ in seeds.next() },
                                            faults: faults, holder: "bench", workers: workers, detailed: { $0 == 0 })
        let succeeded = results.filter { $0.allSatisfy(\.succeeded) }.count
        let elapsed = Measure.milliseconds(clock.now - start), cpu = Measure.cpuMilliseconds() - cpuStart
        print("edxplan-bench rehearse: \(runs) rehearsals of default/prod with faults \(Int(faults * 100))% on \(workers) workers "
              + "(\(succeeded) succeeded: the defaults' destroy stops on H5, the bucket holding the seeded objects)")
        print(Measure.line("total (wall)", elapsed) + String(format: "   (%.3f ms per rehearsal)", elapsed / Double(max(1, runs))))
        print(Measure.line("total (CPU)", cpu) + String(format: "   (%.3f ms per rehearsal; / %d workers = %.0f ms on an idle machine)",
                                                        cpu / Double(max(1, runs)), workers, cpu / Double(max(1, workers))))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
