import Blueprint
import Catalog
import Cost
import Foundation
import Scenario

/// Monthly cost of the sized parts, priced by the cost engine's own rules: the environment's
/// node group, RDS instance, DocumentDB instance and ElastiCache group from its blueprint,
/// with the class, count, storage and CPU credits of one option. The rest of the bill does
/// not change with these, so ranking options by these prices ranks them by the whole bill
/// (extended support per vCPU, backups beyond the free storage, credits and all). Nil when
/// the catalog has no price: such a candidate is never proposed.
struct SizingPricer {
    let catalog: Catalog
    let hours: Decimal
    let usage: Usage
    let engine: ResourcePricer
    let nodeGroup: Resource?
    let mysql: Resource?
    let docdb: Resource?
    let redis: Resource?
    /// Each option priced once: the search asks for the same class or node type and count again
    /// (to list what the catalog prices, then for every node vCPU count).
    private let memo = PriceMemo()

    init(catalog: Catalog, environment: Environment, resources: [Resource]) {
        self.catalog = catalog
        hours = catalog.meta["hours_per_month"].flatMap { Decimal(exactly: $0) } ?? 730
        usage = environment.usage
        engine = ResourcePricer(catalog: catalog, region: environment.region)
        nodeGroup = resources.first { $0.type == "aws_eks_node_group" }
        mysql = resources.first { $0.type == "aws_db_instance" }
        docdb = resources.first { $0.type == "aws_docdb_cluster_instance" }
        redis = resources.first { $0.type == "aws_elasticache_replication_group" }
    }

    var hoursDouble: Double { NSDecimalNumber(decimal: hours).doubleValue }

    private func price(_ template: Resource?, _ changes: [String: AttributeValue], usage: Usage? = nil) -> Money? {
        guard var resource = template else { return nil }
        for (key, value) in changes { resource.attributes[key] = value }
        return try? engine.monthly(resource, usage: usage ?? self.usage)
    }

    /// Instances, their disks and CPU credits (vCPU-hours above the baseline).
    func nodes(type: String, count: Int, credits: Double) -> Money? {
        memo.value(.init(part: .nodes, type: type, count: count, credits: credits)) {
            var usage = self.usage
            usage.cpuCreditVCPUHours = Self.decimal(credits)
            return price(nodeGroup, ["instance_types": .strings([type]), "desired_size": .int(count)], usage: usage)
        }
    }

    /// Instance, storage, backups beyond the free storage, CPU credits and extended support.
    func mysql(type: String, storageGB: Int, credits: Double) -> Money? {
        memo.value(.init(part: .mysql, type: type, count: storageGB, credits: credits)) {
            var usage = self.usage
            usage.rdsCPUCreditVCPUHours = Self.decimal(credits)
            return price(mysql, ["instance_class": .string(type), "allocated_storage": .int(storageGB)], usage: usage)
        }
    }

    func docdb(type: String, count: Int) -> Money? {
        memo.value(.init(part: .docdb, type: type, count: 1, credits: 0)) { price(docdb, ["instance_class": .string(type)]) }
            .map { $0 * Decimal(count) }
    }

    func redis(type: String) -> Money? {
        memo.value(.init(part: .redis, type: type, count: 1, credits: 0)) { price(redis, ["node_type": .string(type)]) }
    }

    /// vCPU-hours to the hundredth, as the bill shows them; exact in Decimal and in YAML.
    static func decimal(_ value: Double) -> Decimal {
        Decimal(Int((max(0, value) * 100).rounded())) / 100
    }
}
