import Blueprint
import Rehearsal
import Scenario
import Testing

/// Issue 4: "A what-if scenario with safe settings reports no data loss and a clean destroy",
/// while the cookiecutter defaults still report what the issue lists.
@Suite struct SafeTeardownTests {
    static func hazardsRead(_ file: String) throws -> [Hazard] {
        let scenario = try ScenarioLoader.load(path: file,
                                               relativeTo: RehearsalRig.repository.appendingPathComponent("Scenarios", isDirectory: true))
        let prod = try #require(Blueprint.expand(scenario).environments.first { $0.name == "prod" })
        return HazardCatalogue.read(prod, scenario: scenario)
    }

    @Test func safeSettingsLoseNothingAndDestroyCleanly() throws {
        let run = try RehearsalRig.rehearse(file: "safe-teardown.yaml")
        #expect(run.succeeded)
        #expect(run.failurePoints.isEmpty, "\(run.failurePoints)")
        // Nothing met on the way down. Met on each apply: only where a real run of the defaults'
        // Kubernetes and MySQL versions, the public bucket policy and certificate lookup stop (H20, H13), which the simulation reports and goes past.
        #expect(run.hazardsMet.map(\.id) == ["H20", "H20", "H20", "H13", "H20", "H20", "H20", "H13"], "\(run.hazardsMet.map(\.id))")
        #expect(run.hazardsMet.allSatisfy { $0.evidence.hasPrefix("met during apply: a real run stops here") })
        #expect(run.convergesOnRetry)
        #expect(run.dataLoss.count == 15)
        #expect(run.dataLoss.filter { $0.outcome == .lost }.isEmpty, "\(run.dataLoss.filter { $0.outcome == .lost })")
        // Every data store comes back from a copy outside it; the secrets with the same values.
        let restorable = Set(run.dataLoss.filter { $0.outcome == .restorable }.map(\.store))
        #expect(restorable == ["RDS MySQL", "DocumentDB", "ElastiCache Redis", "S3", "in-cluster volume"])
        let secrets = run.dataLoss.filter { $0.store == "Kubernetes secret" }
        #expect(secrets.allSatisfy { $0.outcome == .kept })
        #expect(secrets.filter { $0.why.contains("Secrets Manager") }.count == 6)
        let bucket = try #require(run.dataLoss.first { $0.store == "S3" })
        #expect(bucket.why.contains("vault openedx-prod-backups"))
        // The destroy ran to the end and the recreate built everything again.
        let destroy = try #require(run.phases.first { $0.mode == .destroy })
        #expect(destroy.succeeded && destroy.modules.allSatisfy { $0.status == .succeeded })
        #expect(run.phases.last?.succeeded == true)
    }

    /// H12 read from the configuration goes away when Terragrunt retries the error the
    /// simulator raises for it, and stays for a pattern that matches something else.
    @Test func aRetryOfTheParameterGroupErrorClearsH12() throws {
        #expect(try Self.hazardsRead("default.yaml").contains { $0.id == "H12" })
        #expect(try !Self.hazardsRead("retry-teardown.yaml").contains { $0.id == "H12" })
        let text = try String(contentsOf: RehearsalRig.repository.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        for (pattern, kept) in [("(?s).*in this parameter group.*", true), ("still members of this parameter group mongo-cluster", false)] {
            let scenario = try ScenarioLoader.load(text: text.replacingOccurrences(
                of: "name: default\n", with: "name: default\nterragrunt: { retryable_errors: ['\(pattern)'] }\n"), file: "default.yaml")
            let prod = try #require(Blueprint.expand(scenario).environments.first { $0.name == "prod" })
            #expect(HazardCatalogue.read(prod, scenario: scenario).contains { $0.id == "H12" } == kept, "\(pattern)")
        }
    }

    /// The data hazards read from the configuration are gone; what stays says why.
    @Test func safeSettingsClearTheDataHazards() throws {
        let ids = Set(try Self.hazardsRead("safe-teardown.yaml").map(\.id))
        for gone in ["H1", "H2", "H3", "H4", "H5", "H5-versioning", "H5-force-destroy", "H12", "TS-H20", "TS-H7", "TS-H9", "TS-H10"] {
            #expect(!ids.contains(gone), "\(gone) is still read")
        }
        // Fixed DocumentDB and Redis snapshot names work once: the next destroy needs new ones.
        let next = try Self.hazardsRead("safe-teardown.yaml").filter { $0.id == "TS-H8" }
        #expect(next.count == 2)
        #expect(next.allSatisfy { $0.evidence.contains("set at safe-teardown.yaml:") })
    }

    @Test func theDefaultsStillLoseWhatTheIssueLists() throws {
        let run = try RehearsalRig.rehearse()
        let lost = run.dataLoss.filter { $0.outcome == .lost }
        #expect(Set(lost.map(\.store)) == ["RDS MySQL", "DocumentDB", "ElastiCache Redis", "Kubernetes secret"])
        // The secrets fed by random_password (through the instance for mysql-root); not the
        // ones derived from an endpoint or a new access key.
        #expect(Set(lost.filter { $0.store == "Kubernetes secret" }.map(\.address))
            == ["kubernetes_secret.mongodb_admin", "kubernetes_secret.mysql_root", "kubernetes_secret.openedx"])
        let root = try #require(lost.first { $0.address == "kubernetes_secret.mysql_root" })
        #expect(root.why.contains("random_password.master_password"))
        let mysql = try #require(lost.first { $0.store == "RDS MySQL" })
        #expect(mysql.why.contains("skip_final_snapshot = true") && mysql.why.contains("delete_automated_backups = true"))
        // The bucket and what Terragrunt skipped survive only because the destroy stopped.
        let bucket = try #require(run.dataLoss.first { $0.store == "S3" })
        #expect(bucket.outcome == .kept && bucket.why.contains("destroy stopped"))
        // BucketNotEmpty stops the rest; H12 is where a real destroy stops first (no provider
        // retry), reported as met while the simulation goes past it.
        let failures = run.phases.flatMap(\.failures)
        #expect(Set(failures.compactMap { $0.failure?.code }) == ["BucketNotEmpty"])
        let h12 = try #require(run.hazardsMet.first { $0.id == "H12" })
        #expect(h12.severity == .blocksDestroy)
        #expect(h12.address == "mongodb: aws_docdb_cluster_parameter_group.no_tls")
        #expect(h12.evidence == "met during destroy: a real run stops here (at destroy); the simulation went on")
        #expect(h12.awsError?.hasPrefix("InvalidDBParameterGroupState: One or more database clusters") == true)
        #expect(!run.succeeded)
    }

    @Test func theDefaultsHazardsSayWhereEachValueCameFrom() throws {
        let hazards = try Self.hazardsRead("default.yaml")
        let h1 = try #require(hazards.first { $0.id == "H1" })
        #expect(h1.evidence.contains("skip_final_snapshot = true (set at default.yaml:23:"))
        #expect(h1.evidence.contains("delete_automated_backups = true (rds v4.2.0 default)"))
        let h12 = try #require(hazards.first { $0.id == "H12" })
        #expect(h12.evidence.contains("parameter_group_referenced = false"))
        #expect(h12.awsError?.contains("does not retry") == true)
        for id in ["H2", "H3", "H4", "H5", "H5-versioning", "TS-H20"] { #expect(hazards.contains { $0.id == id }, "\(id)") }
    }
}
