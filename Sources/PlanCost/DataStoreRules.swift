import TerraformPlan

/// The data-store hazards of one delete or replacement, read from the object's before values
/// with `rehearse`'s ids, titles and AWS errors (Rehearsal's DataStoreHazards, docs/simulator.md):
/// H1, H2, H3, H5, H21, TS-H7, TS-H9, TS-H10.
struct DataStoreRules {
    let change: ResourceChange
    let before: JSONValue
    private(set) var found: [PlanHazard] = []

    init(change: ResourceChange, before: JSONValue) {
        self.change = change
        self.before = before
    }

    private func says(_ names: String...) -> String {
        let verb = change.isReplace ? "replaced" : "deleted"
        return "\(verb) with " + names.map { name in
            let shown = sensitive(name) ? "(sensitive)" : before[name].map(Self.show) ?? "unset"
            return "\(name) = \(shown)"
        }.joined(separator: ", ")
    }

    private func sensitive(_ name: String) -> Bool { change.beforeSensitive?[name]?.bool == true }

    static func show(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return "\"\(text)\""
        case .array(let items): return "[" + items.map(show).joined(separator: ", ") + "]"
        case .object: return "{...}"
        }
    }

    private mutating func add(_ id: String, _ title: String, _ severity: String, _ evidence: String, error: String? = nil, fix: String) {
        found.append(PlanHazard(id: id, title: title, severity: severity, address: change.address, action: change.actionName,
                                evidence: evidence, awsError: error, fix: fix))
    }

    mutating func read() {
        switch change.type {
        case "aws_db_instance": mysql()
        case "aws_docdb_cluster": documentDB()
        case "aws_elasticache_replication_group", "aws_elasticache_cluster": redis()
        case "aws_s3_bucket" where !change.isReplace || change.before?["bucket"] != change.after?["bucket"]: bucket()
        case "aws_instance" where change.isReplace && change.replacePaths.contains("ami"): instance()
        default: break
        }
    }

    private mutating func mysql() {
        let protected = before["deletion_protection"]?.bool == true
        if protected {
            add("TS-H9", "RDS deletion protection stops destroy", "blocks-destroy", says("deletion_protection"),
                error: "InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.",
                fix: "set deletion_protection = false and apply, on purpose, right before destroying")
            return
        }
        let skip = before["skip_final_snapshot"]?.bool ?? false
        let keptBackups = before["delete_automated_backups"]?.bool == false && (before["backup_retention_period"]?.int ?? 0) > 0
        if skip, !keptBackups {
            add("H1", "RDS destroy deletes every database for good", "data-loss",
                says("skip_final_snapshot", "deletion_protection", "delete_automated_backups", "backup_retention_period"),
                fix: "set skip_final_snapshot = false with a final_snapshot_identifier, delete_automated_backups = false, and deletion_protection = true outside planned teardowns; apply that before this plan")
        }
        if !skip, before["final_snapshot_identifier"]?.string == nil {
            add("TS-H7", "RDS destroy needs a final snapshot identifier", "blocks-destroy", says("skip_final_snapshot", "final_snapshot_identifier"),
                error: "DB Instance FinalSnapshotIdentifier is required when a final snapshot is required",
                fix: "set final_snapshot_identifier and apply before destroying")
        }
    }

    private mutating func documentDB() {
        if before["deletion_protection"]?.bool == true {
            add("TS-H10", "DocumentDB deletion protection stops destroy", "blocks-destroy", says("deletion_protection"),
                error: "InvalidParameterCombination: Cannot delete protected Cluster, please disable deletion protection and try again.",
                fix: "set deletion_protection = false and apply, on purpose, right before destroying")
            return
        }
        let skip = before["skip_final_snapshot"]?.bool ?? false
        if skip {
            add("H2", "DocumentDB destroy deletes the course data for good", "data-loss", says("skip_final_snapshot", "deletion_protection"),
                fix: "skip_final_snapshot = false with a final_snapshot_identifier that changes per destroy; deletion_protection = true outside planned teardowns")
        } else if before["final_snapshot_identifier"]?.string == nil {
            add("TS-H10", "DocumentDB destroy needs a final snapshot identifier", "blocks-destroy",
                says("skip_final_snapshot", "final_snapshot_identifier"),
                error: "DocumentDB Cluster FinalSnapshotIdentifier is required when a final snapshot is required",
                fix: "set final_snapshot_identifier and apply before destroying")
        }
    }

    private mutating func redis() {
        guard before["final_snapshot_identifier"]?.string == nil else { return }
        add("H3", "Redis has no snapshot on delete", "data-loss", says("final_snapshot_identifier", "snapshot_retention_limit"),
            fix: "set final_snapshot_identifier (automatic backups are deleted with the group); sessions and cache are lost otherwise")
    }

    private mutating func bucket() {
        if before["force_destroy"]?.bool == true {
            add("H5-force-destroy", "force_destroy deletes every object and version", "data-loss", says("force_destroy"),
                fix: "keep a copy outside the bucket first: AWS Backup for S3 or a replica bucket")
        } else {
            add("H5", "A bucket holding objects stops destroy", "blocks-destroy", says("force_destroy"),
                error: "BucketNotEmpty: The bucket you tried to delete is not empty",
                fix: "empty the bucket first, or set force_destroy = true and apply before destroying (after a backup)")
        }
    }

    private mutating func instance() {
        add("H21", "A new AMI replaces the instance and its disk", "data-loss", says("ami"),
            fix: "lifecycle { ignore_changes = [ami] } or pin the AMI")
    }
}
