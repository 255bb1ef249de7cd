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
        /// `plan --format terraform-json`: Terraform's own JSON plan format.
        public var terraformJSON = false
        public var seed: UInt64 = 1
        public var paceMilliseconds: Double = 0
        /// `--queue-ignore-errors`: units run even when a unit they wait for failed.
        public var queueIgnoreErrors = false
        /// `--fail-fast`: a failure stops every unit not yet started.
        public var failFast = false
        /// `--unit NAME`: that unit alone, as `terragrunt plan|apply|destroy` in its folder.
        public var unit: String?
        /// `--lock=false`: plan without taking the units' state locks, as `terraform plan -lock=false`.
        public var lock = true
        /// `--continue-past-refusals`: the run goes on past what real Terraform and AWS refuse
        /// (`Refusal`), to show the rest of the timeline. The exit code is 1 all the same.
        public var continuePastRefusals = false

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
        // `terraform plan` takes each unit's state lock before it refreshes and releases it
        // when done; a held one stops it ("Error acquiring the state lock").
        let held = options.lock ? try lockUnits(context, unit: options.unit) : []
        let planned = Result { try context.plan(mode: destroy ? .destroy : .apply, unit: options.unit) }
        for lockID in held { try context.account.releaseLock(lockID: lockID, holder: holder()) }
        let plan = try planned.get()
        let minutes = Simulator.estimateMinutes(plan, catalog: context.catalog, seed: options.seed)
        let refusals = try PlanRefusal.find(in: plan, account: context.account, catalog: context.catalog, region: context.region)
        let upgrades = PlannedUpgrade.find(in: plan, catalog: context.catalog)
        // Terminal text is fitted to the terminal's width (long addresses shortened in the middle);
        // JSON and a pipe without COLUMNS keep every line whole.
        let text = options.terraformJSON ? TerraformPlanJSON.render(plan, region: context.region)
            : options.json ? PlanJSON.render(plan, estimatedMinutes: minutes, refusals: refusals, upgrades: upgrades)
            : workspace.terminal.fit(PlanText.render(plan) + (plan.hasChanges ? String(format: "Estimated duration: %.1f simulated minutes.\n", minutes) : "")
                + PlanText.upgrades(upgrades) + PlanText.refusals(refusals))
        // A real run of this plan fails: so does the plan, as `terraform apply` would.
        return Outcome(text: text, exitCode: refusals.isEmpty ? .success : .findings)
    }

    public static func run(_ options: Options, destroy: Bool, workspace: Workspace) throws -> Outcome {
        if options.terraformJSON {
            throw OptionError("--format", "--format terraform-json is a plan's format", hint: "use it with edxplan plan; apply and destroy write text or json")
        }
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
                return Outcome(text: options.json ? RunJSON.render(stopped) : workspace.terminal.fit(RunText.render(stopped)), exitCode: .findings,
                               warnings: warnings)
            }
        }
        var simulator = Simulator(account: context.account, catalog: context.catalog, seed: options.seed, holder: holder())
        simulator.paceMilliseconds = options.paceMilliseconds
        simulator.autoRetry = context.scenario.autoRetry
        simulator.ignoreDependencyErrors = options.queueIgnoreErrors
        simulator.failFast = options.failFast
        simulator.continuePastRefusals = options.continuePastRefusals
        let mode = plan.mode
        let result = try simulator.run(plan, region: context.region, infrastructureScope: context.infrastructureScope,
                                       lockBucket: context.lockBucket) { unit in
            try context.plan(mode: mode, unit: nil).modules.first { $0.name == unit }
        }
        var priced = result
        try priceLeftovers(&priced, context: context)
        let text = options.json ? RunJSON.render(priced) : workspace.terminal.fit(RunText.render(priced))
        return Outcome(text: text, exitCode: result.failsForReal ? .findings : .success, warnings: warnings)
    }

    /// Takes the state lock of every unit the plan covers (or of the one `--unit`), as each
    /// unit's `terraform plan` does; on a held lock, releases what it took and throws
    /// Terraform's error with the lock's info.
    static func lockUnits(_ context: InfrastructureContext, unit: String?) throws -> [String] {
        // An unknown `--unit` is bad input: planning says so, and no lock is written first.
        if let unit, !context.graph.units.contains(unit) { return [] }
        let names = unit.map { [$0] } ?? context.graph.units
        var taken: [String] = []
        for name in names {
            let lockID = FakeAccount.lockID(bucket: context.lockBucket, stateKey: FakeAccount.stateKey(scope: context.scope, module: name))
            do {
                try context.account.acquireLock(lockID: lockID, holder: holder(), operation: "OperationTypePlan")
            } catch {
                for taken in taken { try? context.account.releaseLock(lockID: taken, holder: holder()) }
                throw error
            }
            taken.append(lockID)
        }
        return taken
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
