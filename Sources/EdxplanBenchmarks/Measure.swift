import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Timing and memory helpers shared by the benchmarks.
enum Measure {
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024 // Linux reports KiB
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }

    static func line(_ name: String, _ milliseconds: Double) -> String {
        "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%10.2f ms", milliseconds)
    }
}
