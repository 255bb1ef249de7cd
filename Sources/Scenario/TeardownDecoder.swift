import Diagnostics
import Foundation

/// The settings an operator changes before a destroy/recreate (final snapshots, deletion
/// protection, the DocumentDB parameter group's edge, backups of the bucket, where the
/// passwords live, Tutor's volumes), with the checks AWS and the modules make.
enum TeardownDecoder {
    static let mysqlKeys = ["final_snapshot_identifier_prefix", "delete_automated_backups", "final_snapshot_identifier"]
    static let mongodbKeys = ["final_snapshot_identifier", "parameter_group_referenced"]
    static let redisKeys = ["final_snapshot_identifier"]
    static let storageKeys = ["backup_vault"]

    static func mysql(_ f: Fields, into s: inout MySQLSettings) throws {
        // rds v4 removed the input; Terragrunt would pass it as TF_VAR_ and Terraform would
        // ignore it silently, so say so rather than model a setting that does nothing.
        if f.has("final_snapshot_identifier") {
            throw ScenarioError.inconsistent(f.location("final_snapshot_identifier"), problem:
                "terraform-aws-modules/rds ~> 4.2.0 has no final_snapshot_identifier input (removed in v4.0, UPGRADE-4.0.md): it names the final snapshot <final_snapshot_identifier_prefix>-<identifier>-<random hex>; set \(f.name("final_snapshot_identifier_prefix")) instead")
        }
        s.finalSnapshotIdentifierPrefix = try identifier(f, "final_snapshot_identifier_prefix") ?? "final"
        s.deleteAutomatedBackups = try f.bool("delete_automated_backups", default: true)
        s.sources = SettingSources(f, keys: ["deletion_protection", "skip_final_snapshot", "backup_retention_days"] + mysqlKeys)
    }

    static func mongodb(_ f: Fields, into s: inout MongoDBSettings) throws {
        s.finalSnapshotIdentifier = try identifier(f, "final_snapshot_identifier")
        s.parameterGroupReferenced = try f.bool("parameter_group_referenced", default: false)
        s.sources = SettingSources(f, keys: ["deletion_protection", "skip_final_snapshot", "storage_encrypted"] + mongodbKeys)
    }

    static func redis(_ f: Fields, into s: inout RedisSettings) throws {
        s.finalSnapshotIdentifier = try identifier(f, "final_snapshot_identifier")
        s.sources = SettingSources(f, keys: ["snapshot_retention_days"] + redisKeys)
    }

    static func storage(_ f: Fields, into s: inout StorageSettings) throws {
        if let vault = try f.optionalString("backup_vault") {
            // AWS Backup vault names: 2-50 letters, digits, hyphens and underscores.
            guard (2...50).contains(vault.count),
                  vault.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                throw ScenarioError.outOfRange(f.location("backup_vault"), key: f.name("backup_vault"), value: vault,
                                               rule: "an AWS Backup vault name: 2 to 50 letters, digits, hyphens or underscores")
            }
            // "AWS Backup requires S3 Versioning to be enabled on the bucket" (AWS Backup for S3).
            guard s.versioning else {
                throw ScenarioError.inconsistent(f.location("backup_vault"), problem:
                    "AWS Backup for S3 needs versioning on the bucket, but \(f.name("versioning")) is false; set versioning: true")
            }
            s.backupVault = vault
        }
        s.sources = SettingSources(f, keys: ["force_destroy", "versioning"] + storageKeys)
    }

    static func kubernetesSecrets(_ fields: Fields) throws -> KubernetesSecretsSettings {
        let f = try EnvironmentDecoder.block(fields, "kubernetes_secrets", ["passwords"])
        var s = KubernetesSecretsSettings()
        s.passwords = try f.choice("passwords", default: .random)
        s.sources = SettingSources(f, keys: ["passwords"])
        return s
    }

    static func tutor(_ fields: Fields) throws -> TutorSettings {
        let f = try EnvironmentDecoder.block(fields, "tutor", ["volume_backups"])
        var s = TutorSettings()
        s.volumeBackups = try f.choice("volume_backups", default: .none)
        s.sources = SettingSources(f, keys: ["volume_backups"])
        return s
    }

    /// A snapshot name (or prefix) AWS accepts: 1-255 ASCII letters, digits and hyphens,
    /// starting with a letter, without two hyphens in a row or a hyphen at the end
    /// (DeleteDBInstance / DeleteDBCluster FinalDBSnapshotIdentifier; ElastiCache snapshot names).
    static func identifier(_ f: Fields, _ key: String) throws -> String? {
        guard let text = try f.optionalString(key) else { return nil }
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard (1...255).contains(text.count), allowed, text.first?.isLetter == true,
              !text.contains("--"), !text.hasSuffix("-") else {
            throw ScenarioError.outOfRange(f.location(key), key: f.name(key), value: text, rule:
                "a snapshot identifier: letters, digits and hyphens, starting with a letter, no '--', not ending with '-'")
        }
        return text
    }
}
