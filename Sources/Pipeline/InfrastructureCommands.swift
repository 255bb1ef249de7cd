import Account
import Catalog
import Cost
import Diagnostics
import Foundation
import Planner
import Report
import Simulator

/// `edxplan plan`, `apply` and `destroy` against the fake account.
public enum InfrastructureCommands {
    public struct Options: Sendable {
        public var scenarioPath: String?
        /// `--terragrunt PATH`: import the tree instead of reading a scenario file.
        public var terragruntPath: String?
        public var environment: String?
        public var accountPath: String?
        public var json = false
        public var seed: UInt64 = 1
        public var paceMilliseconds: Double = 0
        /// `--queue-ignore-errors`: units run even when a unit they wait for failed.
        public var queueIgnoreErrors = false
        /// `--fail-fast`: a failure stops every unit not yet started.
        public var failFast = false
        /// `--unit NAME`: that unit alone, as `terragrunt plan|apply|destroy` in its folder.
        public var unit: String?
        /// `--strict`: refusals (`Refusal`) fail as they would for real instead of being reported.
        public var strict = false

        public init(scenarioPath: String?, environment: String?, accountPath: String?) {
            self.scenarioPath = scenarioPath
            self.environment = environment
            self.accountPath = accountPath
        }
    }

    /// The text to print, what to say on stderr first, and the exit code (0, or 1 when the run failed).
    public struct Outcome: Sendable {
        public var text: String
        public var exitCode: ExitCode
        public var warnings = ""
    }

    public static func plan(_ options: Options, destroy: Bool, workspace: Workspace) throws -> Outcome {
        let context = try InfrastructureContext.load(scenarioPath: options.scenarioPath, environment: options.environment,
                                                     accountPath: options.accountPath, workspace: workspace,
                                                     terragruntPath: options.terragruntPath)
        let plan = try context.plan(mode: destroy ? .destroy : .apply, unit: options.unit)
        let minutes = Simulator.estimateMinutes(plan, catalog: context.catalog, seed: options.seed)
        let refusals = try PlanRefusal.find(in: plan, account: context.account)
        let text = options.json ? PlanJSON.render(plan, estimatedMinutes: minutes, refusals: refusals)
            : PlanText.render(plan) + (plan.hasChanges ? String(format: "Estimated duration: %.1f simulated minutes.\n", minutes) : "")
                + PlanText.refusals(refusals)
        // A real plan with these fails: strict says so in the exit code too.
        return Outcome(text: text, exitCode: options.strict && !refusals.isEmpty ? .findings : .success)
    }

    public static func run(_ options: Options, destroy: Bool, workspace: Workspace) throws -> Outcome {
        // The pace slows a run down to watch it or to interrupt it; a minute a call is plenty,
        // and more would not fit the sleep call.
        guard options.paceMilliseconds >= 0, options.paceMilliseconds <= 60_000 else {
            throw OptionError.outOfRange("--pace", String(options.paceMilliseconds), "from 0 to 60,000 milliseconds")
        }
        let loaded = try InfrastructureContext.load(scenarioPath: options.scenarioPath, environment: options.environment,
                                                    accountPath: options.accountPath, workspace: workspace,
                                                    terragruntPath: options.terragruntPath)
        let plan = try loaded.plan(mode: destroy ? .destroy : .apply, unit: options.unit)
        // The input is good: an apply makes a new account file now; a destroy of an account
        // that does not exist has nothing to destroy and leaves none.
        let context = destroy ? loaded : try loaded.persisted()
        var warnings = ""
        if let unit = options.unit {
            if destroy { warnings = SingleUnit.dependentsWarning(unit, context: context) ?? "" }
            if let stopped = try SingleUnit.stoppedOnOutputs(unit, plan: plan, context: context) {
                return Outcome(text: options.json ? RunJSON.render(stopped) : RunText.render(stopped), exitCode: .findings,
                               warnings: warnings)
            }
        }
        var simulator = Simulator(account: context.account, catalog: context.catalog, seed: options.seed, holder: holder())
        simulator.paceMilliseconds = options.paceMilliseconds
        simulator.autoRetry = context.scenario.autoRetry
        simulator.ignoreDependencyErrors = options.queueIgnoreErrors
        simulator.failFast = options.failFast
        simulator.strict = options.strict
        let mode = plan.mode
        let result = try simulator.run(plan, region: context.region, infrastructureScope: context.infrastructureScope,
                                       lockBucket: context.lockBucket) { unit in
            try context.plan(mode: mode, unit: nil).modules.first { $0.name == unit }
        }
        var priced = result
        try priceLeftovers(&priced, context: context)
        let text = options.json ? RunJSON.render(priced) : RunText.render(priced)
        return Outcome(text: text, exitCode: result.succeeded ? .success : .findings, warnings: warnings)
    }

    /// Each object left outside state with what it costs a month until someone deletes it, and
    /// the total: after a destroy, that is what the environment still bills.
    static func priceLeftovers(_ result: inout RunResult, context: InfrastructureContext) throws {
        let leftovers = try context.account.resources(scope: context.scope, notManagedBy: .terraform)
        guard !leftovers.isEmpty else { return }
        var total = Money.zero
        result.leftOutsideState = try leftovers.map { object in
            let line = Simulator.outsideStateLine(object)
            guard let monthly = try CostEngine.leftoverMonthly(type: object.type, address: object.address ?? object.id,
                                                               attributes: object.attributes, region: object.region,
                                                               catalog: context.catalog) else { return line }
            total = total + monthly
            return line + ": " + monthly.formatted + " a month"
        }
        result.leftOutsideStateMonthly = total
    }

    /// Terraform's lock "Who": user@host, with the process id so two runs can be told apart.
    static func holder() -> String {
        let user = ProcessInfo.processInfo.environment["USER"] ?? "edxplan"
        return "\(user)@\(ProcessInfo.processInfo.hostName) pid \(ProcessInfo.processInfo.processIdentifier)"
    }
}
