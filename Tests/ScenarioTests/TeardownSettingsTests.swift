import Diagnostics
import Scenario
import Testing

/// The teardown keys (final snapshots, kept backups, the DocumentDB parameter group's edge,
/// AWS Backup for S3, where passwords live, Tutor's volumes): the cookiecutter's defaults,
/// what safe-teardown.yaml sets and where, and every mistake at its own place.
@Suite struct TeardownSettingsTests {
    /// A scenario of only `prod`, with `block` under it, read as inline.yaml.
    func load(_ block: String) throws -> Scenario {
        try ScenarioLoader.load(text: "environments:\n  prod:\n" + block, file: "inline.yaml")
    }

    func error(_ block: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) { try load(block) }
    }

    @Test func defaultsAreTheCookiecutters() throws {
        let prod = try ScenarioTestSupport.repositoryScenario("default.yaml").environment(named: "prod")
        #expect(prod.mysql.finalSnapshotIdentifierPrefix == "final")
        #expect(prod.mysql.deleteAutomatedBackups)
        #expect(prod.mongodb.finalSnapshotIdentifier == nil)
        #expect(!prod.mongodb.parameterGroupReferenced)
        #expect(prod.redis.finalSnapshotIdentifier == nil)
        #expect(prod.storage.backupVault == nil)
        #expect(prod.kubernetesSecrets.passwords == .random)
        #expect(prod.tutor.volumeBackups == VolumeBackups.none)
        // Written in default.yaml, so its place is kept; a default has none.
        #expect(prod.mysql.sources.location(of: "skip_final_snapshot")?.description.hasPrefix("default.yaml:23:") == true)
        #expect(prod.mysql.sources.location(of: "delete_automated_backups") == nil)
        #expect(prod.mysql.sources.origin(of: "delete_automated_backups", default: "rds v4.2.0 default") == "rds v4.2.0 default")
    }

    @Test func safeTeardownSetsEveryStoreAndKeepsTheBase() throws {
        let prod = try ScenarioTestSupport.repositoryScenario("safe-teardown.yaml").environment(named: "prod")
        #expect(!prod.mysql.skipFinalSnapshot && !prod.mysql.deleteAutomatedBackups)
        #expect(prod.mysql.instanceClass == "db.t2.small", "from default.yaml")
        #expect(!prod.mongodb.skipFinalSnapshot && prod.mongodb.parameterGroupReferenced)
        #expect(prod.mongodb.finalSnapshotIdentifier == "prod-mongodb-final-1")
        #expect(prod.redis.finalSnapshotIdentifier == "prod-redis-final-1")
        #expect(prod.storage.forceDestroy && prod.storage.versioning && prod.storage.backupVault == "openedx-prod-backups")
        #expect(prod.kubernetesSecrets.passwords == .external)
        #expect(prod.tutor.volumeBackups == .snapshotBeforeDestroy)
        #expect(prod.storage.sources.location(of: "backup_vault")?.file == "safe-teardown.yaml")
        #expect(prod.tutor.sources.location(of: "volume_backups")?.file == "safe-teardown.yaml")
    }

    @Test func rdsV4HasNoFinalSnapshotIdentifier() throws {
        let error = try error("    mysql: { skip_final_snapshot: false, final_snapshot_identifier: prod-final }\n")
        guard case .inconsistent(let location, let problem) = error else { Issue.record("got \(error)"); return }
        #expect(location.description == "inline.yaml:3:69")
        #expect(problem.contains("final_snapshot_identifier_prefix"))
        #expect(problem.contains("UPGRADE-4.0.md"))
    }

    @Test func snapshotNamesAreCheckedWhereTheyAreWritten() throws {
        let mongo = try error("    mongodb:\n      final_snapshot_identifier: prod_mongodb\n")
        guard case .outOfRange(let location, let key, let value, _) = mongo else { Issue.record("got \(mongo)"); return }
        #expect(location.description == "inline.yaml:4:34")
        #expect(key == "environments.prod.mongodb.final_snapshot_identifier")
        #expect(value == "prod_mongodb")
        for bad in ["1prod", "prod--x", "prod-"] {
            #expect(throws: ScenarioError.self) { try load("    redis: { final_snapshot_identifier: \(bad) }\n") }
        }
        #expect(throws: ScenarioError.self) { try load("    mysql: { final_snapshot_identifier_prefix: final- }\n") }
    }

    @Test func aBackupVaultNeedsVersioning() throws {
        let error = try error("    s3_openedx_storage:\n      force_destroy: true\n      backup_vault: prod-vault\n")
        #expect(error.location?.description == "inline.yaml:5:21")
        #expect(error.message.contains("needs versioning"))
        let named = try self.error("    s3_openedx_storage: { versioning: true, backup_vault: \"a vault\" }\n")
        guard case .outOfRange = named else { Issue.record("got \(named)"); return }
    }

    @Test func typosGetASuggestion() throws {
        let value = try error("    kubernetes_secrets: { passwords: externel }\n")
        #expect(value.location?.description == "inline.yaml:3:38")
        #expect(value.hint == "did you mean 'external'?")
        let key = try error("    mongodb: { parameter_group_reference: true }\n")
        guard case .unknownKey(let location, "parameter_group_reference", _) = key else { Issue.record("got \(key)"); return }
        #expect(location.description == "inline.yaml:3:16")
        #expect(key.hint?.contains("'parameter_group_referenced'") == true)
        let procedure = try error("    tutor: { volume_backups: snapshot }\n")
        #expect(procedure.hint?.contains("snapshot-before-destroy") == true)
        let block = try error("    tutor: { volume_backup: none }\n")
        #expect(block.hint == "did you mean 'volume_backups'?")
    }
}
