import Diagnostics
import Foundation
import HCL

/// mysql (RDS), mongodb (DocumentDB) and redis (ElastiCache) settings, from the registry
/// module or the resource that holds them (cookiecutter-backend.md §2.5-2.7). The safe-teardown
/// keys (skip_final_snapshot, deletion_protection, final_snapshot_identifier, ...) default to
/// what AWS or the module does when the tree leaves them unset, which is not the cookiecutter's.
enum DataStoreSettings {
    static func mysql(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "mysql")
        let rds = content.modules("terraform-aws-modules/rds/").map { ($0.block, $0.scope, "terraform-aws-rds module") }
        let instances = content.resources("aws_db_instance").map { ($0.block, $0.scope, "aws_db_instance") }
        guard let (found, scope, origin) = (rds + instances).first else { return block }
        let body = found.body
        block.add("instance_class", scope.argument(body, "instance_class"), .string)
        block.add("engine_version", scope.argument(body, "engine_version"), .string)
        block.add("allocated_storage_gb", scope.argument(body, "allocated_storage"), .int, range: 1...65536)
        block.add("storage_type", scope.argument(body, "storage_type"), .string, allowed: ["gp2", "gp3", "io1"])
        block.add("iops", scope.argument(body, "iops"), .int, range: 0...256_000)
        block.add("multi_az", scope.argument(body, "multi_az"), .bool)
        block.add("backup_retention_days", scope.argument(body, "backup_retention_period"), .int, range: 0...35)
        block.add("deletion_protection", scope.argument(body, "deletion_protection"), .bool)
        block.add("skip_final_snapshot", scope.argument(body, "skip_final_snapshot"), .bool)
        block.add("storage_encrypted", scope.argument(body, "storage_encrypted"), .bool)
        // The scenario models the rds module's prefix; a raw aws_db_instance's own name is not kept.
        if origin != "aws_db_instance" {
            // rds v4 removed `final_snapshot_identifier` (it names the snapshot from the prefix).
            if let ignored = body.attribute("final_snapshot_identifier") {
                block.warn(ignored.location, "terraform-aws-modules/rds v4 has no final_snapshot_identifier input: Terraform ignores it; "
                           + "final_snapshot_identifier_prefix names the final snapshot")
            }
            block.add("final_snapshot_identifier_prefix",
                      snapshotName(scope.argument(body, "final_snapshot_identifier_prefix"), &block), .string)
        }
        block.add("delete_automated_backups", scope.argument(body, "delete_automated_backups"), .bool)
        // rds v4 and the aws provider both default to keeping nothing safe on delete.
        let unset = "not set: \(origin) default"
        block.addDefault("multi_az", .bool(false), at: found.location, because: unset)
        block.addDefault("deletion_protection", .bool(false), at: found.location, because: unset)
        block.addDefault("skip_final_snapshot", .bool(false), at: found.location, because: unset)
        block.addDefault("delete_automated_backups", .bool(true), at: found.location, because: unset)
        if origin == "aws_db_instance" { block.addDefault("storage_encrypted", .bool(false), at: found.location, because: unset) }
        return block
    }

    static func mongodb(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "mongodb")
        if let (instance, scope) = content.resources("aws_docdb_cluster_instance").first {
            block.add("instance_class", scope.argument(instance.body, "instance_class"), .string)
            if let count = scope.argument(instance.body, "count") {
                block.add("instances", count, .int, range: 1...16)
            } else {
                let total = content.resources("aws_docdb_cluster_instance").count
                block.add("instances", Sourced(value: .number(Decimal(total)), location: instance.location), .int, range: 1...16)
            }
        }
        guard let (cluster, scope) = content.resources("aws_docdb_cluster").first else { return block }
        let body = cluster.body
        block.add("engine_version", scope.argument(body, "engine_version"), .string)
        block.add("backup_retention_days", scope.argument(body, "backup_retention_period"), .int, range: 1...35)
        block.add("deletion_protection", scope.argument(body, "deletion_protection"), .bool)
        block.add("skip_final_snapshot", scope.argument(body, "skip_final_snapshot"), .bool)
        block.add("storage_encrypted", scope.argument(body, "storage_encrypted"), .bool)
        block.add("final_snapshot_identifier", snapshotName(scope.argument(body, "final_snapshot_identifier"), &block), .string)
        if let group = body.attribute("db_cluster_parameter_group_name") {
            // H12: a literal name gives Terraform no edge to the parameter group, so create and
            // destroy may race it; a reference orders them.
            let referenced = referencesResource(scope.resolveLocal(group.value), type: "aws_docdb_cluster_parameter_group", scope: scope)
            block.add("parameter_group_referenced", Sourced(value: .bool(referenced), location: group.value.location), .bool)
        }
        let unset = "not set: aws provider default"
        block.addDefault("deletion_protection", .bool(false), at: cluster.location, because: unset)
        block.addDefault("skip_final_snapshot", .bool(false), at: cluster.location, because: unset)
        block.addDefault("storage_encrypted", .bool(false), at: cluster.location, because: unset)
        return block
    }

    static func redis(_ content: ModuleContent) -> SettingsBlock {
        var block = SettingsBlock(key: "redis")
        if let (group, scope) = content.resources("aws_elasticache_replication_group").first {
            let body = group.body
            block.add("node_type", scope.argument(body, "node_type"), .string)
            block.add("cache_clusters", scope.argument(body, "num_cache_clusters") ?? scope.argument(body, "number_cache_clusters"),
                      .int, range: 1...6)
            block.add("engine_version", scope.argument(body, "engine_version"), .string)
            block.add("snapshot_retention_days", scope.argument(body, "snapshot_retention_limit"), .int, range: 0...35)
            block.add("final_snapshot_identifier", snapshotName(scope.argument(body, "final_snapshot_identifier"), &block), .string)
            // §2.7: unset retention is 0, no backups at all.
            block.addDefault("snapshot_retention_days", .int(0), at: group.location, because: "not set: aws provider default (no backups)")
        } else if let (cluster, scope) = content.resources("aws_elasticache_cluster").first {
            block.add("node_type", scope.argument(cluster.body, "node_type"), .string)
            block.add("cache_clusters", scope.argument(cluster.body, "num_cache_nodes"), .int, range: 1...6)
            block.add("engine_version", scope.argument(cluster.body, "engine_version"), .string)
            block.add("snapshot_retention_days", scope.argument(cluster.body, "snapshot_retention_limit"), .int, range: 0...35)
        }
        return block
    }

    /// A final snapshot name AWS accepts (letters, digits and hyphens, starting with a letter,
    /// no `--`, no trailing `-`), else a warning: the destroy that needs it would fail with
    /// InvalidParameterValue. The cookiecutter's `lower(name)` for DocumentDB has underscores
    /// (`prod-yourschool-usa_east-mongodb`), unused only because skip_final_snapshot is true.
    static func snapshotName(_ value: Sourced<Value>?, _ block: inout SettingsBlock) -> Sourced<Value>? {
        guard let value, let text = value.value.stringValue else { return value }
        let valid = (1...255).contains(text.count) && text.first?.isLetter == true && !text.contains("--") && !text.hasSuffix("-")
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard valid else {
            block.warn(value.location, "final snapshot name '\(text)' is not one AWS accepts (letters, digits and hyphens, "
                       + "starting with a letter): a destroy that takes the final snapshot fails with InvalidParameterValue; not written")
            return nil
        }
        return value
    }

    /// True when `expression` reads `<type>.<name>.<attribute>` (directly or through locals).
    static func referencesResource(_ expression: Expr, type: String, scope: ModuleScope) -> Bool {
        if !expression.references(to: type).isEmpty { return true }
        return expression.references(to: "local").contains { name in
            let local = scope.resolveLocal(Expr(.attribute(Expr(.variable("local"), expression.location), name), expression.location))
            return !local.references(to: type).isEmpty
        }
    }
}
