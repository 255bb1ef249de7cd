import Account
import Foundation
import Planner
import Scenario

extension Simulator {
    /// One Terragrunt unit: its Terraform command under the state lock, run again while it
    /// fails with an error `autoRetry` names, each run planned afresh against the account
    /// (what the failed run did stays done; Terraform has no rollback).
    func runUnit(_ module: ModulePlan, scope: String, mode: PlanMode, begin: Double, gate: String?, lockBucket: String,
                 executor: inout CloudExecutor, replan: ((String) throws -> ModulePlan?)?) throws -> ModuleRun {
        var unit = module, start = begin, attempt = 1
        var operations: [OperationRecord] = []
        let note = "Encountered an error eligible for retrying. Sleeping \(Self.goDuration(autoRetry.sleepSeconds)) before retrying."
        func finished(_ error: String?) -> ModuleRun {
            let end = max(start, operations.map(\.endMinute).max() ?? start)
            return ModuleRun(name: module.name, wave: module.wave, status: error == nil ? .succeeded : .failed, startMinute: begin,
                             endMinute: end, operations: operations, message: error, gatedBy: gate, attempts: attempt,
                             retryNote: attempt > 1 ? note : nil)
        }
        while true {
            let (records, error) = try runOnce(unit, scope: scope, mode: mode, start: start, lockBucket: lockBucket,
                                               attempt: attempt, after: operations, executor: &executor)
            // Taken whole on the first run: appending copied every record of every unit.
            if operations.isEmpty { operations = records } else { operations += records }
            guard let error else { return finished(nil) }
            guard autoRetry.isRetryable(Self.output(of: records, error: error)), replan != nil else { return finished(error) }
            guard attempt < autoRetry.maxAttempts else {
                // Terragrunt's MaxRetriesExceeded, after the last run's own error.
                return finished("Exhausted retries (\(autoRetry.maxAttempts)) for command terraform \(mode == .apply ? "apply" : "destroy")")
            }
            let failedAt = max(start, operations.map(\.endMinute).max() ?? start)
            _ = try account.log(.note, scope: scope, module: module.name, message: note, minute: failedAt)
            start = failedAt + Double(autoRetry.sleepSeconds) / 60
            attempt += 1
            guard let next = try replan?(module.name), next.hasChanges else { return finished(nil) }
            unit = next
        }
    }

    /// One run of the unit's Terraform command: the operations, and the error that failed it.
    private func runOnce(_ unit: ModulePlan, scope: String, mode: PlanMode, start: Double, lockBucket: String, attempt: Int,
                         after earlier: [OperationRecord], executor: inout CloudExecutor) throws -> ([OperationRecord], String?) {
        let lockID = FakeAccount.lockID(bucket: lockBucket, stateKey: FakeAccount.stateKey(scope: scope, module: unit.name))
        do {
            try account.acquireLock(lockID: lockID, holder: holder, operation: "Operation\(mode == .apply ? "TypeApply" : "TypeApply (destroy)")")
        } catch let error as AccountError {
            return ([], error.description)
        }
        let pace = paceMilliseconds
        var records = ModuleScheduler(parallelism: parallelism).run(unit, start: start) { action, minute in
            if pace > 0 { usleep(UInt32(pace * 1000)) }
            return executor.execute(action, at: minute)
        }
        try account.releaseLock(lockID: lockID, holder: holder)
        if attempt > 1 {
            // A later run starts where the last one ended, for the critical path.
            let previous = earlier.max { ($0.endMinute, $1.address) < ($1.endMinute, $0.address) }?.address
            for index in records.indices {
                records[index].attempt = attempt
                if records[index].gatedBy == nil { records[index].gatedBy = previous }
            }
        }
        let failure = records.first { $0.status == .failed }?.failure?.line
        return (records, failure)
    }

    /// What Terraform prints for the failed run, which Terragrunt's patterns are matched against.
    static func output(of records: [OperationRecord], error: String) -> String {
        let failed = records.filter { $0.status == .failed }
        guard !failed.isEmpty else { return "Error: \(error)" }
        return failed.map { "Error: \($0.failure?.line ?? error)\n\n  with \($0.address)\n" }.joined(separator: "\n")
    }

    /// Seconds as Go prints a `time.Duration` (`5s`, `1m30s`), as Terragrunt's log line does.
    static func goDuration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        if hours > 0 { return "\(hours)h\(minutes)m\(rest)s" }
        return minutes > 0 ? "\(minutes)m\(rest)s" : "\(rest)s"
    }
}
