import Foundation
import Planner
import Simulator

/// What `edxplan apply` and `destroy` print: each Terragrunt unit in run order with its
/// simulated timing, every failure with its AWS error and the fix, the total and the
/// critical path, and what is left outside Terraform state.
public enum RunText {
    public static func render(_ result: RunResult) -> String {
        let verb = result.mode == .apply ? "apply" : "destroy"
        let command = result.unit.map { "terragrunt \(verb) of \(result.scope)/\($0)" } ?? "terragrunt run --all \(verb) of \(result.scope)"
        var out = "\(command): simulated minutes from \(minutes(result.startMinute))\n\n"
        for module in result.modules {
            let span = "\(minutes(module.startMinute - result.startMinute))-\(minutes(module.endMinute - result.startMinute)) min"
            let runs = module.attempts > 1 ? ", \(module.attempts) runs" : ""
            out += "[\(status(module))] \(module.name) (wave \(module.wave + 1), \(span)\(runs))\n"
            // Terragrunt's retry line before each later run, also one that had nothing to do.
            let note = module.retryNote.map { "  \($0)\n" } ?? ""
            var attempt = 1
            for operation in module.operations {
                while operation.attempt > attempt {
                    out += note
                    attempt += 1
                }
                let took = minutes(operation.endMinute - operation.startMinute)
                switch operation.status {
                case .succeeded:
                    out += "  \(label(operation.action)) \(operation.address) (\(took) min)\(operation.note.map { ": \($0)" } ?? "")\n"
                    if let refusal = operation.refusal { out += "    a real run stops here (\(refusal.when)): \(refusal.failure.line)\n" }
                case .failed:
                    out += "  Error: \(Self.doing(operation.action)) \(operation.address) failed after \(took) min\n"
                    if let failure = operation.failure {
                        out += "    \(failure.line)\n"
                        if let fix = failure.fix { out += "    fix: \(fix)\n" }
                    }
                case .skipped:
                    out += "  skipped \(operation.address): \(operation.note ?? "upstream dependencies failed")\n"
                }
            }
            while attempt < module.attempts {
                out += note
                attempt += 1
            }
            // A unit Terragrunt gave up retrying says it paused once more, then gave up; a unit
            // with no operations says why it failed.
            let exhausted = module.status == .failed && module.retryNote != nil
            if exhausted { out += note }
            let says = module.operations.isEmpty || exhausted
            if module.status == .earlyExit || (module.status == .failed && says), let message = module.message {
                out += "  \(message)\n"
            }
        }
        out += "\n" + summary(result)
        return out
    }

    static func summary(_ result: RunResult) -> String {
        let operations = result.modules.flatMap(\.operations).filter { $0.status == .succeeded }
        let added = operations.filter { $0.action == .create || $0.action == .replace }.count
        let changed = operations.filter { $0.action == .update }.count
        let destroyed = operations.filter { $0.action == .delete || $0.action == .replace }.count
        let refused = result.refusals.count
        let verb = result.mode == .apply ? "Apply" : "Destroy"
        // The failure first: a refusal the run went past fails the real run all the same.
        var out: String
        if !result.succeeded {
            out = "\(verb) failed: \(standing(result)) error(s), "
                + "\(result.modules.filter { $0.status == .earlyExit }.count) unit(s) did not run. "
            if let first = result.failures.first, let failure = first.failure {
                out += "First error: \(first.module): \(first.address): \(failure.code).\n"
            } else if let module = result.modules.first(where: { $0.status == .failed }),
                      let line = module.message?.split(separator: "\n").first {
                // Failed before any operation: a held lock, a refusal at plan, missing outputs.
                out += "First error: \(module.name): \(line.hasPrefix("Error: ") ? line.dropFirst(7) : line)\n"
            }
        } else if refused > 0 {
            out = "\(verb) failed: a real run stops at \(refused) place\(refused == 1 ? "" : "s") (listed below); "
                + "--continue-past-refusals went on to show the rest. "
        } else {
            out = "\(verb) complete! "
        }
        out += "Resources: \(added) added, \(changed) changed, \(destroyed) destroyed.\n"
        out += "Total: \(minutes(result.totalMinutes)) simulated minutes.\n"
        let path = result.criticalPath
        if !path.isEmpty {
            out += "Critical path:\n"
            for step in path where step.minutes > 0 {
                out += "  \(step.module): \(step.address ?? "-") (\(minutes(step.minutes)) min)\n"
            }
        }
        let refusals = result.refusals
        if !refusals.isEmpty {
            out += "A real run stops where it says \"a real run stops here\"; --continue-past-refusals went on to show the rest:\n"
            for operation in refusals {
                guard let refusal = operation.refusal else { continue }
                out += "  \(operation.module): \(operation.address): \(refusal.failure.code) (\(refusal.when))\n"
                if let fix = refusal.failure.fix { out += "    fix: \(fix)\n" }
            }
        }
        if !result.leftOutsideState.isEmpty {
            let monthly = result.leftOutsideStateMonthly.map { " (\($0.formatted) a month, billed until they are deleted)" } ?? ""
            out += "Left in the account outside Terraform state\(monthly):\n" + result.leftOutsideState.map { "  \($0)\n" }.joined()
        } else if result.mode == .destroy {
            // What a tear-down is for: said, not left to be inferred from a missing list.
            out += "Nothing is left in the account outside Terraform state.\n"
        }
        return out
    }

    /// The errors of each failed unit's last run: those of a run Terragrunt retried past are
    /// shown above, but no longer stand.
    /// A unit that failed before any operation (a held lock, a dependency without outputs) counts one.
    static func standing(_ result: RunResult) -> Int {
        result.modules.filter { $0.status == .failed }.reduce(0) { count, module in
            count + max(1, module.operations.filter { $0.status == .failed && $0.attempt == module.attempts }.count)
        }
    }

    /// A unit's status; one the simulation ran past a refusal in is not called a success.
    static func status(_ module: ModuleRun) -> String {
        guard module.status == .succeeded, module.operations.contains(where: { $0.refusal != nil }) else {
            return module.status.rawValue
        }
        return "fails for real; went on"
    }

    static func label(_ action: Action) -> String {
        switch action {
        case .create: return "created"
        case .update: return "updated"
        case .replace: return "replaced"
        case .delete: return "destroyed"
        case .noop: return "unchanged"
        }
    }

    /// What a failed operation was doing, as Terraform words its errors ("Error: deleting ...").
    static func doing(_ action: Action) -> String {
        switch action {
        case .create: return "creating"
        case .update: return "updating"
        case .replace: return "replacing"
        case .delete: return "destroying"
        case .noop: return "reading"
        }
    }

    static func minutes(_ value: Double) -> String { String(format: "%.1f", value) }
}
