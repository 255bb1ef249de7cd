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

    /// CPU time this process has used (user and system, every thread), in milliseconds. On a
    /// machine others are loading, wall time includes the waits for a core; the CPU time of a
    /// timed part is what it takes on an idle machine (divided by the workers, when every
    /// worker stays busy).
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        return seconds * 1000 + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    static func median(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.sorted()[values.count / 2] }

    static func line(_ name: String, _ milliseconds: Double) -> String {
        "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%10.2f ms", milliseconds)
    }
}
