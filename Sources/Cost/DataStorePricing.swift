import Blueprint
import Catalog
import Foundation

/// RDS MySQL, DocumentDB and ElastiCache Redis.
extension Pricer {
    func rdsInstance(_ resource: Resource, asOf: String) throws -> [PricedComponent] {
        let type = resource["instance_class"]?.string ?? ""
        let multiAZ = resource["multi_az"]?.bool ?? false
        let deployment = multiAZ ? "multi-az" : "single-az"
        let label = multiAZ ? "Multi-AZ" : "Single-AZ"
        let storageType = resource["storage_type"]?.string ?? "gp2"
        let storage = Decimal(resource["allocated_storage"]?.int ?? 20)
        var components = [
            try hourly("Database instance (on-demand, \(label), \(type))",
                       key("rds", "compute", instanceType: type, engine: "mysql", deployment: deployment)),
            try fixed("Storage (\(storageType))", key("rds", "storage", engine: "mysql", deployment: deployment, usageType: storageType),
                      quantity: storage),
        ]
        let iops = Decimal(resource["iops"]?.int ?? 0)
        if storageType == "io1", iops > 0 {
            components.append(try fixed("Provisioned IOPS (io1)",
                                        key("rds", "iops", engine: "mysql", deployment: deployment, usageType: "io1"), quantity: iops))
        } else if storageType == "gp3", iops > 3000 {
            components.append(try fixed("Provisioned IOPS (gp3, above 3,000)",
                                        key("rds", "iops", engine: "mysql", deployment: deployment, usageType: "gp3"), quantity: iops - 3000))
        }
        if (resource["backup_retention_period"]?.int ?? 0) > 0 {
            // Backup storage up to 100% of provisioned storage is free.
            // delete_automated_backups: false keeps these backups after a destroy: billed then, not while running.
            let kept = resource["delete_automated_backups"]?.bool == false
            components.append(try usage("Backup storage (beyond the free 100% of storage)", key("rds", "backup", engine: "mysql"),
                                        quantity: usage.rdsBackupGB.map { max(0, $0 - storage) },
                                        note: kept ? "kept after a destroy at this rate for backup_retention_period days; not in the total" : nil))
        }
        if let credits = try rdsCredits(type: type) { components.append(credits) }
        if let extended = try extendedSupport(resource, type: type, multiAZ: multiAZ, asOf: asOf) { components.append(extended) }
        return components
    }

    /// RDS Extended Support: billed per vCPU-hour once a major version leaves standard support,
    /// at the year-1-2 rate and then the higher year-3 rate; both instances of a Multi-AZ pair.
    private func extendedSupport(_ resource: Resource, type: String, multiAZ: Bool, asOf: String) throws -> PricedComponent? {
        let version = resource["engine_version"]?.string ?? ""
        guard let support = catalog.support(service: "rds", engine: "mysql", version: version),
              asOf > support.standardSupportEnd else { return nil }
        let year3 = support.extendedYear3Start.map { asOf >= $0 } ?? false
        let vcpu = Decimal(try catalog.instanceType(service: "rds", type: type).vcpu)
        var priced = try hourly("Extended support (MySQL \(version), \(year3 ? "year 3" : "year 1-2"), per vCPU)",
                                key("rds", "extended_support", engine: "mysql", usageType: year3 ? "year3" : "year1-2"),
                                count: vcpu * (multiAZ ? 2 : 1))
        priced.note = "MySQL \(version) left standard support on \(support.standardSupportEnd)"
        return priced
    }

    /// DocumentDB bills storage, I/O and backup once per cluster.
    func docdbCluster() throws -> [PricedComponent] {
        [
            try usage("Storage", key("docdb", "storage", engine: "docdb"), quantity: usage.docdbStorageGB),
            try usage("I/O requests", key("docdb", "io", engine: "docdb"), quantity: usage.docdbIOMillions),
            try usage("Backup storage (beyond the free 100% of storage)", key("docdb", "backup", engine: "docdb"),
                      quantity: usage.docdbBackupGB.map { max(0, $0 - (usage.docdbStorageGB ?? 0)) }),
        ]
    }

    func redis(_ resource: Resource) throws -> [PricedComponent] {
        let type = resource["node_type"]?.string ?? ""
        let nodes = Decimal(resource["num_cache_clusters"]?.int ?? 1)
        var components = [try hourly("ElastiCache (on-demand, \(type)) x \(nodes)",
                                     key("elasticache", "compute", instanceType: type, engine: "redis"), count: nodes)]
        let retention = resource["snapshot_retention_limit"]?.int ?? 0
        if retention > 1 {
            // One snapshot per cluster is free; the rest are billed.
            components.append(try usage("Backup storage (\(retention - 1) snapshots beyond the free one)",
                                        key("elasticache", "backup", engine: "redis"),
                                        quantity: usage.redisSnapshotGB.map { $0 * Decimal(retention - 1) }))
        }
        return components
    }
}
