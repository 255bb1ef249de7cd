import Foundation
import Scenario
import Testing
@testable import TerragruntImport

/// HEAD's "stacks" layout (cookiecutter-backend.md §5): a shared stack root and an environments
/// root whose units depend across roots.
@Suite struct SharedStackTreeTests {
    func imported(_ path: String = "sharedStackTree") throws -> TerragruntImporter.Result {
        try TerragruntImporter.run(path: path, workingDirectory: Fixtures.directory.path)
    }

    @Test func sharedStackTreeImportsIntoTheGoldenScenario() throws {
        let result = try imported()
        try golden.check(result.yaml, "sharedStackTree.yaml")
        try golden.check(result.warnings.map(\.description).joined(separator: "\n") + "\n", "sharedStackTree.warnings.txt")
    }

    @Test func sharedStackTreeWavesAreTerragruntsOrderInEachRoot() throws {
        let result = try imported()
        #expect(result.layout == .sharedStack)
        #expect(result.waves["shared"] == [["vpc"], ["kubernetes"], ["ec2_bastion", "mysql"]])
        #expect(result.waves["prod"] == [
            ["kubernetes", "vpc"],
            ["acm", "kubernetes_ingress_clb", "kubernetes_secrets", "mysql", "redis", "s3_openedx_storage"],
            ["cloudfront"],
        ])
    }

    /// The environments folder alone still finds the stack it depends on, through the
    /// `../../../stacks/live/...` paths.
    @Test func sharedStackTreeFromTheEnvironmentsFolderFollowsTheStackPaths() throws {
        let result = try imported("sharedStackTree/terraform/environments")
        #expect(result.layout == .sharedStack)
        #expect(result.waves["shared"] == [["vpc"], ["kubernetes"], ["ec2_bastion", "mysql"]])
        #expect(result.waves["prod"]?.first == ["kubernetes", "vpc"])
    }

    /// H16: at HEAD, redis and mysql write records into the environment's zone, which the
    /// environment's vpc unit creates, with no dependency path to it.
    @Test func sharedStackTreeWarnsAboutZonesReadByName() throws {
        let messages = try imported().warnings.map(\.description)
        #expect(messages.contains { $0.contains("environments/modules/redis/main.tf:17:1") && $0.contains("prod/vpc creates") })
        #expect(messages.contains { $0.contains("environments/modules/mysql/main.tf") && $0.contains("Route53 zone") })
        #expect(!messages.contains { $0.contains("prod/cloudfront") && $0.contains("reads by name") })
        #expect(messages.contains { $0.contains("tfr:///yourschool/openedx-secrets/aws?version=1.0.0 not followed") })
        #expect(messages.contains { $0.contains("remote; read the tree's copy") })
    }
}
