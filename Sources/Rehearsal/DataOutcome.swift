import Account
import Blueprint

/// The "why" of each data-loss row, read from the settings the store had when it was
/// destroyed (its attributes in the account), in the words of cookiecutter-backend.md §6.
enum DataOutcome {
    static func restorable(_ item: DataSeeder.Seeded, snapshot: AccountSnapshot) -> String {
        switch (item.store, snapshot.kind) {
        case ("RDS MySQL", .final), ("DocumentDB", .final):
            return "final snapshot \(snapshot.id) (skip_final_snapshot = false): restore it with snapshot_identifier, then point the new endpoint's users at it"
        case ("ElastiCache Redis", .final):
            return "final snapshot \(snapshot.id) (final_snapshot_identifier): seed the new replication group from it with snapshot_name"
        case ("RDS MySQL", .automated):
            return "automated backups kept after the instance (delete_automated_backups = false): \(snapshot.id), restorable to a point in time for \(snapshot.data["retention_days"]?.int ?? 0) days"
        case ("S3", _):
            return "AWS Backup recovery point \(snapshot.id) in vault \(snapshot.data["vault"]?.string ?? "?"), outside the environment's state: restore the objects into the new bucket"
        case ("in-cluster volume", _):
            return "EBS snapshot \(snapshot.id) taken before the destroy (tutor.volume_backups): restore the PV from it before Tutor starts"
        default:
            return "\(snapshot.kind) snapshot \(snapshot.id)"
        }
    }

    /// A secret that was recreated but whose values did not change for good: read again
    /// from outside the environment's state, or derived from what Terraform recreated.
    static func secretKept(_ item: DataSeeder.Seeded) -> String? {
        if let store = item.attributes["values_from"]?.string {
            return "recreated with the same values, read from Secrets Manager secret \(store) outside the environment's state (kubernetes_secrets.passwords: external)"
        }
        guard item.randomSources.isEmpty else { return nil }
        return "recreated from values Terraform reads again (an endpoint, a new IAM access key that nothing else stored); redeploy Tutor to pick them up"
    }

    static func lost(_ item: DataSeeder.Seeded) -> String {
        let a = item.attributes
        switch item.store {
        case "RDS MySQL":
            return "skip_final_snapshot = \(a["skip_final_snapshot"]?.bool ?? true), deletion_protection = \(a["deletion_protection"]?.bool ?? false), "
                + "delete_automated_backups = \(a["delete_automated_backups"]?.bool ?? true): no snapshot, and the automated backups went with the instance"
        case "DocumentDB":
            return "skip_final_snapshot = \(a["skip_final_snapshot"]?.bool ?? true), deletion_protection = \(a["deletion_protection"]?.bool ?? false): "
                + "no snapshot, and the automated backups went with the cluster"
        case "ElastiCache Redis":
            return "no final_snapshot_identifier, snapshot_retention_limit = \(a["snapshot_retention_limit"]?.int ?? 0): "
                + "no snapshot on delete (automatic backups are deleted with the replication group)"
        case "S3":
            return "force_destroy = \(a["force_destroy"]?.bool ?? false) deleted every object and version, versioning = \(a["versioning"]?.bool ?? false), and no AWS Backup vault holds a copy"
        case "in-cluster volume":
            return "the PVC went with namespace openedx and the EBS volume's reclaim policy is Delete; no snapshot was taken before the destroy"
        case "Kubernetes secret":
            return "recreated with new values: \(item.randomSources.joined(separator: ", ")) regenerated on recreate (random material in state)"
        default:
            return "the object was deleted"
        }
    }
}
