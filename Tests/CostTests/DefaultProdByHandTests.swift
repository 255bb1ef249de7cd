import Catalog
import Cost
import Foundation
import Scenario
import Testing

/// Works the default `prod` environment out by hand, line by line, from catalog rows, and
/// checks the engine against it to the cent. If a price row, a quantity rule or the rounding
/// changes, this test says which line moved.
@Suite struct DefaultProdByHandTests {
    let catalog: Catalog
    let document: CostDocument

    init() throws {
        catalog = try TestCatalog.load()
        document = try CostEngine.price(try TestCatalog.scenario("default.yaml"), catalog: catalog)
    }

    func key(_ service: String, _ family: String, type: String = "", engine: String = "", deployment: String = "",
             os: String = "", usage: String = "", region: String = "us-east-1") -> PriceKey {
        PriceKey(service: service, region: region, productFamily: family, instanceType: type, engine: engine,
                 deployment: deployment, operatingSystem: os, usageType: usage)
    }

    func cents(_ value: Decimal) -> Money { Money(value).rounded() }

    /// Every line of prod by hand: (address, component name prefix, expected monthly cost).
    func expectedLines() throws -> [(String, String, Money)] {
        let p = { (k: PriceKey) throws -> Decimal in try TestCatalog.price(self.catalog, k) }
        let hours: Decimal = 730
        return [
            ("module.eks.aws_eks_cluster.this[0]", "EKS cluster (extended support",
             cents(try p(key("eks", "control_plane", usage: "extended")) * hours)),
            ("module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]", "Instance usage",
             cents(try p(key("ec2", "compute", type: "t3.large", os: "linux")) * hours)),
            ("module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]", "Storage",
             cents(try p(key("ebs", "storage", usage: "gp2")) * 20)),
            ("aws_instance.bastion", "Instance usage", cents(try p(key("ec2", "compute", type: "t2.micro", os: "linux")) * hours)),
            ("aws_instance.bastion", "Root volume", cents(try p(key("ebs", "storage", usage: "gp2")) * 8)),
            ("module.vpc.aws_nat_gateway.this[0]", "NAT gateway", cents(try p(key("vpc", "nat_gateway", usage: "hours")) * hours)),
            ("module.vpc.aws_nat_gateway.this[0]", "Data processed",
             cents(try p(key("vpc", "nat_gateway", usage: "data_processed")) * 100)),
            ("module.vpc.aws_eip.nat[0]", "Public IPv4", cents(try p(key("vpc", "public_ipv4", usage: "in-use")) * hours)),
            ("aws_eip.elasticip", "Public IPv4", cents(try p(key("vpc", "public_ipv4", usage: "in-use")) * hours)),
            ("aws_elb.ingress_nginx", "Classic load balancer", cents(try p(key("elb", "load_balancer", usage: "classic")) * hours)),
            ("aws_elb.ingress_nginx", "Data processed", cents(try p(key("elb", "data_processed", usage: "classic")) * 150)),
            ("aws_elb.ingress_nginx", "Public IPv4", cents(try p(key("vpc", "public_ipv4", usage: "in-use")) * hours * 3)),
            ("aws_elb.tutor_caddy", "Classic load balancer", cents(try p(key("elb", "load_balancer", usage: "classic")) * hours)),
            ("aws_elb.tutor_caddy", "Public IPv4", cents(try p(key("vpc", "public_ipv4", usage: "in-use")) * hours * 3)),
            ("module.db.module.db_instance.aws_db_instance.this[0]", "Database instance",
             cents(try p(key("rds", "compute", type: "db.t2.small", engine: "mysql", deployment: "single-az")) * hours)),
            ("module.db.module.db_instance.aws_db_instance.this[0]", "Storage (gp2)",
             cents(try p(key("rds", "storage", engine: "mysql", deployment: "single-az", usage: "gp2")) * 10)),
            // MySQL 5.7 is in Extended Support year 3 from 2026-03-01; db.t2.small has 1 vCPU.
            ("module.db.module.db_instance.aws_db_instance.this[0]", "Extended support",
             cents(try p(key("rds", "extended_support", engine: "mysql", usage: "year3")) * hours * 1)),
            ("aws_docdb_cluster_instance.default[0]", "Database instance",
             cents(try p(key("docdb", "compute", type: "db.t3.medium", engine: "docdb")) * hours)),
            ("aws_docdb_cluster.default", "Storage", cents(try p(key("docdb", "storage", engine: "docdb")) * 10)),
            ("aws_docdb_cluster.default", "I/O requests", cents(try p(key("docdb", "io", engine: "docdb")) * 20)),
            ("module.redis.aws_elasticache_replication_group.this", "ElastiCache",
             cents(try p(key("elasticache", "compute", type: "cache.t2.small", engine: "redis")) * hours)),
            ("module.data_backup_s3_bucket.aws_s3_bucket.this[0]", "Storage (S3 Standard)",
             cents(try p(key("s3", "storage", usage: "standard")) * 50)),
            ("module.data_backup_s3_bucket.aws_s3_bucket.this[0]", "PUT", cents(try p(key("s3", "requests", usage: "tier1")) * 100)),
            ("module.data_backup_s3_bucket.aws_s3_bucket.this[0]", "GET", cents(try p(key("s3", "requests", usage: "tier2")) * 2000)),
            ("module.eks.aws_cloudwatch_log_group.this[0]", "Data ingested", cents(try p(key("cloudwatch", "logs_ingest")) * 5)),
            ("module.eks.aws_cloudwatch_log_group.this[0]", "Archival storage", cents(try p(key("cloudwatch", "logs_storage")) * 15)),
            ("aws_route53_zone.environment_domain", "Hosted zone", cents(try p(key("route53", "hosted_zone", region: "global")))),
            ("aws_route53_zone.environment_domain", "Standard queries",
             cents(try p(key("route53", "queries", usage: "standard", region: "global")) * 1)),
            // 150 GB out minus the account's 100 GB free allowance, at the first tier.
            ("aws_data_transfer.prod", "Data transfer out to internet (first",
             cents(try p(key("data_transfer", "data_transfer", usage: "internet-out")) * 50)),
            ("aws_data_transfer.prod", "Data transfer between", cents(try p(key("data_transfer", "data_transfer", usage: "inter-az")) * 100)),
            ("kubernetes_persistent_volume_claim.mongodb", "Storage", cents(try p(key("ebs", "storage", usage: "gp2")) * 5)),
            ("kubernetes_persistent_volume_claim.elasticsearch", "Storage", cents(try p(key("ebs", "storage", usage: "gp2")) * 2)),
            ("kubernetes_persistent_volume_claim.caddy", "Storage", cents(try p(key("ebs", "storage", usage: "gp2")) * 1)),
        ]
    }

    @Test func everyLineMatchesTheHandCalculation() throws {
        let prod = try #require(document.environments.first { $0.name == "prod" })
        let resources = prod.services.flatMap(\.resources)
        for (address, prefix, expected) in try expectedLines() {
            let resource = try #require(resources.first { $0.address == address }, "no resource \(address)")
            let component = try #require(resource.components.first { $0.name.hasPrefix(prefix) }, "\(address): no \(prefix)")
            #expect(component.monthlyCost == expected, "\(address) \(component.name)")
        }
    }

    @Test func theTotalIsTheHandTotalPlusTheSharedShare() throws {
        let prod = try #require(document.environments.first { $0.name == "prod" })
        let byHand = try expectedLines().reduce(Money.zero) { $0 + $1.2 }
        // Everything else in prod is free: CloudFront inside its always-free allowance, backups
        // inside their free 100% of storage.
        #expect(prod.ownTotal == byHand)
        let p = { (k: PriceKey) throws -> Decimal in try TestCatalog.price(self.catalog, k) }
        let shared = cents(try p(key("route53", "hosted_zone", region: "global"))) + cents(try p(key("ecr", "storage")) * 10)
        #expect(prod.sharedAllocation == shared)
        #expect(prod.monthlyTotal == byHand + shared)
        #expect(document.monthlyTotal == prod.monthlyTotal)
    }

    @Test func theHourlyPricesAreAWSListPrices() throws {
        // us-east-1 Linux / MySQL / Redis / DocumentDB on-demand list prices.
        let expected: [(PriceKey, String)] = [
            (key("ec2", "compute", type: "t3.large", os: "linux"), "0.0832"),
            (key("ec2", "compute", type: "t2.micro", os: "linux"), "0.0116"),
            (key("ec2", "compute", type: "t3.medium", os: "linux"), "0.0416"),
            (key("ec2", "compute", type: "m5.large", os: "linux"), "0.096"),
            (key("rds", "compute", type: "db.t2.small", engine: "mysql", deployment: "single-az"), "0.034"),
            (key("rds", "compute", type: "db.t3.medium", engine: "mysql", deployment: "single-az"), "0.068"),
            (key("elasticache", "compute", type: "cache.t2.small", engine: "redis"), "0.034"),
            (key("docdb", "compute", type: "db.t3.medium", engine: "docdb"), "0.078"),
            (key("eks", "control_plane", usage: "standard"), "0.10"),
            (key("vpc", "nat_gateway", usage: "hours"), "0.045"),
            (key("elb", "load_balancer", usage: "classic"), "0.025"),
            (key("vpc", "public_ipv4", usage: "in-use"), "0.005"),
        ]
        for (priceKey, price) in expected {
            #expect(try TestCatalog.price(catalog, priceKey) == Decimal(exactly: price), "\(priceKey)")
        }
    }
}
