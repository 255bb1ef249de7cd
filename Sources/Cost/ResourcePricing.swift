import Blueprint
import Catalog
import Foundation

/// Which priced components a resource type has (costing-model.md section 1, with the
/// corrections it names: public IPv4 on every attached address, DocumentDB storage once
/// per cluster, free tiers applied).
extension Pricer {
    mutating func components(of resource: Resource, context: PricingContext) throws -> [PricedComponent] {
        switch resource.type {
        case "aws_eks_cluster": return [try eksCluster(resource, asOf: context.asOf)]
        case "aws_eks_node_group": return try nodeGroup(resource)
        case "aws_instance": return try instance(resource)
        case "aws_ebs_volume": return try ebsVolume(resource)
        case "aws_eip":
            return [try hourly("Public IPv4 address (in use)", key("vpc", "public_ipv4", usageType: "in-use"))]
        case "aws_nat_gateway":
            let share = usage.natGBProcessed.map { $0 / Decimal(context.natGateways) }
            return [try hourly("NAT gateway", key("vpc", "nat_gateway", usageType: "hours")),
                    try self.usage("Data processed", key("vpc", "nat_gateway", usageType: "data_processed"), quantity: share)]
        case "aws_elb": return try classicLoadBalancer(resource)
        case "aws_lb": return try loadBalancer(resource)
        case "aws_kms_key":
            // A customer managed key bills per month from creation (AWS KMS pricing); requests depend on usage.
            return [try fixed("Customer managed key", key("kms", "key", usageType: "customer-managed"), quantity: 1),
                    try self.usage("API requests", key("kms", "requests", usageType: "symmetric"), quantity: nil)]
        case "aws_db_instance": return try rdsInstance(resource, asOf: context.asOf)
        case "aws_docdb_cluster": return try docdbCluster()
        case "aws_docdb_cluster_instance":
            return [try hourly("Database instance (on-demand, \(resource["instance_class"]?.string ?? ""))",
                               key("docdb", "compute", instanceType: resource["instance_class"]?.string ?? "", engine: "docdb"))]
        case "aws_elasticache_replication_group": return try redis(resource)
        case "aws_s3_bucket": return try bucket(resource, isMain: context.isMainBucket(resource))
        case "aws_cloudfront_distribution": return try cloudfront()
        case "aws_route53_zone": return try zone(resource, context: context)
        case "aws_cloudwatch_log_group":
            return [try self.usage("Data ingested", key("cloudwatch", "logs_ingest"), quantity: usage.logsIngestedGB),
                    try self.usage("Archival storage", key("cloudwatch", "logs_storage"), quantity: usage.logsStoredGB)]
        case "aws_ecr_repository":
            return [try self.usage("Storage", key("ecr", "storage"),
                                   quantity: resource["holds_usage"]?.bool == false ? nil : usage.ecrStorageGB)]
        case "aws_data_transfer": return try dataTransfer()
        case "aws_secretsmanager_secret": return try externalSecret()
        case "aws_backup_vault": return try backupVault(resource, context: context)
        default: return []
        }
    }

    func eksCluster(_ resource: Resource, asOf: String) throws -> PricedComponent {
        let version = resource["version"]?.string ?? ""
        let extended = catalog.support(service: "eks", version: version).map { asOf > $0.standardSupportEnd } ?? false
        var priced = try hourly("EKS cluster (\(extended ? "extended" : "standard") support, Kubernetes \(version))",
                                key("eks", "control_plane", usageType: extended ? "extended" : "standard"))
        if extended { priced.note = "Kubernetes \(version) is past standard support on \(asOf)" }
        return priced
    }

    func nodeGroup(_ resource: Resource) throws -> [PricedComponent] {
        let type = resource["instance_types"].flatMap { if case .strings(let t) = $0 { return t.first }; return nil } ?? "t3.medium"
        let count = resource["desired_size"]?.int ?? 1
        let nodes = Decimal(count)
        // gp3's free 3,000 IOPS and 125 MiB/s cover a root volume, so only storage is billed.
        let disk = resource["disk_type"]?.string ?? "gp2"
        var components = [
            try hourly("Instance usage (Linux/UNIX, on-demand, \(type)) x \(count)", key("ec2", "compute", instanceType: type, os: "linux"),
                       count: nodes),
            try fixed("Storage (general purpose SSD, \(disk))", key("ebs", "storage", usageType: disk),
                      quantity: Decimal(resource["disk_size"]?.int ?? 20) * nodes),
        ]
        if let credits = try nodeCredits(type: type, nodes: nodes) { components.append(credits) }
        return components
    }

    func instance(_ resource: Resource) throws -> [PricedComponent] {
        let type = resource["instance_type"]?.string ?? "t2.micro"
        return [
            try hourly("Instance usage (Linux/UNIX, on-demand, \(type))", key("ec2", "compute", instanceType: type, os: "linux")),
            try fixed("Root volume (general purpose SSD, gp2)", key("ebs", "storage", usageType: resource["root_volume_type"]?.string ?? "gp2"),
                      quantity: Decimal(resource["root_volume_gb"]?.int ?? 8)),
        ]
    }

    func classicLoadBalancer(_ resource: Resource) throws -> [PricedComponent] {
        let zones = Decimal(resource["availability_zones"]?.int ?? 1)
        let servesTraffic = resource.address == "aws_elb.ingress_nginx"
        // A load balancer of a plan or an account, not of the cookiecutter: its traffic is not known.
        let outsideBlueprint = resource["usage_unknown"]?.bool == true
        return [
            try hourly("Classic load balancer", key("elb", "load_balancer", usageType: "classic")),
            try self.usage("Data processed", key("elb", "data_processed", usageType: "classic"),
                           quantity: servesTraffic ? usage.loadBalancerGBProcessed : (outsideBlueprint ? nil : 0),
                           note: servesTraffic || outsideBlueprint ? nil : "no traffic: the Ingress routes to lms and cms directly"),
            try hourly("Public IPv4 addresses (one per availability zone) x \(zones)",
                       key("vpc", "public_ipv4", usageType: "in-use"), count: zones),
        ]
    }
}

extension Pricer {
    /// An Application or Network Load Balancer (`aws_lb`): its hours, its capacity units (LCU,
    /// NLCU) by usage, and, when internet-facing, one public IPv4 address per subnet (AWS bills
    /// load balancers' public addresses since 2024-02, as for the Classic one). Gateway Load
    /// Balancers have no catalog key: left unpriced, with the reason.
    func loadBalancer(_ resource: Resource) throws -> [PricedComponent] {
        let kind = resource["load_balancer_type"]?.string ?? "application"
        let label = kind == "network" ? "Network" : kind == "application" ? "Application" : kind.capitalized
        var components = [
            try hourly("\(label) load balancer", key("elb", "load_balancer", usageType: kind)),
            try self.usage(kind == "network" ? "Network load balancer capacity units (NLCU)" : "Load balancer capacity units (LCU)",
                           key("elb", "lcu", usageType: kind), quantity: nil),
        ]
        let zones = Decimal(resource["availability_zones"]?.int ?? 1)
        if resource["internal"]?.bool != true {
            components.append(try hourly("Public IPv4 addresses (one per subnet) x \(zones)", key("vpc", "public_ipv4", usageType: "in-use"),
                                         count: zones))
        }
        return components
    }
}

/// Facts about the environment a resource is priced in.
struct PricingContext: Equatable {
    let asOf: String
    let natGateways: Int
    let mainBucket: String?
    /// The AWS Backup vault the main bucket's backup plan writes to (`backup_vault`), if any.
    let mainBucketVault: String?

    func isMainBucket(_ resource: Resource) -> Bool { resource.address == mainBucket }
}
