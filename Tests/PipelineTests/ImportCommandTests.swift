import Foundation
import Pipeline
import Testing

/// `edxplan import terragrunt` and `--terragrunt PATH` on plan and rehearse, on the import's
/// fixture trees (Tests/TerragruntImportTests/Fixtures).
@Suite struct ImportCommandTests {
    static let trees = Support.root.appendingPathComponent("Tests/TerragruntImportTests/Fixtures")

    /// The repository's catalog, with the fixture trees as the working directory.
    func workspace() throws -> Workspace {
        Workspace(workingDirectory: Self.trees, environment: [:], catalogPath: try Support.catalogPath())
    }

    @Test func importPrintsTheScenarioOfTheTree() throws {
        let outcome = try ImportCommand.terragrunt(path: "perEnvironmentTree", output: nil, workspace: try workspace())
        try golden.check(outcome.text, "import.perEnvironmentTree.yaml")
        #expect(outcome.warnings.count == 1)
    }

    @Test func importWritesTheOutputFileAtomically() throws {
        let folder = try Support.scratch("import-output")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("ours.yaml").path
        let outcome = try ImportCommand.terragrunt(path: "sharedStackTree", output: output, workspace: try workspace())
        #expect(outcome.text == "wrote \(output)\n")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written.contains("layout: shared-stack"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ours.yaml"])
    }

    @Test func planWithTerragruntUsesTheTreesWaves() throws {
        let folder = try Support.scratch("import-plan")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = InfrastructureCommands.Options(scenarioPath: nil, environment: "prod",
                                                     accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terragruntPath = "perEnvironmentTree"
        let outcome = try InfrastructureCommands.plan(options, destroy: false, workspace: try workspace())
        #expect(outcome.text.contains("Waves: 1 [vpc] -> 2 [ec2_bastion, kubernetes] -> 3 [kubernetes_ingress_clb, kubernetes_secrets] -> 4 [mongodb, mysql, redis, s3_openedx_storage] -> 5 [cloudfront]"))
    }

    /// The user's own graph is planned: without the bucket edge cloudfront moves to wave 2.
    @Test func planWithTerragruntFollowsAnEditedGraph() throws {
        let folder = try Support.scratch("import-edited")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tree = folder.appendingPathComponent("tree")
        try FileManager.default.copyItem(at: Self.trees.appendingPathComponent("perEnvironmentTree"), to: tree)
        let unit = tree.appendingPathComponent("terraform/environments/prod/cloudfront/terragrunt.hcl")
        let text = try String(contentsOf: unit, encoding: .utf8)
        try text.replacingOccurrences(of: "\"../vpc\", \"../s3_openedx_storage\"", with: "\"../vpc\"")
            .write(to: unit, atomically: true, encoding: .utf8)
        var options = InfrastructureCommands.Options(scenarioPath: nil, environment: "prod",
                                                     accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terragruntPath = tree.path
        let outcome = try InfrastructureCommands.plan(options, destroy: false, workspace: try workspace())
        #expect(outcome.text.contains("Waves: 1 [vpc] -> 2 [cloudfront, ec2_bastion, kubernetes] ->"))
    }

    @Test func aScenarioAndATreeTogetherAreRefused() throws {
        var options = InfrastructureCommands.Options(scenarioPath: "Scenarios/default.yaml", environment: "prod", accountPath: nil)
        options.terragruntPath = "perEnvironmentTree"
        #expect(throws: (any Error).self) { try InfrastructureCommands.plan(options, destroy: false, workspace: try workspace()) }
    }

    @Test func rehearseWithTerragruntRunsTheSharedStackTree() throws {
        let folder = try Support.scratch("import-rehearse")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = RehearseCommand.Options(scenarioPath: nil, environment: "prod",
                                              accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terragruntPath = "sharedStackTree"
        let outcome = try RehearseCommand.run(options, workspace: try workspace())
        #expect(outcome.text.contains("prod"))
    }

    /// Rehearsing a tree: hazards point at the tree's own lines, not at the generated scenario.
    @Test func rehearseWithTerragruntPointsHazardsAtTheTree() throws {
        let folder = try Support.scratch("import-evidence")
        defer { try? FileManager.default.removeItem(at: folder) }
        var options = RehearseCommand.Options(scenarioPath: nil, environment: "prod",
                                              accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terragruntPath = "perEnvironmentTree"
        let text = try RehearseCommand.run(options, workspace: try workspace()).text
        #expect(text.contains("in the tree: perEnvironmentTree/terraform/modules/mysql/main.tf:5:14: name       = \"mysql_subnet_group\""))
        #expect(text.contains("in the tree: perEnvironmentTree/ci/tutor-deploy/environments/prod/k8s/cluster-issuer.yml:12:13"))
        #expect(text.contains("set at perEnvironmentTree/terraform/"))
        #expect(!text.contains("<import of"))
    }

    /// A value the scenario refuses is named where the tree writes it (env.hcl), not by a line
    /// of the generated scenario.
    @Test func aRefusedImportedValuePointsAtTheTree() throws {
        let folder = try Support.scratch("import-refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tree = folder.appendingPathComponent("tree")
        try FileManager.default.copyItem(at: Self.trees.appendingPathComponent("perEnvironmentTree"), to: tree)
        let env = tree.appendingPathComponent("terraform/environments/prod/env.hcl")
        let text = try String(contentsOf: env, encoding: .utf8)
        try text.replacingOccurrences(of: "eks_worker_group_instance_type = \"t3.large\"", with: "eks_worker_group_instance_type = \"t3.lrage\"")
            .write(to: env, atomically: true, encoding: .utf8)
        var options = InfrastructureCommands.Options(scenarioPath: nil, environment: "prod",
                                                     accountPath: folder.appendingPathComponent("account.sqlite").path)
        options.terragruntPath = tree.path
        do {
            _ = try InfrastructureCommands.plan(options, destroy: false, workspace: try workspace())
            Issue.record("a misspelled instance type was planned")
        } catch {
            #expect("\(error)".contains("terraform/environments/prod/env.hcl:17:"), "\(error)")
            #expect(!"\(error)".contains("<import of"), "\(error)")
        }
    }
}

/// The executable: bad trees exit 2 with file:line:column and write nothing.
@Suite(.enabled(if: CLI.executable != nil, CLI.missingMessage))
struct ImportCLITests {
    @Test func aSyntaxErrorExitsTwoAndWritesNothing() throws {
        let folder = try Support.scratch("import-syntax")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: ImportCommandTests.trees.appendingPathComponent("perEnvironmentTree"),
                                         to: folder.appendingPathComponent("tree"))
        let unit = folder.appendingPathComponent("tree/terraform/environments/prod/vpc/terragrunt.hcl")
        try (try String(contentsOf: unit, encoding: .utf8) + "\ninputs = {\n  broken = [1, 2\n}\n").write(to: unit, atomically: true, encoding: .utf8)
        let before = Support.snapshot(folder)
        let result = try CLI.run(["import", "terragrunt", "tree", "--output", "out.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tree/terraform/environments/prod/vpc/terragrunt.hcl:"), "\(result.stderr)")
        #expect(Support.snapshot(folder) == before)
    }

    @Test func importPrintsWarningsOnStandardError() throws {
        let result = try CLI.run(["import", "terragrunt", "sharedStackTree"], in: ImportCommandTests.trees)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Imported by `edxplan import terragrunt sharedStackTree`"))
        #expect(result.stderr.contains("warning: data \"aws_route53_zone\""))
    }
}
