import Catalog
import Foundation
import Pipeline
import Scenario
import Sizing
import Testing
import TestSupport

/// One answer to every money question: `size`'s whole monthly total for its recommendation
/// is what `cost` prints for the scenario `size --write-scenario` writes, and `size`'s change
/// is what `diff` prints for that environment, to the cent.
@Suite struct SizeCostAgreementTests {
    struct Outcome { var sizeTotal: Money; var sizeChange: Money?; var costTotal: Money; var diffChange: Money }

    /// Sizes `environment` of `scenario` at a load, writes the what-if, and prices it with `cost` and `diff`.
    static func agree(_ scenario: String, _ environment: String, learners: Int, peak: Int, in folder: URL) throws -> Outcome {
        let workspace = try Support.workspace()
        let written = folder.appendingPathComponent("\(environment)-\(learners)-\(peak).yaml").path
        var options = SizeCommand.Options(scenarioPath: scenario, environment: environment)
        options.learners = learners
        options.peakConcurrent = peak
        options.writeScenario = written
        let (report, _) = try SizeCommand.report(options, workspace: workspace)
        _ = try SizeCommand.run(options, workspace: workspace)
        let cost = try CostCommand.document(scenarioPath: written, environment: environment, workspace: workspace)
        let diff = try DiffCommand.diff(scenario, written, workspace: workspace)
        let line = try #require(diff.total.children.first { $0.name == environment })
        return Outcome(sizeTotal: report.recommendation.monthlyTotal, sizeChange: report.monthlyCostDelta,
                       costTotal: cost.monthlyTotal, diffChange: line.delta)
    }

    static let shipped: [(String, String)] = [
        ("default.yaml", "prod"), ("apply-today.yaml", "prod"), ("growth.yaml", "prod"), ("multi-environment.yaml", "prod"),
        ("multi-environment.yaml", "staging"), ("multi-environment.yaml", "dev"), ("retry-teardown.yaml", "prod"),
        ("safe-teardown.yaml", "prod"),
    ]

    /// Every shipped scenario that has its own cluster, at a small, the default and a large load.
    @Test(arguments: shipped)
    func shippedScenariosAgreeAtThreeLoads(_ file: String, _ environment: String) throws {
        let folder = try Support.scratch("size-agree")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (learners, peak) in [(500, 25), (5_000, 250), (50_000, 2_500)] {
            let o = try Self.agree("Scenarios/\(file)", environment, learners: learners, peak: peak, in: folder)
            #expect(o.sizeTotal == o.costTotal, "\(file) \(environment) at \(learners)/\(peak): size \(o.sizeTotal), cost \(o.costTotal)")
            #expect(o.sizeChange == o.diffChange, "\(file) \(environment) at \(learners)/\(peak): size \(String(describing: o.sizeChange)), diff \(o.diffChange)")
        }
    }

    /// The lists above hold every shipped scenario: each per-environment scenario in Scenarios/
    /// with every environment that has its own cluster, and each shared-stack scenario (sized
    /// as one stack in `sharedStackAgreesAtThreeLoads`). A scenario added to Scenarios/ without
    /// joining them fails here, so "every shipped scenario" stays true.
    @Test func everyShippedScenarioIsCovered() throws {
        let folder = Support.root.appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 7)
        var shipped: Set<String> = []
        for file in files {
            let scenario = try ScenarioLoader.load(path: folder.appendingPathComponent(file).path)
            if scenario.layout == .sharedStack {
                shipped.insert("\(file) shared")
            } else {
                for environment in scenario.environments where environment.has(.kubernetes) { shipped.insert("\(file) \(environment.name)") }
            }
        }
        let covered = Set(Self.shipped.map { "\($0.0) \($0.1)" }).union(["shared-stack.yaml shared"])
        #expect(covered == shipped)
    }

    /// shared-stack.yaml: the shared stack's node group and MySQL carry both environments, so
    /// size weighs the whole scenario's bill. Sized for prod at three loads (staging at its
    /// own), the total is `cost` of the what-if and the change `diff`'s total, to the cent.
    @Test func sharedStackAgreesAtThreeLoads() throws {
        let folder = try Support.scratch("size-agree-shared")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = try Support.workspace()
        var recommendations: Set<String> = []
        for (learners, peak) in [(500, 25), (5_000, 250), (50_000, 2_500)] {
            let written = folder.appendingPathComponent("shared-\(learners).yaml").path
            var options = SizeCommand.Options(scenarioPath: "Scenarios/shared-stack.yaml", environment: "prod")
            options.learners = learners
            options.peakConcurrent = peak
            options.writeScenario = written
            let (report, _) = try SizeCommand.report(options, workspace: workspace)
            _ = try SizeCommand.run(options, workspace: workspace)
            #expect(report.environment == "shared")
            #expect(report.carried.map(\.environment) == ["prod", "staging"])
            #expect(report.learners == learners + 20 && report.peakUsers == peak + 10)
            let cost = try CostCommand.document(scenarioPath: written, environment: nil, workspace: workspace)
            let diff = try DiffCommand.diff("Scenarios/shared-stack.yaml", written, workspace: workspace)
            #expect(report.recommendation.monthlyTotal == cost.monthlyTotal, "shared-stack at \(learners)/\(peak)")
            #expect(report.monthlyCostDelta == diff.total.delta, "shared-stack at \(learners)/\(peak)")
            // The written scenario holds the recommendation on the shared stack.
            let yaml = try String(contentsOfFile: written, encoding: .utf8)
            let node = report.recommendation.evaluation.configuration
            if node.nodeType != "t3.large" || node.nodeCount != 1 { #expect(yaml.contains("shared:\n  kubernetes:")) }
            recommendations.insert(node.summary)
        }
        // The loads are far enough apart that the stack is sized differently: the test is not of one answer.
        #expect(recommendations.count >= 2)
    }

    /// The shared stack's cluster carries the sum of its environments: sizing staging alone
    /// up to prod's load needs more than sizing the stack with staging idle.
    @Test func sharedStackCarriesEveryEnvironment() throws {
        let workspace = try Support.workspace()
        var both = SizeCommand.Options(scenarioPath: "Scenarios/shared-stack.yaml", environment: "staging")
        both.learners = 50_000
        both.peakConcurrent = 2_500
        var prodIdle = SizeCommand.Options(scenarioPath: "Scenarios/shared-stack.yaml", environment: "prod")
        prodIdle.learners = 0
        prodIdle.peakConcurrent = 0
        let loaded = try SizeCommand.report(both, workspace: workspace).0
        let alone = try SizeCommand.report(prodIdle, workspace: workspace).0
        #expect(loaded.peakUsers == 2_750 && alone.peakUsers == 10)
        #expect(loaded.workload.peakCPU > alone.workload.peakCPU)
        #expect(loaded.recommendation.monthlyTotal > alone.recommendation.monthlyTotal)
        // One CoreDNS for the cluster, every environment's own LMS.
        #expect(loaded.workload.pods.filter { $0.name.hasSuffix("coredns") }.count == 1)
        #expect(Set(loaded.workload.pods.map(\.name)).isSuperset(of: ["prod/lms", "staging/lms"]))
    }

    /// `--env shared` with a load is refused: the stack carries more than one load.
    @Test func sharedStackLoadNeedsAnEnvironment() throws {
        var options = SizeCommand.Options(scenarioPath: "Scenarios/shared-stack.yaml", environment: "shared")
        options.learners = 100
        #expect(throws: SizingError.sharedLoadNeedsEnvironment) { try SizeCommand.report(options, workspace: try Support.workspace()) }
        let plain = SizeCommand.Options(scenarioPath: "Scenarios/shared-stack.yaml", environment: nil)
        #expect(try SizeCommand.report(plain, workspace: try Support.workspace()).0.environment == "shared")
    }

    /// Generated configurations (node type and count, MySQL class and version, Redis, credits
    /// stated or not) and loads: the same agreement holds for each.
    @Test func generatedConfigurationsAgree() throws {
        let folder = try Support.scratch("size-agree-generated")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix(seed: 18)
        let nodes = ["t3.large", "t3.medium", "m5.large", "m6i.xlarge", "t4g.large", "t3a.xlarge", "c5.xlarge"]
        let mysql = ["db.t2.small", "db.t3.medium", "db.t4g.large", "db.m5.large", "db.r5.large"]
        let versions = ["5.7.33", "8.0.35", "8.4.3"]
        let redis = ["cache.t2.small", "cache.t3.medium", "cache.m5.large"]
        let base = Support.root.appendingPathComponent("Scenarios/default.yaml").path
        for index in 0..<12 {
            let node = nodes.randomElement(using: &random)!, count = Int.random(in: 1...4, using: &random)
            let credits = Bool.random(using: &random) ? "    usage: { cpu_credit_vcpu_hours: \(Int.random(in: 0...3000, using: &random)) }\n" : ""
            let yaml = """
                extends: "\(base)"
                name: generated-\(index)
                environments:
                  prod:
                    kubernetes:
                      node_groups: [{ name: default, instance_type: \(node), min: 1, max: \(count + 2), desired: \(count), disk_gb: 20 }]
                    mysql: { instance_class: \(mysql.randomElement(using: &random)!), engine_version: \(versions.randomElement(using: &random)!) }
                    redis: { node_type: \(redis.randomElement(using: &random)!) }

                """ + credits
            let file = folder.appendingPathComponent("generated-\(index).yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            let learners = Int.random(in: 200...60_000, using: &random)
            let peak = max(5, learners / Int.random(in: 10...40, using: &random))
            let o = try Self.agree(file.path, "prod", learners: learners, peak: peak, in: folder)
            #expect(o.sizeTotal == o.costTotal, "\(yaml) at \(learners)/\(peak): size \(o.sizeTotal), cost \(o.costTotal)")
            #expect(o.sizeChange == o.diffChange, "\(yaml) at \(learners)/\(peak): size \(String(describing: o.sizeChange)), diff \(o.diffChange)")
        }
    }

    /// Generated shared stacks (node type and count, MySQL class and version, credits stated
    /// or not) with generated loads for both environments: size sized for one of them agrees
    /// with `cost` and `diff` of the whole scenario it writes.
    @Test func generatedSharedStacksAgree() throws {
        let folder = try Support.scratch("size-agree-shared-generated")
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix(seed: 1818)
        let nodes = ["t3.large", "t3.medium", "m5.large", "m6i.xlarge", "t4g.large", "c5.xlarge"]
        let mysql = ["db.t2.small", "db.t3.medium", "db.t4g.large", "db.m5.large"]
        let versions = ["5.7.33", "8.0.35"]
        let base = Support.root.appendingPathComponent("Scenarios/shared-stack.yaml").path
        for index in 0..<6 {
            let node = nodes.randomElement(using: &random)!, count = Int.random(in: 1...3, using: &random)
            let credits = Bool.random(using: &random) ? "  usage: { cpu_credit_vcpu_hours: \(Int.random(in: 0...2000, using: &random)) }\n" : ""
            let staging = Int.random(in: 0...3_000, using: &random)
            let yaml = """
                extends: "\(base)"
                name: generated-shared-\(index)
                environments:
                  staging:
                    load: { registered_learners: \(staging), peak_concurrent_users: \(staging / 20) }
                shared:
                  kubernetes:
                    node_groups: [{ name: default, instance_type: \(node), min: 1, max: \(count + 1), desired: \(count) }]
                  mysql: { instance_class: \(mysql.randomElement(using: &random)!), engine_version: \(versions.randomElement(using: &random)!) }

                """ + credits
            let file = folder.appendingPathComponent("generated-shared-\(index).yaml")
            try yaml.write(to: file, atomically: true, encoding: .utf8)
            let learners = Int.random(in: 200...40_000, using: &random)
            let peak = max(5, learners / Int.random(in: 10...40, using: &random))
            let written = folder.appendingPathComponent("sized-shared-\(index).yaml").path
            var options = SizeCommand.Options(scenarioPath: file.path, environment: "prod")
            options.learners = learners
            options.peakConcurrent = peak
            options.writeScenario = written
            let workspace = try Support.workspace()
            let (report, _) = try SizeCommand.report(options, workspace: workspace)
            _ = try SizeCommand.run(options, workspace: workspace)
            let cost = try CostCommand.document(scenarioPath: written, environment: nil, workspace: workspace)
            let diff = try DiffCommand.diff(file.path, written, workspace: workspace)
            #expect(report.recommendation.monthlyTotal == cost.monthlyTotal, "\(yaml) at \(learners)/\(peak)")
            #expect(report.monthlyCostDelta == diff.total.delta, "\(yaml) at \(learners)/\(peak)")
        }
    }

    /// Credits are bounded by what the nodes can burn: one t3.large (2 vCPU, 30% baseline) burns
    /// at most 2 x 730 x 0.7 = 1,022 vCPU-hours above the baseline, $51.10 at $0.05.
    @Test func creditsNeverExceedWhatTheNodesCanBurn() throws {
        let folder = try Support.scratch("size-credits")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = Support.root.appendingPathComponent("Scenarios/default.yaml").path
        let file = folder.appendingPathComponent("burn.yaml")
        try "extends: \"\(base)\"\nenvironments:\n  prod:\n    usage: { cpu_credit_vcpu_hours: 9000 }\n".write(to: file, atomically: true, encoding: .utf8)
        let cost = try CostCommand.document(scenarioPath: file.path, environment: nil, workspace: try Support.workspace())
        let credits = cost.environments.flatMap(\.services).flatMap(\.resources).flatMap(\.components)
            .filter { $0.name.hasPrefix("CPU credits") && $0.priceKey.service == "ec2" }
        #expect(credits.map(\.quantity) == [1022])
        #expect(credits.map(\.monthlyCost) == [Money(exactly: "51.10")!])
    }
}
