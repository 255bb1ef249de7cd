import Catalog
@testable import Cost
import Foundation
import Scenario
import Testing

/// A node group's root volumes are priced at their own type: gp2 (the EKS AMI's) unless the
/// scenario gives `disk_type: gp3`, which the launch template's block_device_mappings sets.
@Suite struct NodeDiskTypeTests {
    static func storage(_ scenario: Scenario, catalog: Catalog) throws -> PricedComponent {
        let document = try CostEngine.price(scenario, catalog: catalog)
        let group = try #require(document.environments[0].services.flatMap(\.resources).first { $0.type == "aws_eks_node_group" })
        return try #require(group.components.first { $0.name.hasPrefix("Storage") })
    }

    @Test func gp3RootVolumesArePricedAtTheGp3Rate() throws {
        let catalog = try TestCatalog.load()
        var scenario = try TestCatalog.scenario("default.yaml")
        scenario.environments[0].kubernetes.nodeGroups[0].desired = 2
        let gp2 = try Self.storage(scenario, catalog: catalog)
        scenario.environments[0].kubernetes.nodeGroups[0].diskType = "gp3"
        let gp3 = try Self.storage(scenario, catalog: catalog)
        let region = scenario.environments[0].region
        let gp2Rate = try TestCatalog.price(catalog, PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: "gp2"))
        let gp3Rate = try TestCatalog.price(catalog, PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: "gp3"))
        #expect(gp2.name == "Storage (general purpose SSD, gp2)" && gp3.name == "Storage (general purpose SSD, gp3)")
        // 2 nodes x 20 GiB at each rate ($0.10 and $0.08 a GB-month in us-east-1).
        #expect(gp2.quantity == 40 && gp3.quantity == 40)
        #expect(gp2.monthlyCost == Money(40 * gp2Rate) && gp3.monthlyCost == Money(40 * gp3Rate))
        #expect(gp3.monthlyCost < gp2.monthlyCost)
    }

    @Test func theScenarioKeyReachesTheLaunchTemplate() throws {
        let yaml = """
            environments:
              prod:
                kubernetes: { node_groups: [{ name: default, instance_type: t3.large, disk_gb: 30, disk_type: gp3 }] }
            """
        let scenario = try ScenarioLoader.load(text: yaml, file: "inline.yaml")
        #expect(scenario.environments[0].kubernetes.nodeGroups[0].diskType == "gp3")
        let catalog = try TestCatalog.load()
        let storage = try Self.storage(scenario, catalog: catalog)
        #expect(storage.name == "Storage (general purpose SSD, gp3)" && storage.quantity == 30)
    }
}
