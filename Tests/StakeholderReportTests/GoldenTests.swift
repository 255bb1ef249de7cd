import Foundation
@testable import StakeholderReport
import Testing

/// Every renderer, byte for byte: the hand-built document (with and without a baseline) and
/// the shipped default and multi-environment scenarios with the real catalog.
@Suite struct GoldenTests {
    static func check(_ document: ReportDocument, _ prefix: String) throws {
        for file in ReportPack.files(document) { try golden.check(file.text, "\(prefix).\(file.name)") }
    }

    @Test func sampleDocument() throws {
        try Self.check(try SampleReport.document(), "sample")
        try golden.check(ReportPack.summary(try SampleReport.document()), "sample.summary.txt")
    }

    @Test func sampleComparison() throws {
        let document = try SampleReport.document(compare: true)
        try golden.check(ReportHTML.render(document), "sample-compare.index.html")
        try golden.check(ReportMarkdown.render(document), "sample-compare.report.md")
        try golden.check(ReportJSON.render(document), "sample-compare.cost.json")
        try golden.check(PullRequestComment.render(document), "sample-compare.pr-comment.md")
    }

    @Test func defaultScenario() throws {
        try Self.check(try Fixtures.report("default.yaml"), "default")
    }

    @Test func multiEnvironmentScenario() throws {
        try Self.check(try Fixtures.report("multi-environment.yaml"), "multi-environment")
    }

    @Test func growthAgainstDefault() throws {
        let document = try Fixtures.report("growth.yaml", compare: "default.yaml")
        try golden.check(PullRequestComment.render(document), "growth-vs-default.pr-comment.md")
        try golden.check(ReportHTML.render(document), "growth-vs-default.index.html")
    }

    @Test func sameInputsGiveTheSameBytes() throws {
        let first = ReportPack.files(try Fixtures.report("multi-environment.yaml"))
        let second = ReportPack.files(try Fixtures.report("multi-environment.yaml"))
        #expect(first.map(\.text) == second.map(\.text))
    }
}
