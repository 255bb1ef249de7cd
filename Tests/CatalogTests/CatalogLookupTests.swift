import Catalog
import Foundation
import Testing

struct CatalogLookupTests {
    @Test func aTypoInAnInstanceTypeSuggestsTheRealName() throws {
        let catalog = try TestCatalog.built()
        let error = #expect(throws: CatalogError.self) { try catalog.instanceType(service: "ec2", type: "t3.larg") }
        guard case .unknownInstanceType(let service, let type, let suggestions) = error else {
            Issue.record("expected unknownInstanceType, got \(String(describing: error))")
            return
        }
        #expect(service == "ec2")
        #expect(type == "t3.larg")
        #expect(suggestions.contains("t3.large"))
        #expect(error?.hint?.contains("'t3.large'") == true)
    }

    @Test func eksMaxPodsComesFromTheENILimits() throws {
        let catalog = try TestCatalog.built()
        // aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt: t3.large 35, m5.large 29.
        #expect(try catalog.instanceType(service: "ec2", type: "t3.large").eksMaxPods == 35)
        #expect(try catalog.instanceType(service: "ec2", type: "m5.large").eksMaxPods == 29)
    }

    @Test func aMissingPriceNamesItsKey() throws {
        let catalog = try TestCatalog.built()
        let key = PriceKey(service: "ec2", region: "us-east-1", productFamily: "compute", instanceType: "t3.nosuch",
                           operatingSystem: "linux")
        #expect(throws: CatalogError.missingPrice(key.description)) { try catalog.price(key) }
        #expect(catalog.tiers(key).isEmpty)
    }
}
