import Blueprint
import Catalog
import Cost
import Foundation
import Testing

/// What an object left outside state costs a month until deleted, with no traffic and no
/// free allowance, from the same catalog rows as a running environment.
@Suite struct LeftoverPricingTests {
    static func monthly(_ type: String, _ attributes: [String: AttributeValue]) throws -> Money? {
        try CostEngine.leftoverMonthly(type: type, address: "left", attributes: attributes, region: "us-east-1", catalog: try TestCatalog.load())
    }

    @Test func aClassicLoadBalancerBillsItsHoursAndOneAddressPerZone() throws {
        let catalog = try TestCatalog.load()
        let hour = try TestCatalog.price(catalog, PriceKey(service: "elb", region: "us-east-1", productFamily: "load_balancer", usageType: "classic"))
        let address = try TestCatalog.price(catalog, PriceKey(service: "vpc", region: "us-east-1", productFamily: "public_ipv4", usageType: "in-use"))
        // 730 h x ($0.025 + 3 x $0.005) = $29.20; no data processed (nothing uses it any more).
        #expect(try Self.monthly("aws_elb", ["availability_zones": .int(3)]) == Money(730 * (hour + 3 * address)))
        #expect(try Self.monthly("aws_elb", ["availability_zones": .int(3)])?.formatted == "$29.20")
    }

    @Test func aVolumeBillsItsSizeAndAFreeObjectNothing() throws {
        let catalog = try TestCatalog.load()
        let gp2 = try TestCatalog.price(catalog, PriceKey(service: "ebs", region: "us-east-1", productFamily: "storage", usageType: "gp2"))
        #expect(try Self.monthly("aws_ebs_volume", ["size": .int(5), "type": .string("gp2")]) == Money(5 * gp2))
        #expect(try Self.monthly("aws_security_group", ["name": .string("k8s-elb-x")]) == nil)
    }
}
