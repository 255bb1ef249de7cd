import Catalog
@testable import Cost
import Foundation

/// A small cost document built by hand, so the report goldens do not depend on the catalog.
///
/// prod (us-east-1): own 66.09 + share 0.51 = 66.60; staging (eu-west-1): own 33.42 + share 0.50 = 33.92;
/// shared 1.01; overall 100.52. It holds a usage-based component without a quantity, a tiered one,
/// a note, a non-Terraform resource, a quantity of 1/3, and names with commas, quotes and a `|`.
enum SampleDocument {
    static func decimal(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }

    static func component(_ name: String, unit: String, quantity: Decimal?, price: String, cost: String, usage: Bool = false,
                          key: PriceKey, tierStart: Double = 0, source: String, note: String? = nil) -> PricedComponent {
        PricedComponent(name: name, unit: unit, quantity: quantity, unitPrice: Money(decimal(price)), monthlyCost: Money(decimal(cost)),
                        usageBased: usage, priceKey: key, tierStart: tierStart, source: source, note: note)
    }

    static let ec2Source = "https://aws.amazon.com/ec2/pricing/on-demand/"

    static var prod: EnvironmentCost {
        let region = "us-east-1"
        let transfer = PricedResource(address: "aws_data_transfer.prod", type: "aws_data_transfer", module: "vpc", managedBy: "terraform",
            components: [
                component("Data transfer out to internet (always-free allowance)", unit: "GB", quantity: 100, price: "0", cost: "0",
                          usage: true, key: PriceKey(service: "data_transfer", region: region, productFamily: "data_transfer",
                                                     usageType: "internet-out"),
                          source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer",
                          note: "100 GB free per month, account-wide"),
                component("Data transfer out to internet (first 10 TB)", unit: "GB", quantity: 50, price: "0.09", cost: "4.50",
                          usage: true, key: PriceKey(service: "data_transfer", region: region, productFamily: "data_transfer",
                                                     usageType: "internet-out"),
                          tierStart: 100, source: "https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer"),
            ])
        let volume = PricedResource(address: "kubernetes_persistent_volume_claim.caddy", type: "kubernetes_persistent_volume_claim",
            module: "tutor", managedBy: "tutor",
            components: [component("Storage (general purpose SSD, gp2)", unit: "GB-month", quantity: decimal("0.5"), price: "0.10",
                                   cost: "0.05", key: PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: "gp2"),
                                   source: "https://aws.amazon.com/ebs/pricing/")])
        let nodes = PricedResource(address: "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]",
            type: "aws_eks_node_group", module: "kubernetes", managedBy: "terraform",
            components: [
                component("Instance usage (Linux/UNIX, on-demand, t3.large)", unit: "hour", quantity: 730, price: "0.0832",
                          cost: "60.74", key: PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: "t3.large",
                                                       operatingSystem: "linux"), source: ec2Source),
                component("CPU credits (unlimited mode)", unit: "vCPU-hour", quantity: nil, price: "0.05", cost: "0", usage: true,
                          key: PriceKey(service: "ec2", region: region, productFamily: "cpu_credits", usageType: "t3-unlimited"),
                          source: "https://aws.amazon.com/ec2/pricing/on-demand/#T2.2FT3.2FT4g_Unlimited_Mode_Pricing"),
            ])
        let bucket = PricedResource(address: "module.data_backup_s3_bucket.aws_s3_bucket.this[0]", type: "aws_s3_bucket",
            module: "s3_openedx_storage", managedBy: "terraform",
            components: [component("GET, SELECT | other \"requests\"", unit: "1K requests", quantity: 2000, price: "0.0004",
                                   cost: "0.80", usage: true,
                                   key: PriceKey(service: "s3", region: region, productFamily: "requests", usageType: "get"),
                                   source: "https://aws.amazon.com/s3/pricing/")])
        return EnvironmentCost(name: "prod", region: region, services: [
            ServiceCost(service: "Data Transfer", resources: [transfer]),
            ServiceCost(service: "EBS", resources: [volume]),
            ServiceCost(service: "EC2", resources: [nodes]),
            ServiceCost(service: "S3", resources: [bucket]),
        ], sharedAllocation: Money(decimal("0.51")), freeResources: 3)
    }

    static var staging: EnvironmentCost {
        let region = "eu-west-1"
        let nodes = PricedResource(address: "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]",
            type: "aws_eks_node_group", module: "kubernetes", managedBy: "terraform",
            components: [component("Instance usage (Linux/UNIX, on-demand, t3.medium)", unit: "hour", quantity: 730, price: "0.0456",
                                   cost: "33.29", key: PriceKey(service: "ec2", region: region, productFamily: "compute",
                                                                instanceType: "t3.medium", operatingSystem: "linux"),
                                   source: ec2Source)])
        let zone = PricedResource(address: "aws_route53_zone.environment_domain", type: "aws_route53_zone", module: "prerequisites",
            managedBy: "manual",
            components: [component("Standard queries (first 1B)", unit: "1M queries", quantity: Decimal(1) / Decimal(3), price: "0.40",
                                   cost: "0.13", usage: true,
                                   key: PriceKey(service: "route53", region: "global", productFamily: "queries", usageType: "standard"),
                                   source: "https://aws.amazon.com/route53/pricing/")])
        return EnvironmentCost(name: "staging", region: region, services: [
            ServiceCost(service: "EC2", resources: [nodes]),
            ServiceCost(service: "Route 53", resources: [zone]),
        ], sharedAllocation: Money(decimal("0.50")), freeResources: 0)
    }

    static var shared: SharedCost {
        let root = PricedResource(address: "aws_route53_zone.root_domain", type: "aws_route53_zone", module: "prerequisites",
            managedBy: "manual",
            components: [component("Hosted zone", unit: "month", quantity: 1, price: "0.50", cost: "0.50",
                                   key: PriceKey(service: "route53", region: "global", productFamily: "hosted_zone"),
                                   source: "https://aws.amazon.com/route53/pricing/")])
        let registry = PricedResource(address: "aws_ecr_repository.openedx", type: "aws_ecr_repository", module: "prerequisites",
            managedBy: "manual",
            components: [component("Storage", unit: "GB-month", quantity: decimal("5.1"), price: "0.10", cost: "0.51", usage: true,
                                   key: PriceKey(service: "ecr", region: "us-east-1", productFamily: "storage"),
                                   source: "https://aws.amazon.com/ecr/pricing/")])
        return SharedCost(services: [ServiceCost(service: "ECR", resources: [registry]), ServiceCost(service: "Route 53", resources: [root])],
                          allocationRule: "shared costs are split evenly between environments (the odd cent goes to the first)",
                          allocations: [(environment: "prod", amount: Money(decimal("0.51"))),
                                        (environment: "staging", amount: Money(decimal("0.50")))])
    }

    static var document: CostDocument {
        CostDocument(scenario: "sample", catalogAsOf: "2026-01-15", hoursPerMonth: 730, environments: [prod, staging], shared: shared,
                     assumptions: ["A month is 730 hours.", "Usage figures are \"typical\", not measured."])
    }
}
