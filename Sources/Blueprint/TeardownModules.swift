import Scenario

/// What the teardown settings of a scenario add to the modules: where secrets' values come
/// from, the final-snapshot naming of rds v4.2.0, and AWS Backup for the bucket.
extension ModuleBuilder {
    var passwordsExternal: Bool { environment.kubernetesSecrets.passwords == .external }

    /// The random material behind a Kubernetes secret (cookiecutter-backend.md section 7): a
    /// `random_password`/`tls_private_key` in the module's state, regenerated on every
    /// recreate; or, with `passwords: external`, nothing in state: the value is read from an
    /// AWS Secrets Manager secret made once outside the environment. Returns what the
    /// secret depends on.
    mutating func secretMaterial(_ module: ModuleName, _ address: String, _ type: String,
                                 _ attributes: [String: AttributeValue], secret: String) -> [String] {
        guard passwordsExternal else {
            add(module, address, type, .terraform, attributes)
            return [address]
        }
        addExternalSecret(secret)
        return []
    }

    /// The secret's attributes, with where its values come from when that is outside state.
    func secretAttributes(_ name: String) -> [String: AttributeValue] {
        var attributes: [String: AttributeValue] = ["name": .string(name)]
        if passwordsExternal { attributes["values_from"] = .string(externalSecretName(name)) }
        return attributes
    }

    func externalSecretName(_ name: String) -> String { "\(namespace)/\(name)" }

    /// The Secrets Manager secret itself: made by hand (or by an account-level stack) once,
    /// so no environment's destroy deletes it. $0.40 a secret a month.
    mutating func addExternalSecret(_ name: String) {
        let address = "aws_secretsmanager_secret.\(name.replacingOccurrences(of: "-", with: "_"))"
        guard !resources.contains(where: { $0.module == "prerequisites" && $0.address == address }) else { return }
        add(module: "prerequisites", address, "aws_secretsmanager_secret", .manual,
            ["name": .string(externalSecretName(name)), "recovery_window_in_days": .int(30)])
    }

    /// rds v4.2.0 `modules/db_instance`: with `skip_final_snapshot = false` it makes
    /// `random_id.snapshot_identifier` (keepers: the identifier) and passes
    /// `final_snapshot_identifier = "<prefix>-<identifier>-<hex>"`, new on every create.
    mutating func addFinalSnapshotNaming(instance attributes: inout [String: AttributeValue], dependsOn: inout [String]) {
        let s = environment.mysql
        attributes["delete_automated_backups"] = .bool(s.deleteAutomatedBackups)
        guard !s.skipFinalSnapshot else { return }
        let random = "module.db.module.db_instance.random_id.snapshot_identifier[0]"
        add(.mysql, random, "random_id", .terraform, ["byte_length": .int(4), "keepers_id": attributes["identifier"] ?? .string("")])
        attributes["final_snapshot_identifier_prefix"] = .string(s.finalSnapshotIdentifierPrefix)
        dependsOn.append(random)
    }

    /// AWS Backup for the buckets: a plan with a continuous-backup rule (point-in-time
    /// restore for 35 days; it needs versioning) and a selection of the buckets, in the
    /// module's state; the vault they write to is outside it, because a vault that holds
    /// recovery points cannot be deleted (and would take them with it if it could).
    mutating func addBucketBackup(vault: String, buckets: [String]) {
        let role = "aws_iam_role.backup"
        add(.s3OpenedxStorage, role, "aws_iam_role", .terraform, ["assumed_by": .string("backup.amazonaws.com")])
        add(.s3OpenedxStorage, "aws_iam_role_policy_attachment.backup_s3", "aws_iam_role_policy_attachment", .terraform,
            ["policy_arn": .string("arn:aws:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup")], dependsOn: [role])
        add(.s3OpenedxStorage, "aws_backup_plan.s3", "aws_backup_plan", .terraform,
            ["name": .string("\(namespace)-s3"), "target_vault_name": .string(vault),
             "enable_continuous_backup": .bool(true), "delete_after_days": .int(35)])
        add(.s3OpenedxStorage, "aws_backup_selection.s3", "aws_backup_selection", .terraform,
            ["plan": .string("\(namespace)-s3"), "resources": .strings(buckets.map { "arn:aws:s3:::\($0)" })],
            dependsOn: ["aws_backup_plan.s3", role] + buckets.indices.map { bucketAddress($0) + ".aws_s3_bucket.this[0]" })
        add(module: "prerequisites", "aws_backup_vault.\(vault.replacingOccurrences(of: "-", with: "_"))", "aws_backup_vault",
            .manual, ["name": .string(vault)])
    }

    /// `module.data_backup_s3_bucket` for the bucket of v0.0.6 (`module.<suffix>_s3_bucket`
    /// after it); HEAD's `EM/s3_openedx_storage` calls them `module.openedx_<suffix>`.
    func bucketAddress(_ index: Int) -> String {
        let suffix = ["storage", "backup", "secrets"][index]
        if layout == .sharedStack { return "module.openedx_\(suffix)" }
        return index == 0 ? "module.data_backup_s3_bucket" : "module.\(suffix)_s3_bucket"
    }
}
