import Catalog
import Cost
import Foundation
import Report
import Testing

/// A component the catalog cannot price in its region appears in every format, with its
/// resource and reason, and every format says the totals leave it out.
@Suite struct UnpricedRendererTests {
    static var document: CostDocument {
        var document = SampleDocument.document
        document.unpriced = [
            UnpricedComponent(environment: "prod", address: "aws_docdb_cluster_instance.default[0]",
                              component: "Database instance (on-demand, db.t3.medium)",
                              priceKey: PriceKey(service: "docdb", region: "us-west-1", productFamily: "compute",
                                                 instanceType: "db.t3.medium", engine: "docdb"),
                              reason: "AWS does not offer Amazon DocumentDB in us-west-1 (InvalidParameterValue: Invalid DB engine)"),
            UnpricedComponent(environment: "staging", address: "aws_elb.ingress_nginx", component: "Data processed",
                              priceKey: PriceKey(service: "elb", region: "eu-west-1", productFamily: "data_processed",
                                                 usageType: "classic"),
                              reason: "the catalog has no published price for elb/data_processed eu-west-1 classic on-demand"),
        ]
        return document
    }

    @Test func tableAndSummaryListEachComponentAndSayTheTotalLeavesThemOut() {
        for text in [CostTable.render(Self.document), CostTable.summary(Self.document)] {
            #expect(text.contains("Not priced: 2 components have no price in the catalog for their region; the totals above leave them out."))
            #expect(text.contains("- prod: aws_docdb_cluster_instance.default[0]: Database instance (on-demand, db.t3.medium): AWS does not offer"))
            #expect(text.contains("- staging: aws_elb.ingress_nginx: Data processed: the catalog has no published price"))
        }
        // A fully priced document says nothing about it.
        #expect(!CostTable.render(SampleDocument.document).contains("Not priced"))
    }

    @Test func markdownHasANotPricedSection() {
        let text = CostMarkdown.render(Self.document)
        #expect(text.contains("## Not priced\n\n2 components have no price in the catalog for their region; the totals above leave them out"))
        #expect(text.contains("| prod | `aws_docdb_cluster_instance.default[0]` | Database instance (on-demand, db.t3.medium) | AWS does not offer"))
        #expect(!CostMarkdown.render(SampleDocument.document).contains("Not priced"))
    }

    @Test func csvHasARowPerUnpricedComponentWithNoCost() {
        let lines = CostCSV.render(Self.document).components(separatedBy: "\r\n")
        let row = lines.first { $0.hasPrefix("staging,elb,,aws_elb.ingress_nginx,Data processed,") }
        #expect(row == "staging,elb,,aws_elb.ingress_nginx,Data processed,,,,,,elb/data_processed eu-west-1 classic on-demand,"
                + "unpriced (left out of the totals): the catalog has no published price for elb/data_processed eu-west-1 classic on-demand")
    }

    @Test func jsonHasTheUnpricedList() throws {
        let data = Data(CostJSON.render(Self.document).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let unpriced = try #require(object["unpriced"] as? [[String: Any]])
        #expect(unpriced.count == 2)
        #expect(unpriced.first?["address"] as? String == "aws_docdb_cluster_instance.default[0]")
        #expect(unpriced.first?["price_key"] as? String == "docdb/compute us-west-1 db.t3.medium docdb on-demand")
        #expect((unpriced.first?["reason"] as? String)?.hasPrefix("AWS does not offer Amazon DocumentDB") == true)
        // The totals are those of the priced components only.
        #expect(CostJSON.render(Self.document).contains("\"monthly_total\": \(SampleDocument.document.monthlyTotal.plain),"))
    }
}
