import Cost
import Report
import Testing

/// Every renderer's output for the hand-built document, byte for byte.
@Suite struct RendererGoldenTests {
    let document = SampleDocument.document

    @Test func table() throws { try golden.check(CostTable.render(document), "sample.table.txt") }
    @Test func summary() throws { try golden.check(CostTable.summary(document), "sample.summary.txt") }
    @Test func markdown() throws { try golden.check(CostMarkdown.render(document), "sample.md") }
    @Test func csv() throws { try golden.check(CostCSV.render(document), "sample.csv") }
    @Test func json() throws { try golden.check(CostJSON.render(document), "sample.json") }
}
