import Catalog
import Planner

/// An AWS or provider error as the user would see it, with what to do about it.
public struct AWSFailure: Sendable, Equatable, Error {
    /// The AWS error code (`DependencyViolation`, `BucketNotEmpty`) or `ProviderError`.
    public var code: String
    public var message: String
    public var fix: String?

    public init(code: String, message: String, fix: String? = nil) {
        self.code = code
        self.message = message
        self.fix = fix
    }

    public var line: String { "\(code): \(message)" }

    /// What Terraform prints for this error on `address`: the text Terragrunt's
    /// `retryable_errors` are matched against.
    public func output(address: String) -> String { "Error: \(line)\n\n  with \(address)\n" }

    /// H12: DeleteDBClusterParameterGroup while a cluster still names the group.
    public static func parameterGroupInUse(_ name: String, by cluster: String?) -> AWSFailure {
        AWSFailure(code: "InvalidDBParameterGroupState",
                   message: "One or more database clusters are still members of this parameter group \(name), so the group cannot be deleted.",
                   fix: "reference aws_docdb_cluster_parameter_group.no_tls.name in \(cluster ?? "the cluster") so Terraform deletes the cluster first; or run destroy again once the cluster is gone, which Terragrunt does by itself with retryable_errors = [\"(?s).*InvalidDBParameterGroupState.*\"] in the root terragrunt.hcl")
    }
}

/// Where real Terraform or AWS stops a run that the simulator carries on with (a name AWS
/// refuses, a version it no longer makes, a certificate lookup the provider cannot settle,
/// a parameter group deleted while its cluster still names it). By default they fail the run
/// as AWS does; with `--continue-past-refusals` (`Simulator.continuePastRefusals`) they are
/// reported while the run goes on, so a run of the cookiecutter's defaults still shows
/// everything after them.
public struct Refusal: Sendable, Equatable {
    public enum Stage: String, Sendable {
        /// While planning (the provider's validation, a data source read): the unit changes nothing.
        case plan
        /// AWS's answer to the call, or the provider's check just before it.
        case apply
        /// AWS's answer to a delete, in a destroy: a second run gets past it (H12).
        case destroy
    }

    public var stage: Stage
    /// The hazard of cookiecutter-backend.md section 6 it is (`H12`, `H13`, `H19`, `H20`), for rehearsals.
    public var hazard: String
    public var failure: AWSFailure

    public init(stage: Stage, hazard: String, failure: AWSFailure) {
        self.stage = stage
        self.hazard = hazard
        self.failure = failure
    }

    /// How the reports say when it stops.
    public var when: String {
        switch stage {
        case .plan: "at terraform plan"
        case .apply: "at apply"
        case .destroy: "at destroy"
        }
    }
}

/// What happened to one planned action.
public enum OperationStatus: String, Sendable, Codable {
    case succeeded, failed
    /// Not run because something it depends on failed ("upstream dependencies failed").
    case skipped
}

/// One executed (or skipped) action with its simulated timing.
public struct OperationRecord: Sendable, Equatable {
    public var module: String
    public var address: String
    public var action: Action
    public var status: OperationStatus
    public var startMinute: Double
    public var endMinute: Double
    public var failure: AWSFailure?
    /// The operation (same module) whose end let this one start, for the critical path.
    public var gatedBy: String?
    public var note: String?
    /// Which run of the unit it belongs to: 1, or later runs of Terragrunt's auto-retry.
    public var attempt = 1
    /// What real Terraform or AWS would have refused here; the simulated call went through.
    public var refusal: Refusal?

    public init(module: String, address: String, action: Action, status: OperationStatus, startMinute: Double, endMinute: Double,
                failure: AWSFailure? = nil, gatedBy: String? = nil, note: String? = nil, attempt: Int = 1,
                refusal: Refusal? = nil) {
        self.module = module
        self.address = address
        self.action = action
        self.status = status
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.failure = failure
        self.gatedBy = gatedBy
        self.note = note
        self.attempt = attempt
        self.refusal = refusal
    }
}

public enum ModuleStatus: String, Sendable, Codable {
    case succeeded, failed
    /// Terragrunt did not run it: "Unit 'x' did not run due to a failure in 'y'".
    case earlyExit = "early-exit"
    case unchanged
}

/// One Terragrunt unit's run.
public struct ModuleRun: Sendable, Equatable {
    public var name: String
    public var wave: Int
    public var status: ModuleStatus
    public var startMinute: Double
    public var endMinute: Double
    public var operations: [OperationRecord]
    /// Why it did not run, or why it failed.
    public var message: String?
    /// The module whose end let this one start.
    public var gatedBy: String?
    /// How many times Terragrunt ran the unit's command (more than 1 after an auto-retry).
    public var attempts = 1
    /// Terragrunt's line before each new run ("Encountered an error eligible for retrying. ...").
    public var retryNote: String?

    public init(name: String, wave: Int, status: ModuleStatus, startMinute: Double, endMinute: Double,
                operations: [OperationRecord], message: String? = nil, gatedBy: String? = nil, attempts: Int = 1,
                retryNote: String? = nil) {
        self.name = name
        self.wave = wave
        self.status = status
        self.startMinute = startMinute
        self.endMinute = endMinute
        self.operations = operations
        self.message = message
        self.gatedBy = gatedBy
        self.attempts = attempts
        self.retryNote = retryNote
    }
}

/// The result of `edxplan apply` or `destroy`.
public struct RunResult: Sendable, Equatable {
    public var scope: String
    public var mode: PlanMode
    public var startMinute: Double
    public var modules: [ModuleRun]
    /// Resources left in the account outside Terraform state after the run, by scope.
    public var leftOutsideState: [String]
    /// The one unit run (`--unit`), or nil for `run --all`.
    public var unit: String?
    /// What `leftOutsideState` costs a month until deleted, when it was priced (`edxplan apply|destroy`).
    public var leftOutsideStateMonthly: Money?

    public init(scope: String, mode: PlanMode, startMinute: Double, modules: [ModuleRun], leftOutsideState: [String],
                unit: String? = nil) {
        self.unit = unit
        self.scope = scope
        self.mode = mode
        self.startMinute = startMinute
        self.modules = modules
        self.leftOutsideState = leftOutsideState
    }

    public var endMinute: Double { modules.map(\.endMinute).max() ?? startMinute }
    public var totalMinutes: Double { endMinute - startMinute }
    /// Every unit succeeded in the simulation; with `--continue-past-refusals`, a real run may
    /// still have stopped (`refusals`).
    public var succeeded: Bool { modules.allSatisfy { $0.status == .succeeded || $0.status == .unchanged } }
    /// What the real run does: it fails on any error and on any refusal the simulation went past.
    public var failsForReal: Bool { !succeeded || modules.contains { $0.operations.contains { $0.refusal != nil } } }
    /// Where real Terraform or AWS would have stopped this run, in run order.
    public var refusals: [OperationRecord] { modules.flatMap { $0.operations.filter { $0.refusal != nil } } }
    /// Filtered per module: flattening first copied every operation of the run to keep a few.
    public var failures: [OperationRecord] { modules.flatMap { $0.operations.filter { $0.status == .failed } } }

    /// The chain of modules and operations that decided the total duration, first to last.
    public var criticalPath: [(module: String, address: String?, minutes: Double)] {
        guard var module = modules.max(by: { ($0.endMinute, $1.name) < ($1.endMinute, $0.name) }) else { return [] }
        // Walk back from the last thing to finish, then read the walk forwards.
        var backwards: [(String, String?, Double)] = []
        while true {
            var operation = module.operations.max { ($0.endMinute, $1.address) < ($1.endMinute, $0.address) }
            while let current = operation {
                backwards.append((module.name, current.address, current.endMinute - current.startMinute))
                // The gate's latest run that had ended by then: after an auto-retry, an
                // address can appear once per run of the unit.
                operation = current.gatedBy.flatMap { gate in
                    module.operations.last { $0.address == gate && $0.endMinute <= current.startMinute }
                }
            }
            guard let gate = module.gatedBy, let previous = modules.first(where: { $0.name == gate }) else { break }
            module = previous
        }
        return backwards.reversed().map { (module: $0.0, address: $0.1, minutes: $0.2) }
    }
}
