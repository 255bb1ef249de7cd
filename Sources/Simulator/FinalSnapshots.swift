import Account
import Blueprint

/// The copies a delete leaves behind in the account, so the data is restorable: final
/// snapshots (RDS, DocumentDB, ElastiCache), RDS automated backups kept after the instance,
/// AWS Backup recovery points of a bucket, and the operator's EBS snapshots of Tutor's volumes.
enum FinalSnapshots {
    /// The name of the final snapshot a delete of `resource` takes; nil when it takes none.
    /// The provider reads `skip_final_snapshot` and `final_snapshot_identifier` from state
    /// (terraform-semantics.md H7), which is what the account resource holds.
    static func identifier(of resource: AccountResource, account: FakeAccount) throws -> String? {
        let a = resource.attributes
        switch resource.type {
        case "aws_db_instance", "aws_docdb_cluster":
            guard a["skip_final_snapshot"]?.bool == false else { return nil }
            if let name = a["final_snapshot_identifier"]?.string { return name }
            // rds v4.2.0: "<prefix>-<identifier>-<random_id.snapshot_identifier hex>".
            guard let prefix = a["final_snapshot_identifier_prefix"]?.string else { return nil }
            let random = try account.resources(type: "random_id", scope: resource.scope).first {
                $0.module == resource.module && $0.address?.hasSuffix("random_id.snapshot_identifier[0]") == true
            }
            let hex = random.map { hex8("\($0.id)@\($0.createdAtMinute)") } ?? ""
            return "\(prefix)-\(a["identifier"]?.string ?? resource.id)-\(hex)"
        case "aws_elasticache_replication_group":
            return a["final_snapshot_identifier"]?.string
        default:
            return nil
        }
    }

    /// What AWS accepts as FinalDBSnapshotIdentifier (and as an ElastiCache snapshot name).
    static func isValid(_ name: String) -> Bool {
        (1...255).contains(name.count) && name.first?.isLetter == true && !name.contains("--") && !name.hasSuffix("-")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }

    /// Takes what a successful delete of `resource` leaves; returns a note for the run log.
    static func take(_ resource: AccountResource, account: FakeAccount) throws -> String? {
        var notes: [String] = []
        let a = resource.attributes
        if let name = try identifier(of: resource, account: account) {
            try account.createSnapshot(id: name, sourceResourceID: resource.id, kind: .final,
                                       data: ["source_address": .string(resource.address ?? resource.id)])
            notes.append("final snapshot \(name) taken")
        }
        // delete_automated_backups = false keeps the automated backups for their retention
        // period after the instance is gone (restorable to a point in time).
        if resource.type == "aws_db_instance", a["delete_automated_backups"]?.bool == false,
           let days = a["backup_retention_period"]?.int, days > 0 {
            let name = "retained-backups-\(a["identifier"]?.string ?? resource.id)-\(hex8("\(resource.id)@\(resource.createdAtMinute)"))"
            try account.createSnapshot(id: name, sourceResourceID: resource.id, kind: .automated,
                                       data: ["retention_days": .int(days)])
            notes.append("automated backups kept for \(days) days (\(name))")
        }
        // AWS Backup's continuous recovery point lives in the vault, outside the bucket and
        // outside the environment's state; force_destroy empties the bucket, not the vault.
        if resource.type == "aws_s3_bucket", let vault = a["backup_vault"]?.string {
            let name = "\(vault):continuous:\(a["bucket"]?.string ?? resource.id)-\(hex8("\(resource.id)@\(resource.createdAtMinute)"))"
            try account.createSnapshot(id: name, sourceResourceID: resource.id, kind: .automated,
                                       data: ["vault": .string(vault), "retention_days": .int(35)])
            notes.append("recovery point \(name) kept in AWS Backup vault \(vault)")
        }
        return notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// Tutor's volumes under `volume_backups: snapshot-before-destroy`: the operator's EBS
    /// snapshot, taken before the namespace (and with it the volume) goes.
    static func snapshotVolume(_ volume: AccountResource, account: FakeAccount) throws -> Bool {
        guard volume.type == "aws_ebs_volume", let procedure = volume.attributes["backup"]?.string, procedure != "none" else {
            return false
        }
        try account.createSnapshot(id: "snap-" + hex8(volume.id) + hex8("snapshot|\(volume.id)").prefix(9),
                                   sourceResourceID: volume.id, kind: .manual,
                                   data: ["procedure": .string(procedure), "claim": volume.attributes["claim"] ?? .string("")])
        return true
    }

    /// Eight hex digits, the same on every run (Swift's Hasher is seeded per process).
    static func hex8(_ text: String) -> String {
        let digits = String(StableHash.fnv1a(text) & 0xffff_ffff, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
