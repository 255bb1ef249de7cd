import Account
import Blueprint
import Catalog
import Foundation
import Pipeline
import Planner
import Rehearsal
import Simulator
import Scenario

/// `edxplan-bench rehearse [runs] [faults%]` (default 1000 runs, 5%): destroy/recreate
/// rehearsals of the default scenario's prod with faults, each on a fresh in-memory account,
/// as `edxplan rehearse --runs` does on scratch copies.
enum RehearsalBenchmark {
    static func run(_ arguments: [Int]) throws {
        let runs = arguments.first ?? 1000
        let faults = Double(arguments.dropFirst().first ?? 5) / 100
        let workspace = Workspace()
        let catalog = try workspace.catalog()
        let scenario = try ScenarioLoader.load(path: workspace.scenarioPath(nil), relativeTo: workspace.workingDirectory)
        let desired = Blueprint.expand(scenario).environments[0]
        let target = RehearsalTarget(scope: desired.name, region: desired.region, infrastructureScope: desired.name,
                                     desired: desired, graph: try ModuleGraph.cookiecutter(for: desired, layout: scenario.layout),
                                     usage: scenario.environments.first?.usage, lockBucket: "123456789012-terraform-tfstate")
        let clock = ContinuousClock()
        let start = clock.now
        var succeeded = 0
        var seeds = SeededRandom(seed: 1)
        for _ in 0..<runs {
            let account = try FakeAccount.inMemory()
            for quota in catalog.quotas.values {
                try account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope)
            }
            let run = try Rehearsal.run(target, account: account, catalog: catalog, seed: seeds.next(), faults: faults, holder: "bench")
            if run.succeeded { succeeded += 1 }
        }
        let elapsed = Measure.milliseconds(clock.now - start)
        print("edxplan-bench rehearse: \(runs) rehearsals of default/prod with faults \(Int(faults * 100))% "
              + "(\(succeeded) succeeded: the defaults stop on H5/H12)")
        print(Measure.line("total", elapsed) + String(format: "   (%.2f ms per rehearsal)", elapsed / Double(max(1, runs))))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
