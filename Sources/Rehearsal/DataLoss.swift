import Account
import Blueprint
import Foundation
import Planner
import Scenario

/// What happened to the data a store held, after destroy and recreate.
public struct DataLossEntry: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable { case lost, restorable, kept }
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
        /// For a Kubernetes secret: the random material in state its values come from
        /// (through its dependencies), regenerated on every recreate (section 7, H20).
        var randomSources: [String] = []
    }

    /// What a term's worth of use leaves in each store of `scope`, from the usage assumptions,
    /// in the table's order (`StoreOrder`; `waves` are the run's units in apply order).
    static func seed(_ account: FakeAccount, scope: String, usage: Usage?, waves: [[String]]) throws -> [Seeded] {
        var seeded: [(item: Seeded, module: String)] = []
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
            var item = Seeded(store: store, address: resource.address ?? "\(resource.type) \(resource.id)",
                              resourceID: resource.id, sizeGB: size, attributes: resource.attributes,
                              createdAtMinute: resource.createdAtMinute)
            if resource.type == "kubernetes_secret", let address = resource.address {
                item.randomSources = try randomSources(of: address, module: resource.module, scope: scope, account: account)
            }
            seeded.append((item, resource.module))
        }
        return try StoreOrder.arrange(seeded, units: waves, scope: scope, account: account)
    }

    /// The `random_password` and `tls_private_key` entries a secret's values come from:
    /// its dependencies in its module's state, followed through (mysql-root reads the
    /// instance, which reads the module's random password).
    static func randomSources(of address: String, module: String, scope: String, account: FakeAccount) throws -> [String] {
        let state = try account.state(stateKey: FakeAccount.stateKey(scope: scope, module: module))
        var found: [String] = []
        var seen: Set<String> = [address]
        var queue = [address]
        while let next = queue.popLast() {
            for dependency in state[next]?.dependencies ?? [] where seen.insert(dependency).inserted {
                if let entry = state[dependency], ["random_password", "tls_private_key"].contains(entry.type) {
                    found.append(dependency)
                }
                queue.append(dependency)
            }
        }
        return found.sorted()
    }

    /// After destroy and recreate: kept when the same object survived (or, for a secret,
    /// came back with the same values), restorable from a snapshot, backup or recovery point
    /// left in the account, lost otherwise (a recreated store is a new, empty object).
    static func outcomes(_ seeded: [Seeded], account: FakeAccount) throws -> [DataLossEntry] {
        try seeded.map { item in
            func entry(_ outcome: DataLossEntry.Outcome, _ why: String) -> DataLossEntry {
                DataLossEntry(store: item.store, address: item.address, sizeGB: item.sizeGB, outcome: outcome, why: why)
            }
            if let current = try account.resource(id: item.resourceID), current.createdAtMinute == item.createdAtMinute {
                // A Terraform-managed store survives only a destroy that stopped (or failed) before it.
                return entry(.kept, current.managedBy == .terraform
                    ? "the same object survived: the destroy stopped before deleting it (still in state; a destroy that finishes deletes it)"
                    : "the same object survived, outside state: namespace openedx was not deleted while the cluster ran")
            }
            if let snapshot = try account.snapshots(of: item.resourceID).first {
                return entry(.restorable, DataOutcome.restorable(item, snapshot: snapshot))
            }
            if item.store == "Kubernetes secret", let kept = DataOutcome.secretKept(item) { return entry(.kept, kept) }
            return entry(.lost, DataOutcome.lost(item))
        }
    }
}
