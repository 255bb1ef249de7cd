import Catalog
import Cost
import Foundation
import Scenario
import Sizing

/// The next twelve months, priced month by month by the cost engine: what usage drives
/// (every `usage` figure, the load, and the CPU credits the load implies) grows with the
/// environment's `load.monthly_growth_percent`; fixed costs stay as they are; and the
/// capacity steps up in the month the capacity planner says the configuration in use no
/// longer holds the load (to the planner's recommendation at that month's load).
public enum ProjectionBuilder {
    /// Month 1 is `cost` (today's bill); each later month adds what the engine says changed
    /// since month 1, so the projection starts from the figure every other table shows.
    public static func project(_ scenario: Scenario, catalog: Catalog, cost: CostDocument, months: Int = 12) -> Projection {
        var first: [String: Money] = [:]
        var current = scenario
        var fitted = scenario.environments.map { fits($0, catalog: catalog) }
        let growth = Dictionary(scenario.environments.map { ($0.name, $0.load.monthlyGrowthPercent ?? 0) }, uniquingKeysWith: { a, _ in a })
        var series = cost.environments.map {
            Projection.Series(environment: $0.name, growthPercent: growth[$0.name] ?? 0, months: [])
        }
        var steps: [Projection.Step] = []
        for month in 1...months {
            var priced = grown(scenario, month: month)
            for index in priced.environments.indices {
                // Keep any capacity step already taken, at this month's usage and load.
                priced.environments[index] = withCapacity(of: current.environments[index], grown: priced.environments[index])
                // The shared stack's capacity is sized for every environment at once, not stepped per environment.
                guard month > 1, fitted[index], scenario.layout == .perEnvironment else { continue }
                let environment = priced.environments[index]
                if !fits(environment, catalog: catalog),
                   let report = try? Sizer.size(priced, environment: environment.name, catalog: catalog) {
                    steps.append(Projection.Step(environment: environment.name, month: month,
                                                 from: report.current.configuration.summary,
                                                 to: report.recommendation.evaluation.configuration.summary))
                    priced.environments[index] = report.recommended
                    fitted[index] = true
                } else {
                    fitted[index] = fits(environment, catalog: catalog)
                }
            }
            current = priced
            let document = try? CostEngine.price(priced, catalog: catalog, estimator: LoadUsage())
            for index in series.indices {
                let name = series[index].environment
                let today = cost.environments.first { $0.name == name }?.monthlyTotal ?? .zero
                let engine = document?.environments.first { $0.name == name }?.monthlyTotal
                if month == 1 { first[name] = engine }
                let change = engine.flatMap { value in first[name].map { value - $0 } } ?? .zero
                series[index].months.append(today + change)
            }
        }
        let totals = (0..<months).map { month in series.reduce(Money.zero) { $0 + $1.months[month] } }
        return Projection(series: series, monthTotals: totals, steps: steps)
    }

    /// The scenario in `month` (1 is as written): usage and load grown by the monthly rate, compounded.
    public static func grown(_ scenario: Scenario, month: Int) -> Scenario {
        var result = scenario
        for index in result.environments.indices {
            let rate = 1 + (result.environments[index].load.monthlyGrowthPercent ?? 0) / 100
            var factor = Decimal(1)
            for _ in 1..<max(month, 1) { factor *= rate }
            guard factor != 1 else { continue }
            result.environments[index].usage = UsageGrowth.scaled(result.environments[index].usage, by: factor)
            var load = result.environments[index].load
            load.registeredLearners = load.registeredLearners.map { UsageGrowth.whole(Decimal($0) * factor) }
            load.peakConcurrentUsers = load.peakConcurrentUsers.map { UsageGrowth.whole(Decimal($0) * factor) }
            result.environments[index].load = load
        }
        return result
    }

    /// `grown` with the sized settings (node group, MySQL, DocumentDB, Redis) of `sized`.
    static func withCapacity(of sized: Environment, grown: Environment) -> Environment {
        var result = grown
        result.kubernetes.nodeGroups = sized.kubernetes.nodeGroups
        result.mysql.instanceClass = sized.mysql.instanceClass
        result.mysql.allocatedStorageGB = sized.mysql.allocatedStorageGB
        result.mongodb.instanceClass = sized.mongodb.instanceClass
        result.mongodb.instances = sized.mongodb.instances
        result.redis.nodeType = sized.redis.nodeType
        return result
    }

    /// True when the capacity planner says the environment's configuration holds its load;
    /// an environment it cannot size (no cluster, no load) counts as holding it.
    static func fits(_ environment: Environment, catalog: Catalog) -> Bool {
        guard environment.has(.kubernetes), environment.load.peakConcurrentUsers != nil,
              let assumptions = try? SizingAssumptions(load: environment.load),
              let problem = try? SizingProblem(environment: environment, catalog: catalog, assumptions: assumptions),
              let evaluation = try? problem.evaluate(problem.current) else { return true }
        return evaluation.feasible
    }
}

/// Usage figures grown by a factor, to the hundredth (what usage keys hold).
enum UsageGrowth {
    static func scaled(_ usage: Usage, by factor: Decimal) -> Usage {
        func s(_ value: Decimal?) -> Decimal? { value.map { round($0 * factor) } }
        var u = usage
        u.s3StorageGB = s(u.s3StorageGB); u.s3PutRequests = s(u.s3PutRequests); u.s3GetRequests = s(u.s3GetRequests)
        u.cloudfrontGBOut = u.cloudfrontGBOut?.mapValues { round($0 * factor) }
        u.cloudfrontRequestsMillions = u.cloudfrontRequestsMillions?.mapValues { round($0 * factor) }
        u.natGBProcessed = s(u.natGBProcessed); u.loadBalancerGBProcessed = s(u.loadBalancerGBProcessed)
        u.internetOutGB = s(u.internetOutGB); u.interAZGB = s(u.interAZGB)
        u.logsIngestedGB = s(u.logsIngestedGB); u.logsStoredGB = s(u.logsStoredGB); u.rdsBackupGB = s(u.rdsBackupGB)
        u.docdbStorageGB = s(u.docdbStorageGB); u.docdbIOMillions = s(u.docdbIOMillions); u.docdbBackupGB = s(u.docdbBackupGB)
        u.redisSnapshotGB = s(u.redisSnapshotGB); u.route53QueriesMillions = s(u.route53QueriesMillions)
        u.ecrStorageGB = s(u.ecrStorageGB)
        u.cpuCreditVCPUHours = s(u.cpuCreditVCPUHours); u.rdsCPUCreditVCPUHours = s(u.rdsCPUCreditVCPUHours)
        return u
    }

    static func round(_ value: Decimal) -> Decimal {
        var source = value, result = Decimal()
        NSDecimalRound(&result, &source, 2, .plain)
        return result
    }

    static func whole(_ value: Decimal) -> Int {
        var source = value, result = Decimal()
        NSDecimalRound(&result, &source, 0, .plain)
        return NSDecimalNumber(decimal: result).intValue
    }
}
