import Blueprint
import Catalog
import Foundation
import Scenario

/// Prices a scenario: every resource of every environment becomes priced components, the
/// shared costs are split by the scenario's rule, and the result is one `CostDocument`.
public enum CostEngine {
    /// `estimator` fills in usage the scenario leaves out but its load implies (CPU credits).
    /// `memo`, shared by pricings of variants of one scenario, prices each unchanged resource once.
    public static func price(_ scenario: Scenario, catalog: Catalog, blueprint: Blueprint? = nil,
                             estimator: (any UsageEstimator)? = nil, memo: PricingMemo? = nil) throws -> CostDocument {
        let blueprint = blueprint ?? Blueprint.expand(scenario)
        let hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
        var pools = AllowancePools()

        // Shared costs first, with the shared stack's usage (or, for platform-wide
        // prerequisites of the per-environment layout, the environments' ECR usage summed).
        var sharedUsage = (scenario.layout == .sharedStack ? estimator?.sharedStackUsage(scenario, catalog: catalog) : nil)
            ?? scenario.shared?.usage ?? Usage()
        if sharedUsage.ecrStorageGB == nil {
            let ecr = scenario.environments.compactMap(\.usage.ecrStorageGB)
            sharedUsage.ecrStorageGB = ecr.isEmpty ? nil : ecr.reduce(0, +)
        }
        var unpriced: [UnpricedComponent] = []
        let sharedPriced = try priceResources(blueprint.shared.resources, catalog: catalog, region: blueprint.shared.region,
                                              usage: sharedUsage, hours: hours, pools: &pools, memo: memo)
        let sharedServices = sharedPriced.services
        unpriced += sharedPriced.unpriced.map { UnpricedComponent(environment: SharedCost.name, address: $0.0, component: $0.1.name,
                                                                  priceKey: $0.1.priceKey, reason: $0.1.unpricedReason ?? "") }

        var environments: [EnvironmentCost] = []
        for (environment, plan) in zip(scenario.environments, blueprint.environments) {
            var resources = plan.resources
            resources.append(Resource(address: "aws_data_transfer.\(environment.name)", type: "aws_data_transfer",
                                      module: "vpc", managedBy: .terraform))
            let usage = estimator?.usage(of: environment, catalog: catalog) ?? environment.usage
            let priced = try priceResources(resources, catalog: catalog, region: plan.region, usage: usage,
                                            hours: hours, pools: &pools, memo: memo)
            unpriced += priced.unpriced.map { UnpricedComponent(environment: environment.name, address: $0.0, component: $0.1.name,
                                                                priceKey: $0.1.priceKey, reason: $0.1.unpricedReason ?? "") }
            environments.append(EnvironmentCost(name: environment.name, region: plan.region, services: priced.services,
                                                sharedAllocation: .zero, freeResources: priced.free))
        }

        let sharedTotal = sharedServices.reduce(Money.zero) { $0 + $1.monthlyTotal }
        let weights = scenario.environments.map { environment -> Decimal in
            scenario.allocation == .peakUsers ? Decimal(environment.load.peakConcurrentUsers ?? 0) : 1
        }
        let shares = Allocation.split(sharedTotal, weights: weights)
        for index in environments.indices { environments[index].sharedAllocation = shares[index] }
        let shared = SharedCost(services: sharedServices, allocationRule: scenario.allocation.statement,
                                allocations: zip(environments.map(\.name), shares).map { ($0, $1) })
        return CostDocument(scenario: scenario.name, catalogAsOf: catalog.asOf, hoursPerMonth: hours,
                            environments: environments, shared: shared,
                            assumptions: Assumptions.list(scenario: scenario, catalog: catalog, hours: hours), unpriced: unpriced)
    }

    private static func priceResources(_ resources: [Resource], catalog: Catalog, region: String, usage: Usage,
                                       hours: Decimal, pools: inout AllowancePools, memo: PricingMemo?) throws
        -> (services: [ServiceCost], free: Int, unpriced: [(String, PricedComponent)]) {
        var pricer = Pricer(catalog: catalog, region: region, usage: usage, hours: hours, pools: pools)
        let mainBucket = resources.first { $0.type == "aws_s3_bucket" && $0.module == "s3_openedx_storage" }
        let context = PricingContext(
            asOf: catalog.asOf,
            natGateways: max(1, resources.filter { $0.type == "aws_nat_gateway" }.count),
            mainBucket: mainBucket?.address, mainBucketVault: mainBucket?["backup_vault"]?.string)
        var byService: [String: [PricedResource]] = [:]
        var free = 0
        var unpriced: [(String, PricedComponent)] = []
        let table = memo?.table(for: .init(region: region, usage: usage, hours: hours, context: context))
        for resource in resources {
            let all: [PricedComponent]
            if let memo, let table {
                let entry = PricingMemo.Entry(resource: resource, pools: pricer.pools)
                if let known = memo.priced(entry, in: table) {
                    all = known.components
                    pricer.pools = known.pools
                } else {
                    all = try pricer.components(of: resource, context: context)
                    memo.remember(.init(components: all, pools: pricer.pools), for: entry, in: table)
                }
            } else {
                all = try pricer.components(of: resource, context: context)
            }
            guard !all.isEmpty else { free += 1; continue }
            // A component with no price in this region is listed apart and left out of the totals.
            let components = all.filter { $0.unpricedReason == nil }
            unpriced += all.filter { $0.unpricedReason != nil }.map { (resource.address, $0) }
            guard !components.isEmpty else { continue }
            byService[ServiceNames.name(of: resource.type), default: []].append(
                PricedResource(address: resource.address, type: resource.type, module: resource.module,
                               managedBy: resource.managedBy.rawValue, components: components))
        }
        pools = pricer.pools
        let services = byService.keys.sorted().map { name in
            ServiceCost(service: name, resources: (byService[name] ?? []).sorted { ($0.module, $0.address) < ($1.module, $1.address) })
        }
        return (services, free, unpriced)
    }
}

/// The AWS service a resource type is billed under, as the bill names it.
enum ServiceNames {
    /// The name of a catalog service key (`docdb`) as AWS writes it.
    static func label(_ service: String) -> String {
        ["ec2": "Amazon EC2", "rds": "Amazon RDS", "docdb": "Amazon DocumentDB", "elasticache": "Amazon ElastiCache",
         "eks": "Amazon EKS", "secretsmanager": "AWS Secrets Manager", "backup": "AWS Backup"][service] ?? service
    }

    static func name(of type: String) -> String {
        switch type {
        case "aws_eks_cluster": return "EKS"
        case "aws_eks_node_group", "aws_instance": return "EC2"
        case "aws_ebs_volume": return "EBS"
        case "aws_eip", "aws_nat_gateway": return "VPC"
        case "aws_elb", "aws_lb": return "Elastic Load Balancing"
        case "aws_db_instance": return "RDS"
        case "aws_docdb_cluster", "aws_docdb_cluster_instance": return "DocumentDB"
        case "aws_elasticache_replication_group": return "ElastiCache"
        case "aws_s3_bucket": return "S3"
        case "aws_cloudfront_distribution": return "CloudFront"
        case "aws_route53_zone", "aws_route53_record": return "Route 53"
        case "aws_cloudwatch_log_group": return "CloudWatch"
        case "aws_ecr_repository": return "ECR"
        case "aws_secretsmanager_secret": return "Secrets Manager"
        case "aws_backup_vault": return "AWS Backup"
        case "aws_kms_key": return "KMS"
        case "aws_data_transfer": return "Data Transfer"
        default: return type
        }
    }
}
