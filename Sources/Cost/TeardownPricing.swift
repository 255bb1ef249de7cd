import Blueprint
import Catalog
import Foundation

/// What the teardown settings (Scenarios/safe-teardown.yaml) cost while the environment runs:
/// the Secrets Manager secrets `passwords: external` reads, AWS Backup for the storage bucket,
/// and the EBS snapshots of Tutor's volumes. What they keep after a destroy (final snapshots,
/// retained automated backups) is billed only once the environment is gone, so it is not
/// priced here (see `Assumptions`).
extension Pricer {
    /// A secret made once outside the environment (`kubernetes_secrets.passwords: external`).
    /// Terraform's `aws_secretsmanager_secret_version` data sources read it on every plan and
    /// apply; the scenario has no usage figure for those calls, so they depend on usage.
    func externalSecret() throws -> [PricedComponent] {
        [
            try fixed("Secret", key("secretsmanager", "secret"), quantity: 1),
            try usage("API requests", key("secretsmanager", "requests"), quantity: nil,
                      note: "read by Terraform's data sources on each plan and apply"),
        ]
    }

    /// The AWS Backup vault the storage bucket's continuous backup plan writes to. It holds
    /// one warm copy of the bucket's current objects: the main bucket's `s3_storage_gb`. A
    /// vault no bucket of this environment writes to shows its price per unit.
    func backupVault(_ resource: Resource, context: PricingContext) throws -> [PricedComponent] {
        let holdsMainBucket = resource["name"]?.string == context.mainBucketVault
        return [try usage("Backup storage (Amazon S3, warm)", key("backup", "storage", usageType: "s3-warm"),
                          quantity: holdsMainBucket ? usage.s3StorageGB : nil,
                          note: holdsMainBucket ? "one copy of the storage bucket's current objects; noncurrent versions are not priced" : nil)]
    }

    /// An EBS volume, plus the snapshot the operator takes before a destroy when
    /// `tutor.volume_backups: snapshot-before-destroy` (the Blueprint marks the volume with
    /// `backup`). One snapshot is kept per volume; the first snapshot of a volume stores every
    /// written block, so it is priced at the volume's full size (an upper bound: later
    /// snapshots store only changed blocks, which the scenario has no figure for).
    func ebsVolume(_ resource: Resource) throws -> [PricedComponent] {
        let size = Decimal(resource["size"]?.int ?? 0)
        var components = [try fixed("Storage (general purpose SSD, gp2)", key("ebs", "storage", usageType: resource["type"]?.string ?? "gp2"),
                                    quantity: size)]
        if resource["backup"]?.string == "snapshot-before-destroy" {
            var snapshot = try fixed("Snapshot (standard tier, one full snapshot kept)", key("ebs", "snapshot", usageType: "standard"),
                                     quantity: size)
            snapshot.note = "taken before `terragrunt run --all destroy` and kept for the recreate"
            components.append(snapshot)
        }
        return components
    }
}
