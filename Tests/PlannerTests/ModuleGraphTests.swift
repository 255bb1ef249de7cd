import Blueprint
import Diagnostics
import Planner
import Scenario
import Testing

/// Terragrunt's run order for both layouts (cookiecutter-backend.md §3 and §5).
@Suite struct ModuleGraphTests {
    @Test func defaultScenarioRunsInFiveWaves() throws {
        let graph = try PlannerFixtures.graph(try PlannerFixtures.prod(try PlannerFixtures.blueprint("default.yaml")))
        #expect(graph.waves == [
            ["vpc"], ["ec2_bastion", "kubernetes"], ["kubernetes_ingress_clb", "kubernetes_secrets"],
            ["mongodb", "mysql", "redis", "s3_openedx_storage"], ["cloudfront"],
        ])
        #expect(graph.diagnostics.isEmpty)
        #expect(graph.waitsFor("cloudfront", mode: .apply) == ["s3_openedx_storage", "vpc"])
    }

    /// Destroy walks the reversed graph: each unit after every one of its dependents, and
    /// as early as that allows (the bastion and the ingress go in the first wave).
    @Test func destroyRunsDependentsFirst() throws {
        let graph = try PlannerFixtures.graph(try PlannerFixtures.prod(try PlannerFixtures.blueprint("default.yaml")))
        #expect(graph.destroyWaves == [
            ["cloudfront", "ec2_bastion", "kubernetes_ingress_clb", "mongodb", "mysql", "redis"],
            ["s3_openedx_storage"], ["kubernetes_secrets"], ["kubernetes"], ["vpc"],
        ])
        let position = Dictionary(uniqueKeysWithValues: graph.destroyWaves.enumerated().flatMap { wave in
            wave.element.map { ($0, wave.offset) } })
        for (unit, dependencies) in graph.dependencies {
            for dependency in dependencies { #expect((position[dependency] ?? -1) > (position[unit] ?? 99), "\(unit)") }
        }
        #expect(graph.waitsFor("kubernetes_secrets", mode: .destroy) == ["mongodb", "mysql", "redis", "s3_openedx_storage"])
    }

    /// The Terragrunt docs' worked example (run-queue.mdx): the unrelated unit goes first both ways.
    @Test func docsExampleOrder() throws {
        let graph = try ModuleGraph(units: ["dependent", "dependency", "ancestor-dependency", "independent"],
                                    edges: [("dependent", "dependency"), ("dependency", "ancestor-dependency")])
        #expect(graph.waves == [["ancestor-dependency", "independent"], ["dependency"], ["dependent"]])
        #expect(graph.destroyWaves == [["dependent", "independent"], ["dependency"], ["ancestor-dependency"]])
    }

    @Test func sharedStackWaves() throws {
        let blueprint = try PlannerFixtures.blueprint("shared-stack.yaml")
        let stack = try PlannerFixtures.graph(blueprint.shared, layout: .sharedStack)
        #expect(stack.waves == [["vpc"], ["kubernetes"], ["ec2_bastion", "mysql"]])
        for environment in blueprint.environments {
            let graph = try PlannerFixtures.graph(environment, layout: .sharedStack)
            #expect(graph.waves == [
                ["kubernetes", "vpc"],
                ["acm", "kubernetes_ingress_clb", "kubernetes_secrets", "mysql", "redis", "s3_openedx_storage"],
                ["cloudfront"],
            ], "\(environment.name)")
            #expect(graph.destroyWaves == [
                ["cloudfront", "kubernetes_ingress_clb", "kubernetes_secrets", "mysql", "redis"],
                ["acm", "s3_openedx_storage"], ["kubernetes", "vpc"],
            ], "\(environment.name)")
            #expect(graph.diagnostics.isEmpty)
        }
    }

    @Test func cycleIsRefusedWithTerragruntsMessage() throws {
        let error = #expect(throws: PlannerError.self) {
            try ModuleGraph(units: ["a", "b"], edges: [("a", "b"), ("b", "a")])
        }
        #expect(error == .dependencyCycle(["a", "b", "a"]))
        #expect(error?.message == "Found a dependency cycle between modules: a -> b -> a")
        #expect(error?.exitCode == .badInput)
        let longer = #expect(throws: PlannerError.self) {
            try ModuleGraph(units: ["x", "b", "c", "d"], edges: [("x", "b"), ("b", "c"), ("c", "d"), ("d", "b")])
        }
        #expect(longer?.message == "Found a dependency cycle between modules: b -> c -> d -> b")
    }

    /// A dependency on a unit the environment lacks is reported, not fatal.
    @Test func missingDependencyIsADiagnostic() throws {
        let graph = try ModuleGraph.cookiecutter(layout: .perEnvironment, modules: [.vpc, .kubernetes, .mysql], isStack: false)
        #expect(graph.waves == [["vpc"], ["kubernetes"], ["mysql"]])
        #expect(graph.diagnostics.count == 1)
        #expect(graph.diagnostics.first?.hasPrefix("mysql depends on kubernetes_secrets") == true)
    }

    /// A unit only the state knows about lands where its declared edges put it.
    @Test func includingPlacesAUnitByItsDeclaredEdges() throws {
        let graph = try ModuleGraph.cookiecutter(layout: .perEnvironment,
                                                 modules: [.vpc, .kubernetes, .kubernetesSecrets, .redis], isStack: false)
        let wider = try graph.including(["mongodb"])
        #expect(wider.waves == [["vpc"], ["kubernetes"], ["kubernetes_secrets"], ["mongodb", "redis"]])
        #expect(try graph.including(["vpc"]) == graph)
    }
}
