import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Rehearsal
import Scenario
import Simulator
import Testing

/// Property: whatever faults a run meets, applying again converges to the desired state, and
/// destroying again ends with nothing Terraform manages. (A scenario whose destroy can finish:
/// no DocumentDB (H12) and a bucket Terraform may empty (H5).)
@Suite struct ConvergenceTests {
    static let yaml = """
        environments:
          prod:
            modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, mysql, redis, s3_openedx_storage, cloudfront]
            s3_openedx_storage: { force_destroy: true }
        """

    func run(_ simulator: Simulator, _ target: RehearsalTarget, _ mode: PlanMode) throws -> (RunResult, Bool) {
        let prior = try simulator.account.priorState(scope: target.scope, modules: ModuleName.allCases.map(\.rawValue))
        let plan = try Planner.plan(scope: target.scope, desired: target.desired.resources, prior: prior, graph: target.graph, mode: mode)
        let result = try simulator.run(plan, region: target.region, infrastructureScope: target.scope, lockBucket: target.lockBucket)
        return (result, plan.hasChanges)
    }

    @Test(arguments: Array(UInt64(1)...UInt64(24)))
    func applyAndDestroyConvergeAfterFaults(seed: UInt64) throws {
        let scenario = try ScenarioLoader.load(text: Self.yaml, file: "inline.yaml")
        let target = try RehearsalRig.target(scenario, environment: "prod")
        let account = try RehearsalRig.account()
        var faulty = Simulator(account: account, catalog: try RehearsalRig.catalog.get(), seed: seed, holder: "test")
        faulty.faultProbability = 0.15
        // About faults, not the defaults' refusals: past those, as a rehearsal goes.
        faulty.continuePastRefusals = true
        var clean = faulty
        clean.faultProbability = 0

        _ = try run(faulty, target, .apply)
        var converged = false
        for _ in 0..<4 where !converged { converged = try !run(clean, target, .apply).1 }
        #expect(converged, "apply did not converge for seed \(seed)")

        _ = try run(faulty, target, .destroy)
        for _ in 0..<4 { _ = try run(clean, target, .destroy) }
        #expect(try account.resources(managedBy: .terraform).isEmpty, "seed \(seed) left Terraform-managed resources")
        #expect(try account.summary().stateEntries == 0)
    }
}
