import Foundation
import Pipeline

/// `edxplan-bench size [iterations]`: `edxplan size` end to end (scenario parsing, the full
/// search over every priced node type x count, RDS, DocumentDB and ElastiCache class of the
/// catalog, each top candidate priced whole by the cost engine, the change plan, the JSON), in
/// three cases: the default scenario at its own load (5,000 learners / 250 peak, the
/// acceptance case: under 1 s), the default at 50,000 / 2,500 (the case that extends
/// max_size), and Scenarios/shared-stack.yaml's stack carrying both its environments. The
/// catalog is opened once, outside the timings.
enum SizingBenchmark {
    struct Case { var label: String; var scenario: String?; var environment: String?; var learners: Int?; var peak: Int? }

    static let cases = [
        Case(label: "default/prod at its own load (5,000 / 250)", scenario: nil, environment: "prod", learners: nil, peak: nil),
        Case(label: "default/prod at 50,000 learners / 2,500 peak", scenario: nil, environment: "prod", learners: 50_000, peak: 2_500),
        Case(label: "shared-stack/shared (prod 5,000 / 250 + staging 20 / 10)", scenario: "Scenarios/shared-stack.yaml",
             environment: nil, learners: nil, peak: nil),
    ]

    static func run(_ arguments: [Int]) throws {
        let iterations = max(1, arguments.first ?? 20)
        let workspace = Workspace()
        let catalog = try workspace.catalog() // opened once, outside the timings
        print("edxplan-bench size: \(iterations) iterations per case")
        for item in cases {
            // The shipped scenario is read from the repository when the bench runs from its root.
            if let path = item.scenario, !FileManager.default.fileExists(atPath: workspace.url(path).path) {
                print("  \(item.label): skipped (\(path) not found; run from the repository's root)")
                continue
            }
            var options = SizeCommand.Options(scenarioPath: item.scenario, environment: item.environment)
            options.learners = item.learners
            options.peakConcurrent = item.peak
            options.format = .json
            let clock = ContinuousClock()
            var times: [Double] = []
            var bytes = 0
            for _ in 0..<iterations {
                let start = clock.now
                bytes = try SizeCommand.run(options, workspace: workspace, catalog: catalog).utf8.count
                times.append(Measure.milliseconds(clock.now - start))
            }
            print("  size \(item.label): " + String(format: "%.2f ms median (min %.2f, max %.2f; %d KiB of JSON)",
                                                      Measure.median(times), times.min() ?? 0, times.max() ?? 0, bytes / 1024))
        }
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
