import Blueprint
import Foundation
import Rehearsal
import Scenario
import Testing

/// H13 read from the configuration: CloudFront's certificate lookup meets a second certificate
/// for its domain in us-east-1 (the vpc module's, when aws_region is us-east-1), unless the
/// lookup takes the most recent, or the environment runs in another region.
@Suite struct CertificateLookupHazardTests {
    static func hazards(replacing old: String, with new: String) throws -> [Hazard] {
        let text = try String(contentsOf: RehearsalRig.repository.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        try #require(text.contains(old))
        let scenario = try ScenarioLoader.load(text: text.replacingOccurrences(of: old, with: new), file: "default.yaml")
        let prod = try #require(Blueprint.expand(scenario).environments.first { $0.name == "prod" })
        return HazardCatalogue.read(prod, scenario: scenario).filter { $0.id == "H13" }
    }

    @Test func theDefaultRegionHasTwoCertificatesForTheDomain() throws {
        let found = try Self.hazards(replacing: "price_class: PriceClass_All", with: "price_class: PriceClass_All")
        #expect(found.map(\.address) == ["cloudfront: data.aws_acm_certificate.environment_domain"])
        #expect(found.first?.evidence.hasPrefix("vpc: module.acm_environment_environment_region.aws_acm_certificate.this[0] also issues courses.yourschool.edu") == true)
    }

    @Test func mostRecentOrAnotherRegionHasNone() throws {
        #expect(try Self.hazards(replacing: "price_class: PriceClass_All", with: "price_class: PriceClass_All, certificate_most_recent: true").isEmpty)
        #expect(try Self.hazards(replacing: "aws_region: us-east-1", with: "aws_region: us-east-2").isEmpty)
    }
}
