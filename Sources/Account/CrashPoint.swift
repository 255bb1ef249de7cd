import Foundation

/// Fault injection for crash-safety tests: the account commits its first `budget` writes, then
/// behaves as a killed process would, committing nothing more. In a test the later writes
/// throw `AccountError.crashed`, or (`exiting`) the process exits on the spot, as `kill -9`
/// would end it.
final class CrashPoint: @unchecked Sendable {
    private let lock = NSLock()
    private var budget: Int?
    private var exits = false

    /// Counts one write about to start; throws (or exits) once the budget is spent.
    func spend() throws {
        lock.lock()
        defer { lock.unlock() }
        guard let left = budget else { return }
        guard left > 0 else {
            if exits { _exit(137) }
            throw AccountError.crashed
        }
        budget = left - 1
    }

    func arm(afterWrites count: Int, exits: Bool) {
        lock.lock()
        defer { lock.unlock() }
        budget = max(0, count)
        self.exits = exits
    }
}

extension FakeAccount {
    /// Commits `count` more writes, then no more (see `CrashPoint`): the test's kill.
    /// `exiting`: the process ends there (exit status 137, as after `kill -9`) instead.
    public func crash(afterWrites count: Int, exiting: Bool = false) { crashPoint.arm(afterWrites: count, exits: exiting) }
}
