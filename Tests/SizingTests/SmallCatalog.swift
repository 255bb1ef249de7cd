import Catalog
import Foundation

/// A hand-made catalog small enough for brute force: three node types, three RDS classes, two
/// DocumentDB classes, three cache types, with real us-east-1 specs and prices.
enum SmallCatalog {
    static func make() -> Catalog {
        let asOf = "2026-11-25", source = "test"
        func ec2(_ type: String, _ vcpu: Int, _ gib: Double, _ burst: Double?, enis: Int, ips: Int) -> InstanceType {
            InstanceType(service: "ec2", type: type, vcpu: vcpu, memoryGib: gib, burstable: burst != nil, baselinePct: burst,
                         architecture: "x86_64", maxEnis: enis, ipv4PerEni: ips, source: source, asOf: asOf)
        }
        func store(_ service: String, _ type: String, _ vcpu: Int, _ gib: Double, _ burst: Double? = nil) -> InstanceType {
            InstanceType(service: service, type: type, vcpu: vcpu, memoryGib: gib, burstable: burst != nil, baselinePct: burst,
                         architecture: "x86_64", source: source, asOf: asOf)
        }
        let types = [
            ec2("t3.large", 2, 8, 30, enis: 3, ips: 12), ec2("m5.large", 2, 8, nil, enis: 3, ips: 10),
            ec2("m5.xlarge", 4, 16, nil, enis: 4, ips: 15),
            store("rds", "db.t3.small", 2, 2, 20), store("rds", "db.t3.medium", 2, 4, 20), store("rds", "db.m5.large", 2, 8),
            store("docdb", "db.t3.medium", 2, 4, 20), store("docdb", "db.r5.large", 2, 16),
            store("elasticache", "cache.t3.micro", 2, 0.5, 10), store("elasticache", "cache.t3.small", 2, 1.37, 20),
            store("elasticache", "cache.m5.large", 2, 6.38),
        ]
        func price(_ service: String, _ family: String, _ type: String = "", engine: String = "", deployment: String = "",
                   os: String = "", usage: String = "", unit: String = "hour", _ usd: String) -> PriceRow {
            PriceRow(key: PriceKey(service: service, region: "us-east-1", productFamily: family, instanceType: type, engine: engine,
                                   deployment: deployment, operatingSystem: os, usageType: usage),
                     unit: unit, usdPerUnit: usd, source: source, asOf: asOf)
        }
        let prices = [
            price("ec2", "compute", "t3.large", os: "linux", "0.0832"), price("ec2", "compute", "m5.large", os: "linux", "0.096"),
            price("ec2", "compute", "m5.xlarge", os: "linux", "0.192"),
            price("ec2", "cpu_credits", usage: "t3", unit: "vCPU-hour", "0.05"),
            price("ebs", "storage", usage: "gp2", unit: "GB-month", "0.10"),
            price("rds", "compute", "db.t3.small", engine: "mysql", deployment: "single-az", "0.034"),
            price("rds", "compute", "db.t3.medium", engine: "mysql", deployment: "single-az", "0.068"),
            price("rds", "compute", "db.m5.large", engine: "mysql", deployment: "single-az", "0.171"),
            price("rds", "storage", engine: "mysql", deployment: "single-az", usage: "gp2", unit: "GB-month", "0.115"),
            price("rds", "cpu_credits", usage: "db.t3", unit: "vCPU-hour", "0.075"),
            price("rds", "backup", engine: "mysql", unit: "GB-month", "0.095"),
            price("docdb", "compute", "db.t3.medium", engine: "docdb", "0.078"),
            price("docdb", "compute", "db.r5.large", engine: "docdb", "0.277"),
            price("elasticache", "compute", "cache.t3.micro", engine: "redis", "0.017"),
            price("elasticache", "compute", "cache.t3.small", engine: "redis", "0.034"),
            price("elasticache", "compute", "cache.m5.large", engine: "redis", "0.156"),
        ]
        return Catalog(prices: prices, instanceTypes: types, meta: ["hours_per_month": "730", "as_of": asOf])
    }
}
