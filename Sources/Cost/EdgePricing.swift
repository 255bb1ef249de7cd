import Blueprint
import Catalog
import Foundation
import Scenario

/// S3, CloudFront, Route53 and data transfer: the usage-driven parts of the bill.
extension Pricer {
    mutating func bucket(_ resource: Resource, isMain: Bool) throws -> [PricedComponent] {
        // The usage assumptions describe the storage bucket the platform serves from; the other
        // buckets (backup, secrets, Terraform state) show their price per unit.
        let storage = isMain ? usage.s3StorageGB : nil
        var components = try tiered("Storage (S3 Standard)", key("s3", "storage", usageType: "standard"), quantity: storage,
                                    tierLabel: Self.gigabyteTier)
        components.append(try self.usage("PUT, COPY, POST, LIST requests", key("s3", "requests", usageType: "tier1"),
                                         quantity: isMain ? usage.s3PutRequests.map { $0 / 1000 } : nil))
        components.append(try self.usage("GET, SELECT and other requests", key("s3", "requests", usageType: "tier2"),
                                         quantity: isMain ? usage.s3GetRequests.map { $0 / 1000 } : nil))
        return components
    }

    mutating func cloudfront() throws -> [PricedComponent] {
        var components: [PricedComponent] = []
        let transferAllowance = catalog.allowance(service: "cloudfront", productFamily: "data_transfer")
        let requestAllowance = catalog.allowance(service: "cloudfront", productFamily: "requests")
        let groups = Usage.cloudfrontGroups.filter { usage.cloudfrontGBOut?[$0] != nil || usage.cloudfrontRequestsMillions?[$0] != nil }
        for group in groups.isEmpty ? ["us"] : groups {
            let label = Self.groupLabel(group)
            components += try tiered("Data transfer out to internet, \(label)",
                                     key("cloudfront", "data_transfer", usageType: group, global: true),
                                     quantity: usage.cloudfrontGBOut?[group], tierLabel: Self.gigabyteTier,
                                     allowance: transferAllowance, pool: "cloudfront-gb")
            // Requests are priced per 10,000; the free 10M HTTP/HTTPS requests come first.
            let requests = usage.cloudfrontRequestsMillions?[group].map { $0 * 1_000_000 }
            var billable = requests
            if let wanted = requests, let allowance = requestAllowance {
                let free = pools.take("cloudfront-requests", upTo: wanted, limit: Decimal(allowance.quantity))
                if free > 0 {
                    var line = try self.usage("HTTPS requests, \(label) (always-free allowance)",
                                              key("cloudfront", "requests", usageType: "https-\(group)", global: true),
                                              quantity: free / 10_000, note: allowance.description)
                    line.unitPrice = .zero
                    line.monthlyCost = .zero
                    line.source = allowance.source
                    components.append(line)
                }
                billable = wanted - free
            }
            if billable == 0, requests != nil { continue }
            components.append(try self.usage("HTTPS requests, \(label)",
                                             key("cloudfront", "requests", usageType: "https-\(group)", global: true),
                                             quantity: billable.map { $0 / 10_000 }))
        }
        return components
    }

    mutating func zone(_ resource: Resource, context: PricingContext) throws -> [PricedComponent] {
        let zoneKey = key("route53", "hosted_zone", global: true)
        let index = pools.nextZoneIndex()
        let tier = catalog.tiers(zoneKey).last { Decimal($0.tierStart) <= index }
        var components = [try component("Hosted zone", zoneKey, quantity: 1, usageBased: false, tier: tier)]
        // Queries are answered by the environment's own zone; alias queries to AWS resources are free.
        if resource.address == "aws_route53_zone.environment_domain" {
            components += try tiered("Standard queries", key("route53", "queries", usageType: "standard", global: true),
                                     quantity: usage.route53QueriesMillions, tierLabel: Self.millionTier)
        }
        return components
    }

    /// Data out of the VPC to the internet (tiered, with the account's 100 GB free) and between AZs.
    mutating func dataTransfer() throws -> [PricedComponent] {
        var components = try tiered("Data transfer out to internet", key("data_transfer", "data_transfer", usageType: "internet-out"),
                                    quantity: usage.internetOutGB, tierLabel: Self.gigabyteTier,
                                    allowance: catalog.allowance(service: "data_transfer", productFamily: "data_transfer",
                                                                 usageType: "internet-out"),
                                    pool: "internet-out-gb")
        components.append(try self.usage("Data transfer between availability zones (billed out and in)",
                                         key("data_transfer", "data_transfer", usageType: "inter-az"),
                                         quantity: usage.interAZGB.map { $0 * 2 }))
        return components
    }

    static func gigabyteTier(_ tier: PriceRow, _ next: PriceRow?) -> String {
        func size(_ gb: Double) -> String { gb >= 1024 ? "\(Int(gb / 1024)) TB" : "\(Int(gb)) GB" }
        guard let next else { return tier.tierStart == 0 ? "all" : "over \(size(tier.tierStart))" }
        return tier.tierStart == 0 ? "first \(size(next.tierStart))" : "next \(size(next.tierStart - tier.tierStart))"
    }

    static func millionTier(_ tier: PriceRow, _ next: PriceRow?) -> String {
        func count(_ millions: Double) -> String { millions >= 1000 ? "\(Int(millions / 1000))B" : "\(Int(millions))M" }
        guard let next else { return tier.tierStart == 0 ? "all" : "over \(count(tier.tierStart))" }
        return tier.tierStart == 0 ? "first \(count(next.tierStart))" : "next \(count(next.tierStart - tier.tierStart))"
    }

    static func groupLabel(_ group: String) -> String {
        switch group {
        case "us": return "United States, Mexico, Canada"
        case "europe": return "Europe, Israel"
        case "south-africa": return "South Africa, Kenya, Middle East"
        case "south-america": return "South America"
        case "japan": return "Japan"
        case "australia": return "Australia, New Zealand"
        case "asia-pacific": return "Asia Pacific"
        case "india": return "India"
        default: return group
        }
    }
}
