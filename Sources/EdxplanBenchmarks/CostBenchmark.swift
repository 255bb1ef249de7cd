import Catalog
import Cost
import Foundation
import Pipeline
import Report
import Scenario

/// `edxplan-bench cost [environments] [iterations]`: prices a generated scenario of N
/// environments (default 100, every module on), end to end with the catalog opened from
/// disk each time, and prints the median time of each stage and the peak memory.
enum CostBenchmark {
    static func run(_ arguments: [Int]) throws {
        let environments = arguments.first ?? 100
        let iterations = arguments.dropFirst().first ?? 20
        let workspace = Workspace()
        _ = try workspace.catalog() // build once if needed, outside the timings
        let catalogFile = try CatalogStore.location(explicit: workspace.catalogPath, environment: workspace.environment,
                                                    workingDirectory: workspace.workingDirectory).file
        let text = GeneratedScenario.yaml(environments: environments)
        let clock = ContinuousClock()
        var totals: [Double] = []
        var stages: [String: [Double]] = [:]
        var last = ""
        for _ in 0..<iterations {
            var marks: [(String, Duration)] = []
            let start = clock.now
            let catalog = try CatalogStore.read(catalogFile)
            marks.append(("open catalog", clock.now - start))
            let scenario = try ScenarioLoader.load(text: text, file: "bench.yaml")
            marks.append(("parse scenario", clock.now - start))
            let document = try Pricing.price(scenario, catalog: catalog)
            marks.append(("price", clock.now - start))
            let json = CostJSON.render(document)
            marks.append(("render json", clock.now - start))
            totals.append(Measure.milliseconds(clock.now - start))
            var previous = Duration.zero
            for (name, mark) in marks {
                stages[name, default: []].append(Measure.milliseconds(mark - previous))
                previous = mark
            }
            last = "\(document.monthlyTotal.formatted) per month, \(json.utf8.count / 1024) KiB of JSON"
        }
        print("edxplan-bench cost: \(environments) environments, \(iterations) iterations (\(last)); medians:")
        for name in ["open catalog", "parse scenario", "price", "render json"] {
            print(Measure.line(name, Measure.median(stages[name] ?? [])))
        }
        print(Measure.line("total", Measure.median(totals))
              + String(format: "   (min %.2f, max %.2f)", totals.min() ?? 0, totals.max() ?? 0))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
