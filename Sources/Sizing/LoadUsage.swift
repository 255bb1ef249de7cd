import Catalog
import Cost
import Foundation
import Scenario

/// The usage an environment's load implies and its scenario leaves out: CPU credits above
/// the baseline for T3/T3a/T4g nodes and db.t3/db.t4g MySQL, from the capacity model at the
/// configuration the scenario declares. A figure the scenario states (`usage:`) wins. With
/// this, `cost`, `diff`, `report` and `size` bill the same credits for the same settings.
public struct LoadUsage: UsageEstimator {
    public let overrides: [String: Double]

    public init(overrides: [String: Double] = [:]) { self.overrides = overrides }

    public func usage(of environment: Environment, catalog: Catalog) -> Usage {
        var usage = environment.usage
        guard usage.cpuCreditVCPUHours == nil || usage.rdsCPUCreditVCPUHours == nil,
              let assumptions = try? SizingAssumptions(load: environment.load, overrides: overrides),
              let problem = try? SizingProblem(environment: environment, catalog: catalog, assumptions: assumptions),
              let evaluation = try? problem.evaluate(problem.current) else { return usage }
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
