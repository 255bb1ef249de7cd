import Diagnostics
import Foundation
import HCL
import Scenario
import Testing
@testable import TerragruntImport

/// A user's edits to the generated tree show through the import: a cycle, a changed size, a
/// removed dependency, and files that are not HCL.
@Suite struct EditedTreeTests {
    func importCopy(_ edit: (URL) throws -> Void) throws -> TerragruntImporter.Result {
        let tree = try Fixtures.copy("perEnvironmentTree")
        defer { try? FileManager.default.removeItem(at: tree.deletingLastPathComponent()) }
        try edit(tree)
        return try TerragruntImporter.run(path: tree.lastPathComponent, workingDirectory: tree.deletingLastPathComponent().path)
    }

    @Test func aCycleIsCarriedIntoTheScenario() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/environments/prod/vpc/terragrunt.hcl", replacing: "terraform {\n",
                              with: "dependencies {\n  paths = [\"../cloudfront\"]\n}\n\nterraform {\n")
        }
        #expect(result.cycles["prod"] == ["cloudfront", "vpc", "cloudfront"])
        #expect(result.waves["prod"] == nil)
        #expect(result.yaml.contains("vpc: [cloudfront]"))
        #expect(result.yaml.contains("# CYCLE: cloudfront -> vpc -> cloudfront"))
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.environments[0].dependencies?.edges["vpc"] == ["cloudfront"])
    }

    /// H13's fix, read from the user's module: `most_recent` on CloudFront's certificate lookup.
    @Test func theCertificateLookupsMostRecentIsRead() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/modules/cloudfront/certificate_manager.tf", replacing: "  statuses   = [\"ISSUED\"]\n",
                              with: "  statuses   = [\"ISSUED\"]\n  most_recent = true\n")
        }
        #expect(result.yaml.contains("certificate_most_recent: true             # terraform/modules/cloudfront/certificate_manager.tf:26"))
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.environments[0].cloudfront.certificateMostRecent)
    }

    /// H20's fix for cert-manager, read where the cookiecutter writes it (the values file its
    /// data "template_file" renders), then from a `set` block, which Helm applies over it.
    @Test func certManagersPodSecurityPolicyIsReadFromTheValuesFileAndSet() throws {
        let module = "terraform/modules/kubernetes_ingress_clb/"
        let turnedOff = try importCopy { tree in
            try Fixtures.edit(tree, module + "cert-manager-values.yaml.tpl", replacing: "    enabled: true", with: "    enabled: false")
        }
        #expect(turnedOff.yaml.contains("cert_manager_pod_security_policy: false   # \(module)cert-manager-values.yaml.tpl:5"))
        let scenario = try ScenarioLoader.load(text: turnedOff.yaml, file: "imported.yaml")
        #expect(!scenario.environments[0].ingress.certManagerPodSecurityPolicy)

        let set = try importCopy { tree in
            try Fixtures.edit(tree, module + "cert-manager.tf", replacing: "  values           = [data.template_file.cert-manager-values.rendered]\n",
                              with: "  values           = [data.template_file.cert-manager-values.rendered]\n  set {\n    name  = \"global.podSecurityPolicy.enabled\"\n    value = \"false\"\n  }\n")
        }
        #expect(set.yaml.contains("cert_manager_pod_security_policy: false   # \(module)cert-manager.tf:45"))
    }

    @Test func aChangedInstanceClassShowsWithItsLine() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/environments/prod/env.hcl", replacing: "\"db.t2.small\"", with: "\"db.r5.large\"")
        }
        #expect(result.yaml.contains("instance_class: db.r5.large               # terraform/environments/prod/env.hcl:12"))
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.environments[0].mysql.instanceClass == "db.r5.large")
    }

    @Test func aRemovedDependencyWarnsAboutTheBucketReadByName() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/environments/prod/cloudfront/terragrunt.hcl",
                              replacing: "paths = [\"../vpc\", \"../s3_openedx_storage\"]", with: "paths = [\"../vpc\"]")
        }
        #expect(result.waves["prod"]?[1] == ["cloudfront", "ec2_bastion", "kubernetes"])
        let warning = try #require(result.warnings.first { $0.message.contains("data \"aws_s3_bucket\"") })
        #expect(warning.location?.file == "perEnvironmentTree/terraform/modules/cloudfront/main.tf")
        #expect(warning.location?.line == 15)
        #expect(warning.message.contains("unit prod/s3_openedx_storage creates (module.data_backup_s3_bucket"))
    }

    @Test func aSyntaxErrorInAUnitPointsAtItsLineAndColumn() throws {
        #expect {
            _ = try importCopy { tree in
                try Fixtures.edit(tree, "terraform/environments/prod/redis/terragrunt.hcl",
                                  replacing: "  num_cache_clusters         = 1\n", with: "  num_cache_clusters         = = 1\n")
            }
        } throws: { error in
            guard let error = error as? HCLError, case .syntax(let location, _) = error else { return false }
            return location.file == "perEnvironmentTree/terraform/environments/prod/redis/terragrunt.hcl"
                && location.line == 42 && location.column == 32
        }
    }

    @Test func aMissingIncludeIsAnErrorAtTheInclude() throws {
        #expect {
            _ = try importCopy { tree in
                try Fixtures.edit(tree, "terraform/environments/prod/mysql/terragrunt.hcl",
                                  replacing: "path = find_in_parent_folders()", with: "path = \"../../nowhere.hcl\"")
            }
        } throws: { error in
            guard let error = error as? HCLError else { return false }
            return error.location?.file == "perEnvironmentTree/terraform/environments/prod/mysql/terragrunt.hcl"
                && error.message.contains("cannot read the included file")
        }
    }

    @Test func aFolderWithoutUnitsIsBadInput() throws {
        #expect(throws: ImportError.noUnits(path: "perEnvironmentTree/terraform/modules")) {
            try TerragruntImporter.run(path: "perEnvironmentTree/terraform/modules", workingDirectory: Fixtures.directory.path)
        }
        #expect(throws: ImportError.notADirectory(path: "nowhere")) {
            try TerragruntImporter.run(path: "nowhere", workingDirectory: Fixtures.directory.path)
        }
    }

    /// Terragrunt's auto-retry attributes in the root terragrunt.hcl become the scenario's
    /// `terragrunt:` block; a unit that sets its own list is reported, and the root's is kept.
    @Test func retryAttributesOfTheRootBecomeTheTerragruntBlock() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/terragrunt.hcl", replacing: "# Generate an AWS provider block\n", with: """
                retryable_errors = ["(?s).*InvalidDBParameterGroupState.*", "(?s).*DependencyViolation.*"]
                retry_max_attempts = 4
                retry_sleep_interval_sec = 30

                # Generate an AWS provider block

                """)
            try Fixtures.edit(tree, "terraform/environments/prod/redis/terragrunt.hcl", replacing: "dependencies {\n",
                              with: "retryable_errors = [\"(?s).*other.*\"]\n\ndependencies {\n")
        }
        #expect(result.yaml.contains("""
            terragrunt:
              retryable_errors:                             # terraform/terragrunt.hcl:15
                - "(?s).*InvalidDBParameterGroupState.*"
                - "(?s).*DependencyViolation.*"
              retry_max_attempts: 4                         # terraform/terragrunt.hcl:16
              retry_sleep_interval_sec: 30                  # terraform/terragrunt.hcl:17
            """))
        #expect(result.warnings.map(\.description).contains { $0.contains("prod/redis/terragrunt.hcl:11:20")
            && $0.contains("retryable_errors differs from prod/cloudfront's") })
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.autoRetry == AutoRetry(retryableErrors: ["(?s).*InvalidDBParameterGroupState.*", "(?s).*DependencyViolation.*"],
                                                maxAttempts: 4, sleepSeconds: 30))
    }

    /// Terragrunt 0.93's `errors { retry "..." {} }` in the cookiecutter's root terragrunt.hcl,
    /// which every unit includes: imported as `terragrunt.errors`, with where it is written.
    @Test func errorsRetryBlocksAreImported() throws {
        let result = try importCopy { tree in
            try Fixtures.edit(tree, "terraform/terragrunt.hcl", replacing: "# Generate an AWS provider block\n", with: """
                errors {
                  retry "transient" {
                    retryable_errors   = [".*InvalidDBParameterGroupState.*"]
                    max_attempts       = 3
                    sleep_interval_sec = 5
                  }
                }

                # Generate an AWS provider block

                """)
        }
        #expect(result.yaml.contains("""
            terragrunt:
              errors:
                retry:
                  transient:                                # terraform/terragrunt.hcl:16
                    retryable_errors:                       # terraform/terragrunt.hcl:17
                      - ".*InvalidDBParameterGroupState.*"
                    max_attempts: 3                         # terraform/terragrunt.hcl:18
                    sleep_interval_sec: 5                   # terraform/terragrunt.hcl:19
            """))
        #expect(!result.warnings.contains { $0.message.contains("errors") })
    }

    @Test func withoutRetryAttributesTheScenarioHasNoTerragruntBlock() throws {
        let result = try importCopy { _ in }
        #expect(!result.yaml.contains("terragrunt:"))
        #expect(try ScenarioLoader.load(text: result.yaml, file: "imported.yaml").autoRetry == .terragruntDefault)
    }

}
