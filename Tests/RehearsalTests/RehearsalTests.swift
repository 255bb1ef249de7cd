import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Rehearsal
import Scenario
import Testing

/// The real catalog and a rehearsal target for a scenario's environment.
enum RehearsalRig {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let catalog: Result<Catalog, Error> = Result {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-rehearsal-tests-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        try CatalogBuilder.build(try CatalogSource.find(from: repository), to: file)
        return try CatalogStore.read(file)
    }

    static func target(_ scenario: Scenario, environment: String) throws -> RehearsalTarget {
        let blueprint = Blueprint.expand(scenario)
        let desired = try #require(blueprint.environments.first { $0.name == environment })
        return RehearsalTarget(scope: environment, region: desired.region, infrastructureScope: environment, desired: desired,
                               graph: try ModuleGraph.cookiecutter(for: desired, layout: scenario.layout),
                               usage: try scenario.environment(named: environment).usage, lockBucket: "123456789012-terraform-tfstate")
    }

    static func account() throws -> FakeAccount {
        let account = try FakeAccount.inMemory()
        for quota in try catalog.get().quotas.values { try account.setQuota(code: quota.code, name: quota.name, value: quota.defaultValue, scope: quota.scope) }
        return account
    }

    /// default.yaml as cookiecutter v0.0.6 names it, `platform_region: usa_east` (the shipped
    /// default takes HEAD's `global`): the underscore names AWS refuses (H19).
    static func usaEastDefault() throws -> String {
        let text = try String(contentsOf: repository.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        try #require(text.contains("platform_region: global"))
        return text.replacingOccurrences(of: "platform_region: global", with: "platform_region: usa_east")
    }

    static func rehearse(_ yaml: String? = nil, file: String = "default.yaml", seed: UInt64 = 1, faults: Double = 0) throws -> RehearsalRun {
        let scenario = try yaml.map { try ScenarioLoader.load(text: $0, file: "inline.yaml") }
            ?? ScenarioLoader.load(path: repository.appendingPathComponent("Scenarios/\(file)").path)
        return try Rehearsal.run(try target(scenario, environment: "prod"), account: try account(), catalog: try catalog.get(),
                                 seed: seed, faults: faults, holder: "test")
    }
}

@Suite struct DefaultRehearsalTests {
    @Test func theCookiecutterDefaultsLoseTheDatabasesAndStopTheDestroy() throws {
        let run = try RehearsalRig.rehearse()
        let lost = Set(run.dataLoss.filter { $0.outcome == .lost }.map(\.store))
        #expect(lost.isSuperset(of: ["RDS MySQL", "DocumentDB", "ElastiCache Redis"]))
        // The bucket holds objects and force_destroy is false: BucketNotEmpty, and Terragrunt
        // skips what it waited for.
        let codes = Set(run.phases.flatMap(\.failures).compactMap { $0.failure?.code })
        #expect(codes.contains("BucketNotEmpty"))
        #expect(run.hazardsMet.contains { $0.id == "H5" && $0.met })
        #expect(run.hazardsMet.contains { $0.id == "TG-early-exit" })
        #expect(!run.succeeded)
    }

    @Test func theSameSeedGivesTheSameRun() throws {
        let first = try RehearsalRig.rehearse(seed: 5, faults: 0.05)
        let second = try RehearsalRig.rehearse(seed: 5, faults: 0.05)
        #expect(first.phases == second.phases)
        #expect(first.dataLoss == second.dataLoss)
    }
}

@Suite struct RehearsalJSONTests {
    /// The same seed and faults give byte-identical JSON.
    @Test func theSameSeedGivesByteIdenticalJSON() throws {
        func report() throws -> String {
            let run = try RehearsalRig.rehearse(seed: 11, faults: 0.1)
            return RehearsalReport(scenario: "default", scopes: ["prod"], seed: 11, faults: 0.1, hazardsRead: [], runs: [[run]]).json()
        }
        let first = try report()
        #expect(first == (try report()))
        #expect(first.contains("\"data_loss\""))
    }
}
