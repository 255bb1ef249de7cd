import Catalog
import Cost
import Foundation
import Scenario

/// The usage an environment's load implies and its scenario leaves out: CPU credits above
/// the baseline for T3/T3a/T4g nodes and db.t3/db.t4g MySQL, from the capacity model at the
/// configuration the scenario declares. A figure the scenario states (`usage:`) wins. With
/// this, `cost`, `diff`, `report` and `size` bill the same credits for the same settings.
/// The shared stack's cluster and database carry every environment's load together.
public struct LoadUsage: UsageEstimator {
    public let overrides: [String: Double]

    public init(overrides: [String: Double] = [:]) { self.overrides = overrides }

    public func usage(of environment: Environment, catalog: Catalog) -> Usage {
        let usage = environment.usage
        guard usage.cpuCreditVCPUHours == nil || usage.rdsCPUCreditVCPUHours == nil,
              let assumptions = try? SizingAssumptions(load: environment.load, overrides: overrides),
              let problem = try? SizingProblem(environment: environment, catalog: catalog, assumptions: assumptions,
                                               everyNodeSize: false)
        else { return usage }
        return filled(usage, problem: problem, catalog: catalog)
    }

    public func sharedStackUsage(_ scenario: Scenario, catalog: Catalog) -> Usage? {
        guard let usage = scenario.shared?.usage else { return nil }
        guard usage.cpuCreditVCPUHours == nil || usage.rdsCPUCreditVCPUHours == nil,
              let problem = (try? SharedStackLoad.problem(scenario, catalog: catalog, overrides: overrides)) ?? nil
        else { return usage }
        return filled(usage, problem: problem, catalog: catalog)
    }

    /// `usage` with the credits the problem's current configuration buys where it states none.
    private func filled(_ usage: Usage, problem: SizingProblem, catalog: Catalog) -> Usage {
        guard let evaluation = try? problem.evaluate(problem.current) else { return usage }
        var usage = usage
        let assumptions = problem.assumptions
        let node = catalog.instanceTypes["ec2"]?[evaluation.configuration.nodeType]
        if usage.cpuCreditVCPUHours == nil, node.map({ NodeCapacity($0, assumptions: assumptions).creditFamily != nil }) == true {
            usage.cpuCreditVCPUHours = SizingPricer.decimal(evaluation.nodeCreditVCPUHours)
        }
        if usage.rdsCPUCreditVCPUHours == nil, let type = evaluation.configuration.mysqlClass,
           type.hasPrefix("db.t3.") || type.hasPrefix("db.t4g.") {
            usage.rdsCPUCreditVCPUHours = SizingPricer.decimal(evaluation.mysqlCreditVCPUHours)
        }
        return usage
    }
}
