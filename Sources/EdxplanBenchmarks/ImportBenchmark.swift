import Catalog
import Foundation

/// `edxplan-bench import [mebibytes]`: streams a generated EC2 offer file in AWS's format
/// (default 1024 MiB, a real gibibyte, kept in the temporary folder between runs) through the Price List
/// importer, as `catalog import aws-price-list` and `catalog update` do, and prints the
/// throughput and the process's peak memory. Compare with `python3 -c 'import json;
/// json.load(open(PATH))'` on the file it names.
enum ImportBenchmark {
    static func run(_ arguments: [Int]) throws {
        let mebibytes = max(1, arguments.first ?? 1024)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-bench-offer-\(mebibytes)MiB.json")
        if !FileManager.default.fileExists(atPath: file.path) {
            let partial = file.appendingPathExtension("partial")
            let size = try OfferFileGenerator.write(to: partial, bytes: mebibytes << 20)
            try FileManager.default.moveItem(at: partial, to: file)
            print("wrote \(file.path) (\(size) bytes)")
        }
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = ParseBenchmark.threadCPUMilliseconds()
        let conversion = try PriceListImporter.convert(contentsOf: file, file: file.path, label: "bench",
                                                       regionsByLocation: [:], asOf: "2026-12-01")
        let elapsed = Measure.milliseconds(clock.now - start)
        let cpu = ParseBenchmark.threadCPUMilliseconds() - cpuStart
        let megabytesRead = Double(size) / 1_000_000
        print("edxplan-bench import: \(file.path), \(String(format: "%.1f MB (%.3f GiB)", megabytesRead, Double(size) / 1_073_741_824)), "
              + "\(conversion.rows.count) rows kept, \(conversion.skippedProducts) products skipped")
        print(Measure.line("import", elapsed))
        print(String(format: "  throughput %.1f MB/s (wall clock), %.1f MB/s of CPU", megabytesRead / (elapsed / 1000),
                     megabytesRead / (cpu / 1000)))
        print(String(format: "  peak resident memory %.1f MiB", Measure.peakResidentMiB()))
    }
}
