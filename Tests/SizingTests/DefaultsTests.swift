import Catalog
import Foundation
import Testing
@testable import Sizing

/// The two questions on the cookiecutter defaults.
@Suite struct DefaultsTests {
    @Test func fiveThousandLearnersSaysWhetherItFitsAndWhatBinds() throws {
        let report = try SizingSupport.size(learners: 5000, peak: 250)
        // Tutor's 2 GiB LMS/CMS requests x 6 pods do not fit one t3.large, which also cannot survive its own loss.
        #expect(!report.fits)
        #expect(report.current.binding?.name.hasPrefix("nodes.") == true)
        #expect(report.current.violations.contains { $0.name == "nodes.memory" })
        #expect(report.current.checks.contains { $0.name == "mysql.connections" && $0.passed })
        #expect(report.recommendation.evaluation.feasible)
    }

    @Test func fiftyThousandLearnersNeedsMoreAndSaysWhy() throws {
        let report = try SizingSupport.size(learners: 50000, peak: 2500)
        #expect(!report.fits)
        #expect(!report.current.violations.isEmpty)
        #expect(report.recommendation.monthlyCost > (report.currentCost ?? .zero))
    }
}
