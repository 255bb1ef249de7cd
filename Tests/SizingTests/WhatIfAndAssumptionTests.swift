import Catalog
import Foundation
import Planner
import Scenario
import Testing
@testable import Sizing

@Suite struct WhatIfAndAssumptionTests {
    @Test func theWhatIfExtendsItsBaseAndLoadsAsTheRecommendation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-sizing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = try SizingSupport.scenario()
        let text = try String(contentsOf: SizingSupport.repository.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("default.yaml"), atomically: true, encoding: .utf8)
        let scenario = try ScenarioLoader.load(path: folder.appendingPathComponent("default.yaml").path)
        let report = try Sizer.size(scenario, environment: "prod", catalog: try SizingSupport.catalog(), peakUsers: 2500)
        let yaml = try WhatIfWriter.yaml(report, original: scenario, extends: "default.yaml")
        try yaml.write(to: folder.appendingPathComponent("sized.yaml"), atomically: true, encoding: .utf8)
        let loaded = try ScenarioLoader.load(path: folder.appendingPathComponent("sized.yaml").path).environment(named: "prod")
        let chosen = report.recommendation.evaluation.configuration
        #expect(loaded.kubernetes.nodeGroups.first?.instanceType == chosen.nodeType)
        #expect(loaded.kubernetes.nodeGroups.first?.desired == chosen.nodeCount)
        #expect(loaded.mysql.instanceClass == chosen.mysqlClass)
        #expect(loaded.load.peakConcurrentUsers == 2500)
        #expect(loaded.bastion.instanceType == base.environments.first?.bastion.instanceType) // untouched keys come from the base
        #expect(!yaml.contains("mongodb:") || chosen.docdbClass != scenario.environments.first?.mongodb.instanceClass)
    }

    @Test func applyingTheRecommendationReplacesTheNodeGroupAndResizesMySQLInPlace() throws {
        // A peak that one node of the largest size in the catalog (96 vCPU) cannot carry after
        // losing the other, so the recommendation goes past max_size 2.
        let report = try SizingSupport.size(learners: 200000, peak: 10000)
        let nodeGroup = report.changes.first { $0.address.contains("aws_eks_node_group") }
        #expect(nodeGroup?.action == .replace)
        #expect((nodeGroup?.downtimeMinutes ?? 0) > 0)
        let database = report.changes.first { $0.address.contains("aws_db_instance") }
        #expect(database?.action == .update)
        #expect(report.search.extendedMax)
        #expect(report.notes.contains { $0.contains("max_size") })
    }

    @Test func assumptionsComeFromTheScenarioAndTheCommandLine() throws {
        let scenario = try SizingSupport.scenario(load: ", requests_per_user_per_minute: 6")
        let load = try scenario.environment(named: "prod").load
        let assumptions = try SizingAssumptions(load: load, overrides: ["uwsgi_workers_per_pod": 4])
        #expect(assumptions["requests_per_user_per_minute"] == 6)
        #expect(assumptions["uwsgi_workers_per_pod"] == 4)
        #expect(assumptions.table.filter(\.isOverridden).map(\.key).sorted() == ["requests_per_user_per_minute", "uwsgi_workers_per_pod"])
        #expect(throws: SizingError.self) { try SizingAssumptions(load: load, overrides: ["uwsgi_wokers": 4]) }
        #expect(assumptions.table.allSatisfy { !$0.source.isEmpty })
    }

    @Test func aTotalOfBackgroundTasksReplacesThePerUserRateFromTheScenarioOrTheCommandLine() throws {
        let scenario = try SizingSupport.scenario(load: ", background_tasks_per_minute: 900")
        let load = try scenario.environment(named: "prod").load
        let fromScenario = try SizingAssumptions(load: load)
        let fromCommandLine = try SizingAssumptions(load: LoadProfile(), overrides: ["background_tasks_per_minute": 1800])
        let perUser = try SizingAssumptions(load: LoadProfile())
        #expect(fromScenario.backgroundTasksPerMinute == 900)
        #expect(fromCommandLine.backgroundTasksPerMinute == 1800)
        #expect(perUser.backgroundTasksPerMinute == nil)
        func tasks(_ assumptions: SizingAssumptions) -> Double {
            LoadModel(learners: 5000, peakUsers: 250, assumptions: assumptions).workload(nodeVCPU: 2).tasksPerMinute
        }
        #expect(tasks(fromScenario) == 900)
        #expect(tasks(fromCommandLine) == 1800)
        #expect(tasks(perUser) == 250 * 0.1)
        // The command line wins over the scenario, as it does for every other assumption.
        #expect(try SizingAssumptions(load: load, overrides: ["background_tasks_per_minute": 60]).backgroundTasksPerMinute == 60)
        #expect(throws: SizingError.self) { try SizingAssumptions(load: load, overrides: ["background_tasks_per_minute": .nan]) }
    }

    @Test func capacityFollowsSizingMarkdownForATypicalNode() throws {
        let t3large = try SizingSupport.catalog().instanceType(service: "ec2", type: "t3.large")
        let capacity = NodeCapacity(t3large, assumptions: .defaults)
        // sizing.md §3.2: 35 pods, 640 MiB kube-reserved, 70m CPU, ~7452 MiB allocatable.
        #expect(capacity.maxPods == 35)
        #expect(capacity.reservedMiB == 640 + 100)
        #expect(abs(capacity.reservedCPU - 0.07) < 1e-9)
        #expect(capacity.memoryGiB * 1024 - capacity.reservedMiB == 7452)
    }
}
