import Blueprint
import Catalog
import Foundation
import Testing
@testable import Sizing

/// The search's promises: what it recommends holds, nothing cheaper holds, and more load never costs less.
@Suite struct SearchTests {
    @Test(arguments: [(500, 25), (5000, 250), (20000, 1000), (50000, 2500)])
    func everyRecommendationMeetsEveryConstraint(learners: Int, peak: Int) throws {
        let report = try SizingSupport.size(learners: learners, peak: peak)
        for candidate in report.search.top {
            let again = try SizingProblem(environment: report.recommended, catalog: try SizingSupport.catalog(),
                                          assumptions: .defaults).evaluate(candidate.evaluation.configuration)
            #expect(candidate.evaluation.feasible, "\(candidate.evaluation.violations.map(\.text))")
            #expect(again.violations.isEmpty, "\(again.violations.map(\.text))")
        }
        #expect(report.search.top.map(\.monthlyTotal) == report.search.top.map(\.monthlyTotal).sorted())
        // The sized parts are the only part of the bill that differs between candidates.
        let rest = Set(report.search.top.map { $0.monthlyTotal - $0.monthlyCost })
        #expect(rest.count == 1)
    }

    @Test func bruteForceOnASmallCatalogFindsNothingCheaper() throws {
        let catalog = SmallCatalog.make()
        for (learners, peak) in [(1000, 50), (5000, 250), (12000, 600), (16000, 800)] {
            let scenario = try SizingSupport.scenario(learners: learners, peak: peak, maxNodes: 10)
            let environment = try scenario.environment(named: "prod")
            let resources = Blueprint.expand(scenario).environments[0].resources
            let problem = try SizingProblem(environment: environment, resources: resources, catalog: catalog,
                                            assumptions: try SizingAssumptions(load: environment.load))
            let found = try SizingSearch(problem: problem).run()
            var best: Money?
            for node in problem.candidates(service: "ec2") {
                for count in problem.nodeRange {
                    for mysql in problem.candidates(service: "rds") {
                        for docdb in problem.candidates(service: "docdb") {
                            for instances in problem.docdbInstanceRange {
                                for redis in problem.candidates(service: "elasticache") {
                                    let configuration = Configuration(
                                        nodeType: node.type, nodeCount: count, mysqlClass: mysql.type,
                                        mysqlStorageGB: problem.mysqlStorageGB, docdbClass: docdb.type,
                                        docdbInstances: instances, redisNodeType: redis.type)
                                    let evaluation = try problem.evaluate(configuration)
                                    guard evaluation.feasible, let cost = problem.cost(evaluation) else { continue }
                                    if best.map({ cost < $0 }) ?? true { best = cost }
                                }
                            }
                        }
                    }
                }
            }
            #expect(found.extendedMax == false)
            #expect(best == found.top.first?.monthlyCost, "\(learners)/\(peak): brute force \(String(describing: best))")
        }
    }

    @Test func moreLoadNeverGivesACheaperRecommendation() throws {
        let catalog = try SizingSupport.catalog()
        // Within a max_size that does not bind: the cost alone must not fall.
        var previous = Money.zero
        for peak in stride(from: 50, through: 3000, by: 250) {
            let report = try SizingSupport.size(learners: peak * 20, peak: peak, maxNodes: 60, catalog: catalog)
            #expect(report.recommendation.monthlyCost >= previous, "peak \(peak)")
            previous = report.recommendation.monthlyCost
        }
        // With the cookiecutter's max_size 2 the order is (within max_size first, then cost).
        var last = (false, Money.zero)
        for peak in stride(from: 50, through: 3000, by: 250) {
            let report = try SizingSupport.size(learners: peak * 20, peak: peak, maxNodes: 2, catalog: catalog)
            let key = (report.search.extendedMax, report.recommendation.monthlyCost)
            #expect(!(last.0 && !key.0), "peak \(peak) went back within max_size")
            if last.0 == key.0 { #expect(key.1 >= last.1, "peak \(peak)") }
            last = key
        }
    }
}
