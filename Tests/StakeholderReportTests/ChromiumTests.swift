import Foundation
@testable import StakeholderReport
import Testing

/// index.html in a real browser (headless Chromium): nothing overflows at 1280 and 390 px and the
/// charts' text stays legible; with the print rules nothing is wider than A4's or Letter's
/// printable width; printed to PDF on both, the default pack is at most six pages with the
/// summary alone on page 1 and no empty page. Skipped, with a message, only when chromium or
/// poppler-utils is missing (.ci/run installs both).
@Suite(.enabled(if: Browser.chromium != nil && Browser.poppler, Comment(rawValue: Browser.missing)))
struct ChromiumTests {
    /// The pack written to a fresh folder; the caller removes it.
    static func page(_ scenario: String, compare: String? = nil) throws -> (folder: URL, page: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-report-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("index.html")
        try Data(ReportHTML.render(try Fixtures.report(scenario, compare: compare)).utf8).write(to: page)
        return (folder, page)
    }

    @Test(arguments: [("default.yaml", 1280), ("default.yaml", 390), ("multi-environment.yaml", 1280), ("multi-environment.yaml", 390),
                      ("growth.yaml", 390)])
    func nothingOverflowsOnScreen(scenario: String, width: Int) throws {
        let (folder, page) = try Self.page(scenario, compare: scenario == "growth.yaml" ? "default.yaml" : nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = try Browser.overflow(of: page, width: width, in: folder)
        #expect(problems.isEmpty, "\(scenario) at \(width) px: \(problems.prefix(10))")
    }

    @Test(arguments: ["A4", "Letter"])
    func theDefaultPackPrintsOnAtMostSixPagesWithTheSummaryAlone(paper: String) throws {
        let (folder, page) = try Self.page("default.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = try Browser.printed(page, paper: paper, in: folder)
        let pages = try Browser.pages(pdf)
        #expect(pages >= 2 && pages <= 6, "\(paper): \(pages) pages")
        let first = try Browser.text(pdf, page: 1), second = try Browser.text(pdf, page: 2)
        #expect(first.contains("Summary") && first.contains("Risks") && first.contains("Details follow"), "\(paper): the summary does not fit on page 1")
        #expect(!first.contains("Charts") && second.contains("Charts"), "\(paper): page 2 does not start with the charts")
        for number in 1...max(pages, 1) {
            let words = try Browser.text(pdf, page: number).split(whereSeparator: \.isWhitespace).count
            #expect(words > 20, "\(paper): page \(number) is empty")
        }
        // 11 mm margins left and right (the stylesheet's @page).
        let past = try Browser.wordsPastTheMargin(pdf, margin: 11 / 25.4 * 72)
        #expect(past.isEmpty, "\(paper): \(past.prefix(10))")
    }

    /// On paper (the print rules, at A4's and Letter's printable widths less the 11 mm margins):
    /// no table or chart is wider than the sheet, so none is cut off in the PDF.
    @Test(arguments: [("default.yaml", 710), ("default.yaml", 732), ("multi-environment.yaml", 710), ("multi-environment.yaml", 732)])
    func nothingOverflowsOnPaper(scenario: String, width: Int) throws {
        let (folder, page) = try Self.page(scenario, compare: scenario == "default.yaml" ? nil : "default.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = try Browser.overflow(of: page, width: width, paper: true, in: folder)
        #expect(problems.isEmpty, "\(scenario) on paper \(width) px wide: \(problems.prefix(10))")
    }
}
