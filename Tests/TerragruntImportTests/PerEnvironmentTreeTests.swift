import Foundation
import Scenario
import Testing
@testable import TerragruntImport

/// The v0.0.6 layout (cookiecutter-backend.md §1-§4): one environment, every module on.
@Suite struct PerEnvironmentTreeTests {
    func imported() throws -> TerragruntImporter.Result {
        try TerragruntImporter.run(path: "perEnvironmentTree", workingDirectory: Fixtures.directory.path)
    }

    @Test func perEnvironmentTreeImportsIntoTheGoldenScenario() throws {
        let result = try imported()
        try golden.check(result.yaml, "perEnvironmentTree.yaml")
        try golden.check(result.warnings.map(\.description).joined(separator: "\n") + "\n", "perEnvironmentTree.warnings.txt")
    }

    @Test func perEnvironmentTreeWavesAreTerragruntsOrder() throws {
        let result = try imported()
        #expect(result.layout == .perEnvironment)
        #expect(result.waves["prod"] == [
            ["vpc"], ["ec2_bastion", "kubernetes"], ["kubernetes_ingress_clb", "kubernetes_secrets"],
            ["mongodb", "mysql", "redis", "s3_openedx_storage"], ["cloudfront"],
        ])
        #expect(result.cycles.isEmpty)
    }
}
