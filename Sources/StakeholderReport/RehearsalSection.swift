import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Rehearsal
import Scenario

/// One scope's destroy/recreate rehearsal as the pack shows it: the hazards read from the
/// configuration, what became of the data, the AWS errors met, what was left behind, how long.
public struct ScopeRehearsal: Sendable, Equatable {
    public struct Failure: Sendable, Equatable {
        public var id: String
        public var address: String
        /// The AWS error code (or what stopped the unit).
        public var code: String
        public var message: String
        public var fix: String
    }
    public var scope: String
    public var hazards: [Hazard]
    public var dataLoss: [DataLossEntry]
    public var failures: [Failure]
    /// Resources left in the account outside every Terraform state (Tutor's volumes and load balancer).
    public var orphans: [String]
    public var downtimeMinutes: Double
    public var totalMinutes: Double
    public var succeeded: Bool
}

/// The rehearsal of every scope, with the counts of the hazards read by severity.
public struct ReportRehearsal: Sendable, Equatable {
    public static let seed: UInt64 = 1
    public var scopes: [ScopeRehearsal]
    public var sharedAccount: Bool

    /// Every severity in order, with zeros, over every scope.
    public var hazardsBySeverity: [(severity: Severity, count: Int)] {
        Severity.allCases.map { severity in (severity, scopes.reduce(0) { $0 + $1.hazards.filter { $0.severity == severity }.count }) }
    }
    public var hazardCount: Int { scopes.reduce(0) { $0 + $1.hazards.count } }

    /// Rehearses the scenario on empty in-memory accounts seeded with the catalog's quotas (seed 1,
    /// no faults): each environment in its own account, or with the shared-stack layout the stack
    /// and then every environment in one account.
    public static func simulate(_ scenario: Scenario, catalog: Catalog) throws -> ReportRehearsal {
        let blueprint = Blueprint.expand(scenario)
        let bucket = "\(scenario.platform.accountID)-terraform-tfstate"
        let shared = scenario.layout == .sharedStack
        var groups: [[(EnvironmentBlueprint, Usage?)]] = []
        let environments = zip(blueprint.environments, scenario.environments).map { ($0, $1.usage) }
        if shared {
            groups = [(scenario.shared == nil ? [] : [(blueprint.shared, scenario.shared?.usage)]) + environments]
        } else {
            groups = environments.map { [$0] }
        }
        var scopes: [ScopeRehearsal] = []
        for group in groups {
            let account = try ApplyTimeline.freshAccount(catalog)
            for (desired, usage) in group {
                let target = RehearsalTarget(scope: desired.name, region: desired.region,
                                             infrastructureScope: shared ? "shared" : desired.name, desired: desired,
                                             graph: try ModuleGraph.cookiecutter(for: desired, scenario: scenario),
                                             usage: usage, lockBucket: bucket, autoRetry: scenario.autoRetry)
                let run = try Rehearsal.run(target, account: account, catalog: catalog, seed: seed, faults: 0,
                                            holder: "edxplan report (rehearsal)")
                scopes.append(section(run, scope: desired.name,
                                      hazards: HazardCatalogue.read(desired, scenario: scenario)))
            }
        }
        return ReportRehearsal(scopes: scopes, sharedAccount: shared)
    }

    static func section(_ run: RehearsalRun, scope: String, hazards: [Hazard]) -> ScopeRehearsal {
        let failures = run.hazardsMet.map { hazard in
            ScopeRehearsal.Failure(id: hazard.id, address: hazard.address, code: hazard.title,
                                   message: hazard.awsError ?? hazard.evidence, fix: hazard.fix)
        }
        return ScopeRehearsal(scope: scope, hazards: hazards, dataLoss: run.dataLoss, failures: failures, orphans: run.orphans,
                              downtimeMinutes: run.downtimeMinutes, totalMinutes: run.totalMinutes, succeeded: run.succeeded)
    }
}
