import Blueprint
import Scenario
import Testing

/// What the teardown settings change in the modules' resources (safe-teardown.yaml against
/// the cookiecutter defaults of default.yaml).
@Suite struct TeardownBlueprintTests {
    let defaults: EnvironmentBlueprint
    let safe: EnvironmentBlueprint

    init() throws {
        defaults = try BlueprintTestSupport.blueprint("default.yaml").environment("prod")
        safe = try BlueprintTestSupport.blueprint("safe-teardown.yaml").environment("prod")
    }

    func resource(_ blueprint: EnvironmentBlueprint, _ module: String, _ address: String,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Resource {
        try #require(blueprint.resources.first { $0.module == module && $0.address == address }, sourceLocation: sourceLocation)
    }

    /// H12: the literal gives no edge; the reference does, so the planner and simulator order them.
    @Test func theParameterGroupIsAnEdgeOnlyWhenReferenced() throws {
        let literal = try resource(defaults, "mongodb", "aws_docdb_cluster.default")
        let referenced = try resource(safe, "mongodb", "aws_docdb_cluster.default")
        #expect(!literal.dependsOn.contains("aws_docdb_cluster_parameter_group.no_tls"))
        #expect(referenced.dependsOn.contains("aws_docdb_cluster_parameter_group.no_tls"))
        #expect(literal["db_cluster_parameter_group_name"] == referenced["db_cluster_parameter_group_name"])
        #expect(referenced["final_snapshot_identifier"] == .string("prod-mongodb-final-1"))
        #expect(literal["final_snapshot_identifier"] == nil, "unused while skip_final_snapshot = true")
    }

    /// rds v4.2.0: a random_id names the final snapshot only when one is taken.
    @Test func mysqlNamesItsFinalSnapshotWithARandomSuffix() throws {
        let address = "module.db.module.db_instance.aws_db_instance.this[0]"
        let random = "module.db.module.db_instance.random_id.snapshot_identifier[0]"
        let before = try resource(defaults, "mysql", address)
        let after = try resource(safe, "mysql", address)
        #expect(before["delete_automated_backups"] == .bool(true))
        #expect(before["final_snapshot_identifier_prefix"] == nil)
        #expect(!defaults.addresses(in: "mysql").contains(random))
        #expect(after["skip_final_snapshot"] == .bool(false))
        #expect(after["delete_automated_backups"] == .bool(false))
        #expect(after["final_snapshot_identifier_prefix"] == .string("final"))
        #expect(after.dependsOn.contains(random))
        #expect(try resource(safe, "mysql", random).type == "random_id")
    }

    @Test func redisAndTheBucketKeepACopy() throws {
        let group = try resource(safe, "redis", "module.redis.aws_elasticache_replication_group.this")
        #expect(group["final_snapshot_identifier"] == .string("prod-redis-final-1"))
        let bucket = try resource(safe, "s3_openedx_storage", "module.data_backup_s3_bucket.aws_s3_bucket.this[0]")
        #expect(bucket["backup_vault"] == .string("openedx-prod-backups"))
        #expect(bucket["versioning"] == .bool(true) && bucket["force_destroy"] == .bool(true))
        let selection = try resource(safe, "s3_openedx_storage", "aws_backup_selection.s3")
        #expect(selection.dependsOn.contains("module.data_backup_s3_bucket.aws_s3_bucket.this[0]"))
        #expect(try resource(safe, "s3_openedx_storage", "aws_backup_plan.s3")["enable_continuous_backup"] == .bool(true))
        // The vault is outside the environment's state: a destroy must not take the recovery points.
        let vault = try resource(safe, "prerequisites", "aws_backup_vault.openedx_prod_backups")
        #expect(vault.managedBy == .manual)
        #expect(!defaults.resources.contains { $0.type.hasPrefix("aws_backup") })
    }

    /// `passwords: external`: no random material in state; the secrets say where values come from.
    @Test func externalPasswordsLeaveNoRandomMaterialInState() throws {
        let randomTypes: Set = ["random_password", "tls_private_key"]
        #expect(defaults.resources.filter { randomTypes.contains($0.type) }.count == 6)
        #expect(safe.resources.filter { randomTypes.contains($0.type) }.isEmpty)
        let admin = try resource(safe, "kubernetes_secrets", "kubernetes_secret.admin_edx")
        #expect(admin["values_from"] == .string("prod-yourschool-global/admin-edx"))
        #expect(admin.dependsOn.isEmpty)
        #expect(try resource(safe, "mysql", "module.db.module.db_instance.aws_db_instance.this[0]")["password_from"]
            == .string("prod-yourschool-global/mysql-root"))
        let stored = safe.resources.filter { $0.type == "aws_secretsmanager_secret" }
        #expect(stored.count == 6)
        #expect(stored.allSatisfy { $0.managedBy == .manual })
        // Derived values stay as they were.
        #expect(try resource(safe, "redis", "kubernetes_secret.secret")["values_from"] == nil)
    }

    @Test func tutorVolumesCarryTheOperatorsProcedure() throws {
        let volumes = safe.resources(in: "tutor").filter { $0.type == "aws_ebs_volume" }
        #expect(volumes.count == 3)
        #expect(volumes.allSatisfy { $0["backup"] == .string("snapshot-before-destroy") })
        #expect(defaults.resources(in: "tutor").allSatisfy { $0["backup"] == nil })
    }
}
