import Foundation
import Pipeline

/// `edxplan-bench size [iterations]`: `edxplan size` end to end (scenario parsing, the full
/// search over every priced node type x count, RDS, DocumentDB and ElastiCache class of the
/// catalog, the change plan, the JSON) for the default scenario at 50,000 learners / 2,500 peak
/// users, the case that extends max_size. The catalog is opened once, outside the timings.
enum SizingBenchmark {
    static func run(_ arguments: [Int]) throws {
        let iterations = max(1, arguments.first ?? 20)
        let workspace = Workspace()
        let catalog = try workspace.catalog() // opened once, outside the timings
        var options = SizeCommand.Options(scenarioPath: nil, environment: "prod")
        options.learners = 50_000
        options.peakConcurrent = 2_500
        options.format = .json
        let clock = ContinuousClock()
        var times: [Double] = []
        var bytes = 0
        for _ in 0..<iterations {
            let start = clock.now
            bytes = try SizeCommand.run(options, workspace: workspace, catalog: catalog).utf8.count
            times.append(Measure.milliseconds(clock.now - start))
        }
        print("edxplan-bench size: default/prod at 50,000 learners / 2,500 peak, \(iterations) iterations (\(bytes / 1024) KiB of JSON)")
        print(Measure.line("size (median)", Measure.median(times))
              + String(format: "   (min %.2f, max %.2f)", times.min() ?? 0, times.max() ?? 0))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
