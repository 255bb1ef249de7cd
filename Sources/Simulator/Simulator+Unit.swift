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
        var run = ModuleRun(name: module.name, wave: module.wave, status: .succeeded, startMinute: begin, endMinute: begin,
                            operations: [], gatedBy: gate)
        var unit = module, start = begin
        while true {
            let (records, error) = try runOnce(unit, scope: scope, mode: mode, start: start, lockBucket: lockBucket,
                                               attempt: run.attempts, after: run.operations, executor: &executor)
            // Taken whole on the first run: appending copied every record of every unit.
            if run.operations.isEmpty { run.operations = records } else { run.operations += records }
            for index in run.operations.indices { run.endMinute = max(run.endMinute, run.operations[index].endMinute) }
            guard let error else { return run }
            let output = Self.output(of: records, error: error)
            // An `errors { ignore ... }` block that matches: Terragrunt logs its message and the unit
            // succeeds; what the failed command did stays done and what it did not is not done.
            if replan != nil, let ignored = autoRetry.errors.ignoring(output) {
                let note = "Ignoring error \"\(ignored.name)\": " + (ignored.message ?? error)
                _ = try account.log(.note, scope: scope, module: module.name, message: note, minute: run.endMinute)
                run.retryNote = note
                return run
            }
            run.status = .failed
            run.message = error
            guard replan != nil, let retry = autoRetry.retrying(output) else { return run }
            // Terragrunt logs and sleeps after every retryable failure, the last one too, and
            // only then gives up with MaxRetriesExceeded (runTerraformWithRetry's loop); with
            // `errors` blocks, the matching `retry` block's attempts and pause count.
            let note = "Encountered an error eligible for retrying. Sleeping \(Self.goDuration(retry.sleepSeconds)) before retrying."
                + (retry.block.map { " (errors { retry \"\($0)\" })" } ?? "")
            _ = try account.log(.note, scope: scope, module: module.name, message: note, minute: run.endMinute)
            start = run.endMinute + Double(retry.sleepSeconds) / 60
            run.endMinute = start
            run.retryNote = note
            guard run.attempts < retry.maxAttempts else {
                // Terragrunt's words: the attributes' loop (v0.92 and before), or an `errors` retry block's (config/errors.go).
                run.message = retry.block == nil
                    ? "Exhausted retries (\(retry.maxAttempts)) for command terraform \(mode == .apply ? "apply" : "destroy")"
                    : "max retry attempts (\(retry.maxAttempts)) reached for error: \(error)"
                return run
            }
            run.attempts += 1
            (run.status, run.message) = (.succeeded, nil)
            guard let next = try replan?(module.name), next.hasChanges else { return run }
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
        // The provider's validation fails the plan inside the command, so the unit changes
        // nothing and releases its lock (unless `--continue-past-refusals`).
        if !continuePastRefusals, let refused = try PlanRefusal.find(in: unit, scope: scope, account: account).first {
            try account.releaseLock(lockID: lockID, holder: holder)
            _ = try account.log(.fail, scope: scope, module: unit.name, address: refused.address, message: refused.refusal.failure.message,
                                errorCode: refused.refusal.failure.code, minute: start)
            return ([], refused.refusal.failure.output(address: refused.address))
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
        // By index: iterating copied each record (a dozen references) to read one field.
        let failed = records.indices.first { records[$0].status == .failed }
        return (records, failed.flatMap { records[$0].failure?.line })
    }

    /// What Terraform prints for the failed run, which Terragrunt's patterns are matched against.
    static func output(of records: [OperationRecord], error: String) -> String {
        let failed = records.filter { $0.status == .failed }
        guard !failed.isEmpty else { return "Error: \(error)" }
        return failed.map { record in
            record.failure?.output(address: record.address) ?? "Error: \(error)\n\n  with \(record.address)\n"
        }.joined(separator: "\n")
    }

    /// Seconds as Go prints a `time.Duration` (`5s`, `1m30s`), as Terragrunt's log line does.
    static func goDuration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        if hours > 0 { return "\(hours)h\(minutes)m\(rest)s" }
        return minutes > 0 ? "\(minutes)m\(rest)s" : "\(rest)s"
    }
}
