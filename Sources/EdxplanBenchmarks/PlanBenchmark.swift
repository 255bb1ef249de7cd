import Catalog
import Foundation
import Pipeline
import PlanCost
import Report
import TerraformPlan

/// `edxplan-bench plan-json [megabytes|FILE] [iterations]`: writes a generated `terraform show -json`
/// plan of N MB (default 50; `GeneratedPlan`) to the temporary folder, where it is kept, or takes FILE, then
/// prices it as `edxplan cost --plan-json FILE --format json` does (read and check the file,
/// open the catalog, price, render), and prints the median time of each stage, the CPU time
/// and the peak memory.
enum PlanBenchmark {
    /// `arguments`: megabytes and iterations, or a plan file (one's own, or one written before) and iterations.
    static func run(_ arguments: [String]) throws {
        let iterations = arguments.dropFirst().first.flatMap { Int($0) } ?? 5
        let file: URL
        if let path = arguments.first, Int(path) == nil {
            file = URL(fileURLWithPath: path)
        } else {
            let megabytes = arguments.first.flatMap { Int($0) } ?? 50
            file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-plan-\(megabytes)mb.json")
            try GeneratedPlan.json(bytes: megabytes * 1_000_000).text.write(to: file, atomically: true, encoding: .utf8)
        }
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let workspace = Workspace()
        let catalogFile = try workspace.catalogLocation().file // built once if needed, outside the timings
        let clock = ContinuousClock()
        var totals: [Double] = []
        var stages: [String: [Double]] = [:]
        var last = ""
        let cpuStart = Measure.cpuMilliseconds()
        for _ in 0..<iterations {
            var marks: [(String, Duration)] = []
            let start = clock.now
            let plan = try PlanJSONReader.read(path: file, display: "plan.json")
            marks.append(("read and check plan", clock.now - start))
            let catalog = try CatalogStore.read(catalogFile)
            marks.append(("open catalog", clock.now - start))
            let document = try PlanCoster.price(plan, file: "plan.json", catalog: catalog)
            marks.append(("price", clock.now - start))
            let json = PlanCostJSON.render(document)
            marks.append(("render json", clock.now - start))
            totals.append(Measure.milliseconds(clock.now - start))
            var previous = Duration.zero
            for (name, mark) in marks {
                stages[name, default: []].append(Measure.milliseconds(mark - previous))
                previous = mark
            }
            last = "\(plan.changes.count) resource changes, \(document.monthlyBefore.formatted) -> \(document.monthlyAfter.formatted) "
                + "per month, \(document.hazards.count) hazards, \(json.utf8.count / 1024) KiB of JSON"
        }
        let cpu = (Measure.cpuMilliseconds() - cpuStart) / Double(max(1, iterations))
        print(String(format: "edxplan-bench plan-json: %.2f MB plan, ", Double(size) / 1_000_000)
              + "\(iterations) iterations (\(last)); medians:")
        print("  (the plan is kept as \(file.path): `edxplan-bench plan-json FILE` prices it again, as `edxplan cost --plan-json` does)")
        for name in ["read and check plan", "open catalog", "price", "render json"] {
            print(Measure.line(name, Measure.median(stages[name] ?? [])))
        }
        print(Measure.line("total", Measure.median(totals))
              + String(format: "   (min %.2f, max %.2f)", totals.min() ?? 0, totals.max() ?? 0))
        // CPU time (user and system) per iteration: what one takes on an idle machine (one thread).
        print(Measure.line("total (CPU)", cpu) + "   (mean per iteration)")
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
