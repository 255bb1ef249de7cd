import Account
import Foundation

/// Terraform's "Creation complete after 1m2s" lines, written in one allocation. Every create
/// and delete of an account that keeps its log writes one, and joining the prefix to the
/// minutes and seconds made a small string for each part first.
enum ElapsedText {
    /// The two lines a create and a delete log.
    enum Completion: Int {
        case creation, destruction

        var prefix: String { self == .creation ? "Creation complete after " : "Destruction complete after " }
    }

    /// `line(completion.prefix, minutes)`, each line made once: durations are whole seconds
    /// from a few hundred typical values, so a run of a thousand environments logged a few
    /// hundred different lines 270,000 times, making (and keeping) a new string for each.
    static func line(_ completion: Completion, _ minutes: Double) -> String {
        let seconds = Int((minutes * 60).rounded())
        // The line depends on the whole seconds alone; past a day (never simulated) it is made each time.
        guard seconds >= 0, seconds < Made.limit else { return line(completion.prefix, minutes) }
        return made.lock.withLock {
            let kind = completion.rawValue
            if seconds < made.lines[kind].count, let known = made.lines[kind][seconds] { return known }
            let line = line(completion.prefix, minutes)
            if seconds >= made.lines[kind].count {
                made.lines[kind] += repeatElement(nil, count: seconds + 1 - made.lines[kind].count)
            }
            made.lines[kind][seconds] = line
            return line
        }
    }

    private static let made = Made()

    /// The lines made so far by completion and whole seconds, under a lock: runs (a rehearsal's
    /// workers) may log on several threads.
    private final class Made: @unchecked Sendable {
        static let limit = 24 * 60 * 60
        let lock = NSLock()
        /// Grown to the longest duration seen (an hour at most, in practice).
        var lines: [[String?]] = [[], []]
    }

    /// `prefix` and then the time as `CloudExecutor.elapsed` prints it (`42s`, `1m2s`).
    static func line(_ prefix: String, _ minutes: Double) -> String {
        let seconds = Int((minutes * 60).rounded())
        // A negative time (never simulated) keeps the plain path and its sign.
        guard seconds >= 0 else { return Text.join(prefix, CloudExecutor.elapsed(minutes)) }
        let (wholeMinutes, rest) = seconds >= 60 ? (seconds / 60, seconds % 60) : (-1, seconds)
        let length = prefix.utf8.count + (wholeMinutes >= 0 ? digits(wholeMinutes) + 1 : 0) + digits(rest) + 1
        return String(unsafeUninitializedCapacity: length) { buffer in
            var at = 0
            for byte in prefix.utf8 { buffer[at] = byte; at += 1 }
            func write(_ number: Int, unit: Unicode.Scalar) {
                var number = number
                let end = at + digits(number)
                for index in stride(from: end - 1, through: at, by: -1) {
                    buffer[index] = UInt8(ascii: "0") + UInt8(number % 10)
                    number /= 10
                }
                buffer[end] = UInt8(ascii: unit)
                at = end + 1
            }
            if wholeMinutes >= 0 { write(wholeMinutes, unit: "m") }
            write(rest, unit: "s")
            return at
        }
    }

    /// Decimal digits of `number` (at least one).
    private static func digits(_ number: Int) -> Int {
        var count = 1, rest = number
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }
}
