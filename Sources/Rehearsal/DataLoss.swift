import Account
import Blueprint
import Foundation
import Scenario

/// What happened to the data a store held, after destroy and recreate.
public struct DataLossEntry: Sendable, Equatable {
    public enum Outcome: String, Sendable { case lost, restorable, kept }
    /// RDS, DocumentDB, ElastiCache, S3, in-cluster volume, Kubernetes secret.
    public var store: String
    public var address: String
    public var sizeGB: Double?
    public var outcome: Outcome
    public var why: String
}

/// Puts data in the data stores before the destroy (so loss can be shown), and reads what
/// became of it afterwards.
enum DataSeeder {
    struct Seeded {
        var store: String
        var address: String
        var resourceID: String
        var sizeGB: Double?
        var attributes: [String: AttributeValue]
        /// Named objects come back under the same ID when recreated: the creation minute
        /// tells the original from its empty successor.
        var createdAtMinute: Double
    }

    /// What a term's worth of use leaves in each store of `scope`, from the usage assumptions.
    static func seed(_ account: FakeAccount, scope: String, usage: Usage?) throws -> [Seeded] {
        var seeded: [Seeded] = []
        for resource in try account.resources(scope: scope) {
            let store: String, kind: DataKind, quantity: Int, size: Double?
            switch resource.type {
            case "aws_db_instance":
                (store, kind, quantity) = ("RDS MySQL", .rows, 5_000_000)
                size = Double(resource.attributes["allocated_storage"]?.int ?? 10)
            case "aws_docdb_cluster":
                (store, kind, quantity) = ("DocumentDB", .documents, 200_000)
                size = usage?.docdbStorageGB.map { NSDecimalNumber(decimal: $0).doubleValue }
            case "aws_elasticache_replication_group":
                (store, kind, quantity) = ("ElastiCache Redis", .keys, 50_000)
                size = usage?.redisSnapshotGB.map { NSDecimalNumber(decimal: $0).doubleValue }
            case "aws_s3_bucket" where resource.module == "s3_openedx_storage":
                (store, kind, quantity) = ("S3", .objects, 10_000)
                size = usage?.s3StorageGB.map { NSDecimalNumber(decimal: $0).doubleValue }
            case "aws_ebs_volume" where resource.managedBy == .tutor:
                (store, kind, quantity) = ("in-cluster volume", .volume, 1)
                size = Double(resource.attributes["size"]?.int ?? 0)
            case "kubernetes_secret":
                (store, kind, quantity) = ("Kubernetes secret", .keys, 1)
                size = nil
            default:
                continue
            }
            try account.setData(DataItem(resourceID: resource.id, kind: kind, quantity: quantity,
                                         description: "\(store) data of \(resource.address ?? resource.id)"))
            seeded.append(Seeded(store: store, address: resource.address ?? "\(resource.type) \(resource.id)",
                                 resourceID: resource.id, sizeGB: size, attributes: resource.attributes,
                                 createdAtMinute: resource.createdAtMinute))
        }
        return seeded
    }

    /// After destroy and recreate: kept when the same object survived, restorable from a
    /// snapshot, lost otherwise (a recreated store is a new, empty object).
    static func outcomes(_ seeded: [Seeded], account: FakeAccount) throws -> [DataLossEntry] {
        try seeded.map { item in
            if let current = try account.resource(id: item.resourceID), current.createdAtMinute == item.createdAtMinute {
                return DataLossEntry(store: item.store, address: item.address, sizeGB: item.sizeGB, outcome: .kept,
                                     why: "the same object survived the destroy")
            }
            if let snapshot = try account.snapshots(of: item.resourceID).first {
                return DataLossEntry(store: item.store, address: item.address, sizeGB: item.sizeGB, outcome: .restorable,
                                     why: "\(snapshot.kind) snapshot \(snapshot.id)")
            }
            return DataLossEntry(store: item.store, address: item.address, sizeGB: item.sizeGB, outcome: .lost, why: why(item))
        }
    }

    static func why(_ item: Seeded) -> String {
        let a = item.attributes
        switch item.store {
        case "RDS MySQL", "DocumentDB":
            return "skip_final_snapshot = \(a["skip_final_snapshot"]?.bool ?? true), deletion_protection = \(a["deletion_protection"]?.bool ?? false)"
                + (item.store == "RDS MySQL" ? ", automated backups deleted with the instance" : "")
        case "ElastiCache Redis": return "snapshot_retention_limit = \(a["snapshot_retention_limit"]?.int ?? 0): no snapshot"
        case "S3": return "the bucket was emptied and deleted (force_destroy) with versioning off"
        case "in-cluster volume": return "the PVC went with namespace openedx; the EBS volume's reclaim policy is Delete"
        case "Kubernetes secret": return "recreated: every value from a random_password or tls_private_key is new, the rest is re-read"
        default: return "the object was deleted"
        }
    }
}
