import Catalog
import Cost
import Foundation
import Pipeline
import Report
import Scenario
#if canImport(Glibc)
import Glibc
#endif

// Release-build benchmark: `swift run -c release edxplan-bench [environments] [iterations]`.
// Prices a generated scenario of N environments (default 100, every module on), end to end
// with the catalog opened from disk each time, and prints wall times and peak memory.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let environments = arguments.first ?? 100
let iterations = arguments.dropFirst().first ?? 20

func generatedScenario(environments: Int) -> String {
    var yaml = "name: bench-\(environments)\nallocation: peak-users\nenvironments:\n"
    let nodeTypes = ["t3.large", "t3.xlarge", "m5.large", "m6i.xlarge", "r5.large"]
    let databases = ["db.t3.medium", "db.m5.large", "db.r5.large", "db.t2.small"]
    for index in 0..<environments {
        yaml += """
          env\(index):
            modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis, s3_openedx_storage, cloudfront, ec2_bastion]
            vpc: { nat_gateways: \(index % 3 == 0 ? "one-per-az" : "single") }
            kubernetes: { version: "1.3\(index % 4)", node_groups: [{ instance_type: \(nodeTypes[index % nodeTypes.count]), min: 1, max: 6, desired: \(1 + index % 4) }] }
            mysql: { instance_class: \(databases[index % databases.count]), engine_version: 8.0.35, allocated_storage_gb: \(20 + index), multi_az: \(index % 2 == 0) }
            usage: { s3_storage_gb: \(index * 10), cloudfront_gb_out: { us: \(index * 50), europe: \(index * 10) }, cloudfront_requests_millions: \(index), nat_gb_processed: \(index * 5), internet_out_gb: \(index * 20), log_gb_ingested: 5 }
            load: { peak_concurrent_users: \(100 + index * 10) }

        """
    }
    return yaml
}

func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // Linux reports KiB
}

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

do {
    let workspace = Workspace()
    _ = try workspace.catalog() // build once if needed, outside the timings
    let catalogFile = try CatalogStore.location(explicit: workspace.catalogPath, environment: workspace.environment,
                                                workingDirectory: workspace.workingDirectory).file
    let text = generatedScenario(environments: environments)
    let clock = ContinuousClock()
    var totals: [Double] = []
    var stages: [String: [Double]] = [:]
    var lastTotal = ""
    for _ in 0..<iterations {
        var marks: [(String, Duration)] = []
        let start = clock.now
        let catalog = try CatalogStore.read(catalogFile)
        marks.append(("open catalog", clock.now - start))
        let scenario = try ScenarioLoader.load(text: text, file: "bench.yaml")
        marks.append(("parse scenario", clock.now - start))
        let document = try CostEngine.price(scenario, catalog: catalog)
        marks.append(("price", clock.now - start))
        let json = CostJSON.render(document)
        marks.append(("render json", clock.now - start))
        totals.append(milliseconds(clock.now - start))
        var previous = Duration.zero
        for (name, mark) in marks {
            stages[name, default: []].append(milliseconds(mark - previous))
            previous = mark
        }
        lastTotal = "\(document.monthlyTotal.formatted) per month, \(json.utf8.count / 1024) KiB of JSON"
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    print("edxplan-bench: \(environments) environments, \(iterations) iterations (\(lastTotal))")
    for name in ["open catalog", "parse scenario", "price", "render json"] {
        print("  " + name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: " median %8.2f ms", median(stages[name] ?? [0])))
    }
    print(String(format: "  total            median %8.2f ms   min %8.2f ms   max %8.2f ms",
                 median(totals), totals.min() ?? 0, totals.max() ?? 0))
    print(String(format: "  peak resident memory %.1f MiB", peakResidentMiB()))
} catch {
    FileHandle.standardError.write(Data("edxplan-bench: \(error)\n".utf8))
    exit(2)
}
