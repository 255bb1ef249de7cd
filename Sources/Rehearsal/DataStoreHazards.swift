import Blueprint
import Scenario
import Simulator

/// The data stores' tear-down hazards (cookiecutter-backend.md H1-H5, H12, H19;
/// terraform-semantics.md H7-H10, H19), read from the desired resources. Each one goes away
/// when the scenario's setting makes the store safe, and its evidence says where each value
/// came from: the scenario file's line, or the cookiecutter file that sets the default.
struct DataStoreHazards {
    let scope: String
    /// The scope's settings as written (nil for a scope the scenario does not name).
    let settings: Environment?
    let resources: [Resource]
    /// The root terragrunt.hcl's auto-retry: an error it retries no longer stops a destroy.
    let autoRetry: AutoRetry
    private(set) var found: [Hazard] = []

    init(scope: String, settings: Environment?, resources: [Resource], autoRetry: AutoRetry = .terragruntDefault) {
        self.scope = scope
        self.settings = settings
        self.resources = resources
        self.autoRetry = autoRetry
    }

    private mutating func add(_ id: String, _ title: String, _ severity: Severity, _ resource: Resource, _ evidence: String,
                              error: String? = nil, fix: String) {
        found.append(Hazard(id: id, title: title, severity: severity, scope: scope, address: "\(resource.module): \(resource.address)",
                            evidence: evidence, awsError: error, fix: fix))
    }

    /// `key = value (origin)`, the origin being the scenario's line or the default's source.
    private func says(_ sources: SettingSources?, _ key: String, _ value: AttributeValue?, default origin: String) -> String {
        "\(key) = \(value.map { "\($0)" } ?? "unset") (\(sources?.origin(of: key, default: origin) ?? origin))"
    }

    mutating func mysql(_ resource: Resource) {
        let a = resource.attributes
        let sources = settings?.mysql.sources
        if a["skip_final_snapshot"]?.bool == true, a["deletion_protection"]?.bool != true {
            add("H1", "RDS destroy deletes every database for good", .dataLoss, resource,
                [says(sources, "skip_final_snapshot", a["skip_final_snapshot"], default: "cookiecutter.json, E/mysql/terragrunt.hcl"),
                 says(sources, "deletion_protection", a["deletion_protection"], default: "cookiecutter.json"),
                 says(sources, "delete_automated_backups", a["delete_automated_backups"], default: "rds v4.2.0 default")]
                    .joined(separator: ", "),
                fix: "set skip_final_snapshot = false (rds v4.2.0 names the snapshot <final_snapshot_identifier_prefix>-<identifier>-<random hex>, new per destroy), delete_automated_backups = false, and deletion_protection = true outside planned teardowns")
        }
        if a["skip_final_snapshot"]?.bool == false, a["final_snapshot_identifier"] == nil, a["final_snapshot_identifier_prefix"] == nil {
            add("TS-H7", "RDS destroy needs a final snapshot identifier", .blocksDestroy, resource,
                "skip_final_snapshot = false without final_snapshot_identifier",
                error: "DB Instance FinalSnapshotIdentifier is required when a final snapshot is required",
                fix: "set final_snapshot_identifier and apply before destroying")
        }
        if a["deletion_protection"]?.bool == true {
            add("TS-H9", "RDS deletion protection stops destroy", .blocksDestroy, resource,
                says(sources, "deletion_protection", a["deletion_protection"], default: "cookiecutter.json"),
                error: "InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.",
                fix: "set deletion_protection = false and apply, on purpose, right before destroying")
        }
    }

    mutating func documentDB(_ resource: Resource) {
        let a = resource.attributes
        let sources = settings?.mongodb.sources
        if a["skip_final_snapshot"]?.bool == true, a["deletion_protection"]?.bool != true {
            add("H2", "DocumentDB destroy deletes the course data for good", .dataLoss, resource,
                says(sources, "skip_final_snapshot", a["skip_final_snapshot"], default: "hard-coded in E/mongodb/terragrunt.hcl")
                    + ", " + says(sources, "deletion_protection", a["deletion_protection"], default: "M/mongodb default"),
                fix: "skip_final_snapshot = false with a final_snapshot_identifier that changes per destroy; deletion_protection = true outside planned teardowns")
        }
        if a["deletion_protection"]?.bool == true {
            add("TS-H10", "DocumentDB deletion protection stops destroy", .blocksDestroy, resource,
                says(sources, "deletion_protection", a["deletion_protection"], default: "M/mongodb default"),
                error: "InvalidParameterCombination: Cannot delete protected Cluster, please disable deletion protection and try again.",
                fix: "set deletion_protection = false and apply, on purpose, right before destroying")
        }
        if a["skip_final_snapshot"]?.bool == false, let name = a["final_snapshot_identifier"]?.string {
            if !Self.isValidSnapshotName(name) {
                add("H19", "The final snapshot's name is not a valid identifier", .blocksDestroy, resource,
                    says(sources, "final_snapshot_identifier", a["final_snapshot_identifier"], default: "lower(name) in M/mongodb/main.tf"),
                    error: "InvalidParameterValue: The parameter FinalDBSnapshotIdentifier is not a valid identifier.",
                    fix: "set final_snapshot_identifier to letters, digits and hyphens (the namespace has an underscore)")
            }
            add("TS-H8", "A fixed final snapshot name fails the next destroy", .blocksDestroy, resource,
                says(sources, "final_snapshot_identifier", a["final_snapshot_identifier"], default: "lower(name) in M/mongodb/main.tf")
                    + ": once this destroy has taken it, the same name fails the next one",
                error: "DBClusterSnapshotAlreadyExistsFault: Cannot create the snapshot because a snapshot with the identifier \(name) already exists.",
                fix: "change final_snapshot_identifier before every destroy (for example add the date), or delete the old snapshot once restored")
        }
        if a["storage_encrypted"]?.bool == false {
            add("H23", "DocumentDB storage is not encrypted", .security, resource,
                says(sources, "storage_encrypted", a["storage_encrypted"], default: "hard-coded in E/mongodb/terragrunt.hcl"),
                fix: "storage_encrypted = true (forces replacement: plan a migration)")
        }
    }

    /// H12: only while the cluster names the group by the literal (no dependency edge), and
    /// Terragrunt does not run the unit again when the group is still in use: its second
    /// run finds the cluster gone and deletes the group.
    mutating func parameterGroup(_ resource: Resource) {
        let users = resources.filter { $0.type == "aws_docdb_cluster" && $0.module == resource.module }
        guard let user = users.first, !user.dependsOn.contains(resource.address),
              !autoRetry.isRetryable(AWSFailure.parameterGroupInUse(resource.attributes["name"]?.string ?? "", by: user.address)
                .output(address: resource.address))
        else { return }
        add("H12", "DocumentDB parameter group has no dependency edge", .blocksDestroy, resource,
            "\(user.address) names it by the literal \"\(resource.attributes["name"]?.string ?? "")\" in M/mongodb/main.tf ("
                + (settings?.mongodb.sources.origin(of: "parameter_group_referenced", default: "parameter_group_referenced = false, the cookiecutter's")
                    ?? "the cookiecutter's") + ")",
            error: "InvalidDBParameterGroupState on destroy, failing at once (the provider does not retry it) / DBClusterParameterGroupNotFound (create race)",
            fix: "db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.no_tls.name (parameter_group_referenced: true)")
    }

    mutating func redis(_ resource: Resource) {
        let a = resource.attributes
        let sources = settings?.redis.sources
        if let name = a["final_snapshot_identifier"]?.string {
            add("TS-H8", "A fixed final snapshot name fails the next destroy", .blocksDestroy, resource,
                says(sources, "final_snapshot_identifier", a["final_snapshot_identifier"], default: "")
                    + ": once this destroy has taken it, the same name fails the next one",
                error: "SnapshotAlreadyExistsFault: Snapshot with specified name [\(name)] already exists.",
                fix: "change final_snapshot_identifier before every destroy, or delete the old snapshot once restored")
        } else {
            add("H3", "Redis has no snapshot on delete", .dataLoss, resource,
                says(sources, "snapshot_retention_limit", a["snapshot_retention_limit"], default: "unset in M/redis/modules/elasticache/main.tf")
                    + ", final_snapshot_identifier unset (the vendored module has no such input)",
                fix: "pass final_snapshot_identifier to the replication group (automatic backups are deleted with it); sessions and cache are lost on any replacement otherwise")
        }
    }

    mutating func bucket(_ resource: Resource) {
        let a = resource.attributes
        let sources = settings?.storage.sources
        let forceDestroy = says(sources, "force_destroy", a["force_destroy"], default: "s3-bucket ~> 3.1 default")
        let versioning = says(sources, "versioning", a["versioning"], default: "M/s3_openedx_storage/main.tf")
        if a["force_destroy"]?.bool != true {
            add("H5", "A bucket holding objects stops destroy", .blocksDestroy, resource, forceDestroy + ", " + versioning,
                error: "BucketNotEmpty: The bucket you tried to delete is not empty",
                fix: "empty the bucket first, or set force_destroy = true and apply before destroying (after a backup)")
        }
        guard a["backup_vault"] == nil else { return }
        if a["versioning"]?.bool != true {
            add("H5-versioning", "Uploads have no versions to restore", .dataLoss, resource, versioning + ", no backup_vault",
                fix: "enable versioning and AWS Backup for S3 (backup_vault) with a vault outside the environment's state")
        } else if a["force_destroy"]?.bool == true {
            add("H5-force-destroy", "force_destroy deletes every object and version", .dataLoss, resource,
                forceDestroy + ", no backup_vault",
                fix: "keep a copy outside the bucket first: AWS Backup for S3 (backup_vault) or a replica bucket")
        }
    }

    static func isValidSnapshotName(_ name: String) -> Bool {
        (1...255).contains(name.count) && name.first?.isLetter == true && !name.contains("--") && !name.hasSuffix("-")
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
