import Account
import Blueprint
import Catalog
import Foundation
import Planner
import Scenario
import Simulator
import Testing

/// Where a real run of the cookiecutter's defaults stops while the simulation goes on
/// (`NameRules`, `VersionRules`, `PublicPolicyRule`, `PodSecurityPolicyRule`, `CertificateLookup`,
/// `PlanRefusal`): cookiecutter-backend.md H13, H19 and H20.
@Suite struct RefusalTests {
    /// The v0.0.6 defaults (Kubernetes 1.22, MySQL 5.7.33, usa_east, us-east-1, a public-read bucket):
    /// the cluster's and the database's versions at apply (H20), the DocumentDB cluster's and
    /// its instance's identifiers at plan (`validIdentifier` in the provider's docdb schemas), the bucket's name and its public policy at apply, and CloudFront's certificate lookup
    /// once the vpc module's certificate is issued too. The run itself still completes, as the
    /// issues defining the default scenario expect.
    @Test func theV006DefaultsApplyWithSevenRefusals() throws {
        let rig = try Rig(try SimulatorFixtures.usaEastDefault())
        let result = try rig.run()
        #expect(result.succeeded)
        let refused = result.refusals.map { "\($0.module) \($0.address) \($0.refusal?.stage.rawValue ?? "") \($0.refusal?.failure.code ?? "")" }
        #expect(refused == [
            "kubernetes module.eks.aws_eks_cluster.this[0] apply InvalidParameterException",
            "mongodb aws_docdb_cluster.default plan ProviderError",
            "mongodb aws_docdb_cluster_instance.default[0] plan ProviderError",
            "mysql module.db.module.db_instance.aws_db_instance.this[0] apply InvalidParameterCombination",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket.this[0] apply InvalidBucketName",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket_policy.this[0] apply AccessDenied",
            "cloudfront module.cdn_environment_domain.aws_cloudfront_distribution.this[0] apply ProviderError",
        ])
        #expect(result.refusals.compactMap { $0.refusal?.hazard } == ["H20", "H19", "H19", "H20", "H19", "H20", "H13"])
        #expect(result.refusals.last?.refusal?.failure.message == "multiple ACM Certificates matching domain (courses.yourschool.edu)")
        #expect(result.refusals.first?.refusal?.failure.message == "unsupported Kubernetes version 1.22")
        // After the apply nothing is pending, so a real plan reads the lookup and stops there too.
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        let planned = try PlanRefusal.find(in: plan, account: rig.account).map { "\($0.module): \($0.address)" }
        #expect(planned == ["mongodb: aws_docdb_cluster.default", "mongodb: aws_docdb_cluster_instance.default[0]",
                            "cloudfront: data.aws_acm_certificate.environment_domain"])
    }

    /// The shipped default takes HEAD's `global`: the same stops without H19's three names.
    @Test func theShippedDefaultAppliesWithFourRefusals() throws {
        let rig = try Rig.defaultProd()
        let result = try rig.run()
        #expect(result.succeeded)
        #expect(result.refusals.map { "\($0.module) \($0.address)" } == [
            "kubernetes module.eks.aws_eks_cluster.this[0]",
            "mysql module.db.module.db_instance.aws_db_instance.this[0]",
            "s3_openedx_storage module.data_backup_s3_bucket.aws_s3_bucket_policy.this[0]",
            "cloudfront module.cdn_environment_domain.aws_cloudfront_distribution.this[0]",
        ])
        #expect(result.refusals.compactMap { $0.refusal?.hazard } == ["H20", "H20", "H20", "H13"])
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).map { "\($0.module): \($0.address)" }
            == ["cloudfront: data.aws_acm_certificate.environment_domain"])
    }

    /// The default's `global` region name, another AWS region, a Kubernetes and a MySQL version AWS still
    /// makes, and no public bucket policy: nothing to refuse. The vpc module's certificate is then in us-east-2, so CloudFront's
    /// lookup in us-east-1 finds only its own.
    @Test func validNamesInAnotherRegionApplyWithoutRefusals() throws {
        var text = try String(contentsOf: SimulatorFixtures.root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        for (old, new) in [("aws_region: us-east-1", "aws_region: us-east-2"),
                           ("version: \"1.22\"", "version: \"1.33\""), ("engine_version: 5.7.33", "engine_version: 5.7.44"),
                           ("public_read: true", "public_read: false"),
                           ("    cloudfront: { price_class: PriceClass_All }",
                            "    cloudfront: { price_class: PriceClass_All }\n    kubernetes_ingress_clb: { cert_manager_pod_security_policy: false }")] {
            try #require(text.contains(old))
            text = text.replacingOccurrences(of: old, with: new)
        }
        let scenario = try ScenarioLoader.load(text: text, file: "default.yaml")
        let rig = try Rig(scenario)
        let result = try rig.run()
        #expect(result.succeeded)
        #expect(result.refusals.isEmpty)
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).isEmpty)
    }

    /// Only issued certificates count: with the vpc module's validation gone, its certificate is
    /// no longer ISSUED and the lookup finds one.
    @Test func aCertificateNotYetValidatedIsNotFound() throws {
        let rig = try Rig.defaultProd()
        _ = try rig.run()
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).map(\.module) == ["cloudfront"])
        let validation = try #require(try rig.account.resources(type: "aws_acm_certificate_validation", scope: "prod")
            .first { $0.module == "vpc" && ($0.address ?? "").hasPrefix("module.acm_environment_environment_region.") })
        try rig.account.delete(id: validation.id)
        #expect(try PlanRefusal.find(in: try rig.plan(), account: rig.account).isEmpty)
    }

    /// The fix for H13 as a what-if: `most_recent = true` on the lookup. The defaults' versions and
    /// bucket policy are still refused; CloudFront's lookup no longer is, and turning it on changes no resource.
    @Test func mostRecentSettlesTheCertificateLookup() throws {
        let fixed = try SimulatorFixtures.defaultScenario(replacing: "cloudfront: { price_class: PriceClass_All }",
                                                          with: "cloudfront: { price_class: PriceClass_All, certificate_most_recent: true }")
        let rig = try Rig(fixed)
        let result = try rig.run()
        #expect(result.refusals.map(\.module) == ["kubernetes", "mysql", "s3_openedx_storage"])
        let plan = try rig.plan()
        #expect(try PlanRefusal.find(in: plan, account: rig.account).isEmpty)
        // Applied without it first, the setting alone plans no change.
        let before = try Rig.defaultProd()
        _ = try before.run()
        let after = try Rig(fixed, account: before.account)
        #expect(!(try after.plan().hasChanges))
        #expect(try PlanRefusal.find(in: try before.plan(), account: before.account).map(\.module) == ["cloudfront"])
        #expect(try PlanRefusal.find(in: try after.plan(), account: after.account).isEmpty)
    }

    /// cert-manager's PodSecurityPolicy on a cluster of 1.25 or later: the fix for the retired
    /// 1.22 meets the next stop (H20); with the chart value off it goes through.
    @Test func aCurrentClusterRefusesCertManagersPodSecurityPolicy() throws {
        let current = try SimulatorFixtures.defaultScenario(replacing: "version: \"1.22\"", with: "version: \"1.33\"")
        let refused = try Rig(current).run().refusals.filter { $0.module == "kubernetes_ingress_clb" }
        #expect(refused.map(\.address) == ["helm_release.cert-manager"])
        #expect(refused.first?.refusal?.failure.message.contains("no matches for kind \"PodSecurityPolicy\" in version \"policy/v1beta1\"") == true)
        #expect(refused.first?.refusal?.failure.fix?.contains("the cluster runs 1.33") == true)

        var text = try String(contentsOf: SimulatorFixtures.root.appendingPathComponent("Scenarios/default.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "version: \"1.22\"", with: "version: \"1.33\"")
            .replacingOccurrences(of: "    cloudfront: { price_class: PriceClass_All }",
                                  with: "    cloudfront: { price_class: PriceClass_All }\n    kubernetes_ingress_clb: { cert_manager_pod_security_policy: false }")
        let fixed = try Rig(try ScenarioLoader.load(text: text, file: "default.yaml")).run()
        #expect(fixed.refusals.filter { $0.module == "kubernetes_ingress_clb" }.isEmpty)
        // Before 1.25 the API is still there: the 1.22 cluster's release is not refused for it.
        #expect(try Rig.defaultProd().run().refusals.filter { $0.module == "kubernetes_ingress_clb" }.isEmpty)
    }

    /// Scenarios/apply-today.yaml: default.yaml with the five changes the refusals name. Strict,
    /// its apply goes through, nothing is refused, and the plan after it has nothing to do.
    @Test func applyTodayAppliesStrictlyWithNothingRefused() throws {
        let rig = try Rig(try SimulatorFixtures.scenario(file: "apply-today.yaml"))
        let strict = try rig.run(strict: true)
        #expect(strict.succeeded, "\(strict.failures.map { $0.failure?.line ?? "" })")
        #expect(strict.refusals.isEmpty)
        let plan = try rig.plan()
        #expect(!plan.hasChanges)
        #expect(try PlanRefusal.find(in: plan, account: rig.account).isEmpty)
    }
}
