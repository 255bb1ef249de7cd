import Diagnostics
import Foundation
import Testing
@testable import TerragruntImport

/// The tree's own lines behind each hazard of cookiecutter-backend.md section 6, and the
/// imported scenario's values mapped back to the tree's file, line and column.
struct HazardEvidenceTests {
    static let tree = "perEnvironmentTree"

    func evidence() throws -> [HazardEvidence] {
        try TerragruntImporter.run(path: Self.tree, workingDirectory: Fixtures.directory.path).hazardEvidence
    }

    @Test func everyCauseInTheTreeIsFoundAtItsLine() throws {
        let found = try evidence()
        // The fixture's small copies hold the causes of these (not H3, H5... whose files it cuts).
        let ids = Set(found.map(\.id))
        for id in ["H1", "H6", "H7", "H4", "H11", "H14", "H17", "H18", "H21", "H22", "H23"] {
            #expect(ids.contains(id), "no tree evidence for \(id): \(ids.sorted())")
        }
        let subnetGroup = try #require(found.first { $0.id == "H17" && $0.text.contains("\"mysql_subnet_group\"") })
        #expect(subnetGroup.location == SourceLocation(file: "perEnvironmentTree/terraform/modules/mysql/main.tf", line: 5, column: 14))
        let issuer = try #require(found.first { $0.id == "H22" })
        #expect(issuer.location.file == "perEnvironmentTree/ci/tutor-deploy/environments/prod/k8s/cluster-issuer.yml")
        #expect(issuer.text == "hostedZoneID: Z1234567ABCDE1U23DEF")
        // Every piece points into the tree, at a line that holds what it quotes.
        for piece in found {
            let text = try String(contentsOfFile: Fixtures.directory.appendingPathComponent(piece.location.file).path, encoding: .utf8)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)[piece.location.line - 1]
            #expect(line.trimmingCharacters(in: .whitespaces) == piece.text, "\(piece.location)")
        }
    }

    @Test func aTreeThatRemovedTheCauseHasNoEvidenceForIt() throws {
        let root = try Fixtures.copy(Self.tree)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        try Fixtures.edit(root, "ci/tutor-deploy/environments/prod/k8s/cluster-issuer.yml",
                          replacing: "hostedZoneID: Z1234567ABCDE1U23DEF", with: "# zone found by cert-manager")
        let found = try TerragruntImporter.run(path: root.path).hazardEvidence
        #expect(!found.contains { $0.id == "H22" })
        #expect(found.contains { $0.id == "H17" })
    }

    /// Two hazards with one cause each get its line: the bucket module's `versioning` is behind
    /// both H5 (the destroy stops on the objects) and H5-versioning (no versions to restore).
    @Test func hazardsSharingACauseEachGetItsLine() throws {
        let root = try Fixtures.copy(Self.tree)
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let folder = root.appendingPathComponent("terraform/modules/s3_openedx_storage")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            module "data_backup_s3_bucket" {
              source = "terraform-aws-modules/s3-bucket/aws"
              versioning = {
                enabled = false
              }
            }
            """.write(to: folder.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let found = try TerragruntImporter.run(path: root.path).hazardEvidence
        for id in ["H5", "H5-versioning"] {
            let piece = try #require(found.first { $0.id == id }, "no tree evidence for \(id)")
            #expect(piece.location.file.hasSuffix("terraform/modules/s3_openedx_storage/main.tf"))
            #expect(piece.location.line == 3)
            #expect(piece.text == "versioning = {")
        }
    }

    /// Every value line of the scenario names the tree's place, for checks to point at.
    @Test func scenarioLinesMapToTheTree() throws {
        let result = try TerragruntImporter.run(path: Self.tree, workingDirectory: Fixtures.directory.path)
        let lines = result.yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let instanceClass = try #require(lines.firstIndex { $0.contains("instance_class: db.t2.small") })
        let origin = try #require(result.origins[instanceClass + 1])
        #expect(origin.file.hasPrefix("perEnvironmentTree/terraform/"))
        #expect(lines[instanceClass].contains("# " + String(origin.file.dropFirst("perEnvironmentTree/".count)) + ":\(origin.line)"))
    }
}
