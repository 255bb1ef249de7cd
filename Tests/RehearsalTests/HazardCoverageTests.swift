import Blueprint
import Rehearsal
import Scenario
import Testing

/// cookiecutter-backend.md section 6, read from the configuration: the defaults report every
/// hazard whose cause is in the configuration, each with a severity, evidence and a fix, and a
/// scenario that removes a cause no longer reports it.
@Suite struct HazardCoverageTests {
    static func hazards(_ text: String) throws -> [Hazard] {
        let scenario = try ScenarioLoader.load(text: text, file: "inline.yaml")
        let prod = try #require(Blueprint.expand(scenario).environments.first { $0.name == "prod" })
        return HazardCatalogue.read(prod, scenario: scenario)
    }

    /// At v0.0.6's usa_east every one; the shipped default's `global` removes H19's cause only.
    @Test func theDefaultsReportEveryHazardTheConfigurationCauses() throws {
        let v006 = try Self.hazards(try RehearsalRig.usaEastDefault())
        // H20 (drift and retired versions) is met when the run reaches AWS, not read here.
        let expected = (1...23).map { "H\($0)" }.filter { $0 != "H20" }
        #expect(expected.filter { !Set(v006.map(\.id)).contains($0) } == [])
        #expect(v006.filter { $0.id == "H19" }.map(\.evidence) == [
            "cluster_identifier = \"prod-yourschool-usa_east-mongodb\"", "identifier = \"prod-yourschool-usa_east-mongodb-1\"",
            "bucket = \"prod-yourschool-usa_east-storage\"",
        ])
        let found = try SafeTeardownTests.hazardsRead("default.yaml")
        #expect(expected.filter { !Set(found.map(\.id)).contains($0) } == ["H19"])
        #expect((v006 + found).allSatisfy { !$0.evidence.isEmpty && !$0.fix.isEmpty })
    }

    /// H19 as a rehearsal meets it: v0.0.6's usa_east names are refused on each apply (the
    /// DocumentDB identifiers at plan, the bucket at create; the recreate does not make the
    /// bucket again, as the destroy left it, H5); the default's `global` ones are not.
    @Test func theV006RegionNamesAreMetOnEveryApply() throws {
        let met = try RehearsalRig.rehearse(try RehearsalRig.usaEastDefault()).hazardsMet.filter { $0.id == "H19" }
        let once = ["mongodb: aws_docdb_cluster.default", "mongodb: aws_docdb_cluster_instance.default[0]",
                    "s3_openedx_storage: module.data_backup_s3_bucket.aws_s3_bucket.this[0]"]
        #expect(met.map(\.address) == once + once.prefix(2))
        #expect(met.allSatisfy { $0.evidence.hasPrefix("met during apply: a real run stops here") })
        #expect(!(try RehearsalRig.rehearse().hazardsMet.contains { $0.id == "H19" }))
    }

    /// H17 names each literal the cookiecutter hard-codes, not only the RDS identifier.
    @Test func everyHardCodedNameIsItsOwnH17() throws {
        let found = try SafeTeardownTests.hazardsRead("default.yaml").filter { $0.id == "H17" }
        #expect(found.map(\.address).sorted() == [
            "mongodb: aws_docdb_cluster_parameter_group.no_tls", "mongodb: aws_docdb_subnet_group.default",
            "mysql: aws_db_subnet_group.mysql_subnet_group", "mysql: module.db.module.db_instance.aws_db_instance.this[0]",
        ])
        #expect(found.contains { $0.evidence.contains("\"mongo-cluster-param-group\"") && $0.awsError == "DBParameterGroupAlreadyExists" })
    }

    @Test func removingTheCauseRemovesTheHazard() throws {
        let base = """
            name: t
            environments:
              prod:
                modules: [vpc, kubernetes, kubernetes_ingress_clb, kubernetes_secrets, s3_openedx_storage, cloudfront]
            """
        let ids = Set(try Self.hazards(base).map(\.id))
        #expect(ids.isSuperset(of: ["H7", "H10", "H14", "H15", "H16", "H18", "H22"]))
        // No mysql or mongodb: none of their hard-coded names.
        #expect(!ids.contains("H17"))
        let withoutCaddy = try Self.hazards(base + "\n    kubernetes_ingress_clb: { caddy_load_balancer: false }")
        #expect(!withoutCaddy.contains { $0.id == "H7" })
        // Without a cluster there is no access to grant and no namespace to share.
        let noCluster = Set(try Self.hazards(base.replacingOccurrences(
            of: "kubernetes, kubernetes_ingress_clb, kubernetes_secrets, ", with: "")).map(\.id))
        #expect(noCluster.isDisjoint(with: ["H14", "H15", "H22"]))
    }
}
