import Foundation
import Scenario
import Testing
@testable import TerragruntImport

/// What the import writes is a scenario the loader accepts, with the tree's graph and sizes;
/// and the `dependencies` key the loader reads is checked.
@Suite struct ImportedScenarioTests {
    @Test func perEnvironmentTreeLoadsWithItsGraphAndSizes() throws {
        let result = try TerragruntImporter.run(path: "perEnvironmentTree", workingDirectory: Fixtures.directory.path)
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.layout == .perEnvironment)
        let prod = try scenario.environment(named: "prod")
        #expect(prod.modules.count == 10)
        #expect(prod.dependencies?.edges["cloudfront"] == ["vpc", "s3_openedx_storage"])
        #expect(prod.dependencies?.edges["vpc"] == [])
        #expect(prod.kubernetes.nodeGroups.first?.instanceType == "t3.large")
        #expect(prod.mongodb.skipFinalSnapshot)
        #expect(prod.mongodb.parameterGroupReferenced == false)
        #expect(prod.bastion.sshCIDR == "0.0.0.0/0")
        #expect(scenario.platform.rootDomain == "yourschool.edu")
    }

    @Test func sharedStackTreeLoadsWithTheStackAsShared() throws {
        let result = try TerragruntImporter.run(path: "sharedStackTree", workingDirectory: Fixtures.directory.path)
        let scenario = try ScenarioLoader.load(text: result.yaml, file: "imported.yaml")
        #expect(scenario.layout == .sharedStack)
        #expect(scenario.shared?.modules == [.vpc, .kubernetes, .mysql, .ec2Bastion])
        #expect(scenario.shared?.bastion.rootVolumeGB == 100)
        #expect(scenario.shared?.dependencies?.edges["mysql"] == ["vpc", "kubernetes"])
        #expect(try scenario.environment(named: "prod").storage.buckets == 3)
    }

    @Test func anUnknownUnitInDependenciesIsAnErrorAtItsPlace() throws {
        let text = """
            environments:
              prod:
                dependencies:
                  mysql: [vpc, kubernets]
            """
        #expect {
            _ = try ScenarioLoader.load(text: text, file: "s.yaml")
        } throws: { error in
            guard let error = error as? ScenarioError, case .unknownModule(let location, let name, _) = error else { return false }
            return name == "kubernets" && location.line == 4 && location.column == 20 && error.hint == "did you mean 'kubernetes'?"
        }
    }

    @Test(arguments: [
        ("git::https://github.com/org/repo.git//terraform/modules/vpc?ref=v1.0", "vpc"),
        ("terraform-aws-modules/vpc/aws", "vpc"),
        ("tfr:///terraform-aws-modules/eks/aws?version=18.31.2", "eks"),
        ("github.com/org/openedx-redis", "openedx-redis"),
        ("git::ssh://git@github.com/org/mysql.git", "mysql"),
    ])
    func remoteSourcesAreNamedByTheirModule(_ address: String, _ name: String) {
        #expect(SourceResolver.moduleName(of: address.split(separator: "?").first.map(String.init) ?? address) == name)
    }
}
