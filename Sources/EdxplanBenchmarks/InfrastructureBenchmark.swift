import Account
import Blueprint
import Catalog
import Foundation
import Pipeline
import Planner
import Scenario
import Simulator

/// `edxplan-bench infra [environments ...]` (default 10 100 1000): plan, apply and destroy
/// every environment of a generated scenario into one fake account (quotas raised, as an
/// operator would before such a run), and print wall time and peak memory. Each size runs
/// twice: in memory, the planner and simulator alone (what a rehearsal's scratch copy costs),
/// and then on a file, as `edxplan apply` runs, where every call is a durable transaction.
enum InfrastructureBenchmark {
    static func run(_ sizes: [Int], sides: [Bool] = [false, true]) throws {
        let catalog = try Workspace().catalog()
        for size in sizes.isEmpty ? [10, 100, 1000] : sizes {
            for onDisk in sides { try measure(size, catalog: catalog, onDisk: onDisk) }
        }
    }

    static func measure(_ size: Int, catalog: Catalog, onDisk: Bool) throws {
        let scenario = try ScenarioLoader.load(text: GeneratedScenario.yaml(environments: size), file: "bench.yaml")
        let blueprint = Blueprint.expand(scenario)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-\(size)-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) } }
        let account = onDisk ? try FakeAccount.open(at: file) : FakeAccount.scratch()
        for quota in catalog.quotas.values { try account.setQuota(code: quota.code, name: quota.name, value: 1_000_000, scope: quota.scope) }
        var simulator = Simulator(account: account, catalog: catalog, seed: 1, holder: "bench@localhost pid \(getpid())")
        // The whole timeline of every environment, as the benchmark has always measured it.
        simulator.continuePastRefusals = true
        let clock = ContinuousClock()
        var planning = Duration.zero, applying = Duration.zero, destroying = Duration.zero
        // CPU time of the same timed parts: what they take on an idle machine (one thread).
        var cpu = 0.0
        var failedUnits = 0
        // Each environment's configuration (its resource graphs) and unit graph are read once
        // and planned against for apply, destroy and every retry, as a rehearsal does: planning
        // time, counted on the first plan that needs them.
        var configurations: [String: (TerraformConfiguration, ModuleGraph)] = [:]
        for mode in [PlanMode.apply, .destroy] {
            for environment in blueprint.environments {
                let start = clock.now, cpuStart = Measure.cpuMilliseconds()
                let (configuration, graph) = try configurations[environment.name] ?? {
                    let read = (TerraformConfiguration(environment.resources),
                                try ModuleGraph.cookiecutter(for: environment, layout: scenario.layout))
                    configurations[environment.name] = read
                    return read
                }()
                let prior = try account.priorState(scope: environment.name, modules: ModuleName.allCases.map(\.rawValue))
                let plan = try Planner.plan(scope: environment.name, configuration: configuration, prior: prior, graph: graph, mode: mode)
                let planned = clock.now
                planning += planned - start
                // With the re-planning `edxplan apply` gives, so each failed unit is matched against
                // Terragrunt's retryable errors as it is there.
                let result = try simulator.run(plan, region: environment.region, infrastructureScope: environment.name,
                                               lockBucket: "123456789012-terraform-tfstate") { unit in
                    let prior = try account.priorState(scope: environment.name, modules: [unit])
                    return try Planner.plan(scope: environment.name, configuration: configuration, prior: prior, graph: graph,
                                            mode: mode).modules.first { $0.name == unit }
                }
                failedUnits += result.modules.filter { $0.status == .failed }.count
                if mode == .apply { applying += clock.now - planned } else { destroying += clock.now - planned }
                cpu += Measure.cpuMilliseconds() - cpuStart
            }
            if mode == .apply {
                let summary = try account.summary()
                print("edxplan-bench infra: \(size) environments \(onDisk ? "on disk" : "in memory"), \(summary.resources) "
                      + "resources after apply (\(summary.stateEntries) state entries)")
            }
        }
        print(Measure.line("plan (apply + destroy)", Measure.milliseconds(planning)))
        print(Measure.line("apply", Measure.milliseconds(applying)))
        print(Measure.line("destroy", Measure.milliseconds(destroying)))
        print(Measure.line("total", Measure.milliseconds(planning + applying + destroying)))
        print(Measure.line("total (CPU)", cpu))
        print("  failed units: \(failedUnits) (hard-coded names collide between environments: H17)")
        print(String(format: "  peak resident memory so far %.1f MiB", Measure.peakResidentMiB()))
    }
}

/// `edxplan-bench account [calls]`: the cost of one simulated API call (a create with its
/// state entry and event, in one transaction) on a file-backed account.
enum AccountCallBenchmark {
    static func run(_ arguments: [Int]) throws {
        let calls = arguments.first ?? 2000
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-calls-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + suffix) } }
        let account = try FakeAccount.open(at: file)
        let clock = ContinuousClock()
        let start = clock.now
        for index in 0..<calls {
            let new = NewResource(type: "aws_subnet", region: "us-east-1", scope: "bench", module: "vpc",
                                  address: "module.vpc.aws_subnet.public[\(index)]",
                                  attributes: ["availability_zone": .string("us-east-1a"), "tier": .string("public")])
            let entry = StateEntry(address: new.address ?? "", type: new.type, module: "vpc", resourceID: "",
                                   attributes: new.attributes, dependencies: ["module.vpc.aws_vpc.this[0]"])
            _ = try account.createAndRecord(resource: new, stateKey: "bench/vpc", entry: entry,
                                            event: EventDraft(.create, scope: "bench", module: "vpc", message: "created"))
        }
        let created = clock.now
        for index in 0..<min(calls, 50) { _ = try account.resource(id: try account.state(stateKey: "bench/vpc")["module.vpc.aws_subnet.public[\(index)]"]?.resourceID ?? "") }
        let read = clock.now
        print(String(format: "edxplan-bench account: %d creates %.1f µs each; state+resource reads %.1f µs each", calls,
                     Measure.milliseconds(created - start) * 1000 / Double(calls), Measure.milliseconds(read - created) * 1000 / Double(min(calls, 50))))
    }
}
