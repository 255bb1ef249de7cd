import Account
import Blueprint
import Planner
import Scenario
import Simulator
import Testing

/// Every `count` and `for_each` the scenario drives, at its smallest, a middle and its largest
/// allowed value: apply then destroy on a fresh account never meets a name collision, because
/// the modules name every instance apart (DocumentDB `${name}-${count.index + 1}`, node groups
/// by key, subnets and NAT gateways by index). Quota refusals at the largest values are real
/// AWS refusals and allowed; AlreadyExists is not, unless the real modules collide too.
struct CountAndNameTests {
    /// (the default.yaml text, its replacement) for each key and value.
    static let cases: [(String, String)] = {
        var cases: [(String, String)] = []
        for azs in [2, 4, 6] { cases.append(("azs: 3", "azs: \(azs)")) }
        for nat in ["single", "one-per-az", "none"] {
            cases.append(("azs: 3, nat_gateways: single", "azs: 3, nat_gateways: \(nat)"))
        }
        for instances in [1, 8, 16] { cases.append(("instances: 1,", "instances: \(instances),")) }
        for clusters in [1, 3, 6] { cases.append(("cache_clusters: 1,", "cache_clusters: \(clusters),")) }
        for buckets in [1, 2, 3] { cases.append(("force_destroy: false,", "buckets: \(buckets), force_destroy: true,")) }
        for desired in [1, 500, 1000] {
            cases.append(("min: 1, max: 2, desired: 1", "min: 1, max: 1000, desired: \(desired)"))
        }
        let group = "{ name: default, instance_type: t3.large, min: 1, max: 2, desired: 1, disk_gb: 20 }"
        for groups in [1, 15, 30] {
            let list = (0..<groups).map { group.replacingOccurrences(of: "default", with: $0 == 0 ? "default" : "g\($0)") }
            cases.append((group, list.joined(separator: ", ")))
        }
        return cases
    }()

    static let collisions: Set<String> = ["AlreadyExists", "DBInstanceAlreadyExists", "DBSubnetGroupAlreadyExists",
                                          "DBClusterAlreadyExistsFault", "DBParameterGroupAlreadyExists",
                                          "BucketAlreadyOwnedByYou", "ResourceInUseException", "ResourceAlreadyExistsException"]

    @Test(arguments: cases.indices)
    func applyAndDestroyMeetNoNameCollision(index: Int) throws {
        let (old, new) = Self.cases[index]
        let rig = try Rig(try SimulatorFixtures.defaultScenario(replacing: old, with: new))
        let applied = try rig.run()
        let collided = applied.failures.compactMap(\.failure).filter { Self.collisions.contains($0.code) }
        #expect(collided.isEmpty, "\(new): \(collided.map(\.line))")
        let destroyed = try rig.run(mode: .destroy)
        #expect(destroyed.failures.compactMap(\.failure).allSatisfy { !Self.collisions.contains($0.code) }, "\(new)")
    }

    @Test func documentDBInstancesAreNumberedFromOne() throws {
        let scenario = try SimulatorFixtures.defaultScenario(replacing: "instances: 1,", with: "instances: 3,")
        let prod = try #require(Blueprint.expand(scenario).environments.first)
        let identifiers = prod.resources.filter { $0.type == "aws_docdb_cluster_instance" }.compactMap { $0["identifier"]?.string }
        #expect(identifiers == (1...3).map { "prod-yourschool-global-mongodb-\($0)" })
    }

    /// The modules' own collision is still one: a second environment's hard-coded subnet group.
    @Test func hardCodedNamesStillCollideAcrossEnvironments() throws {
        let rig = try Rig(try SimulatorFixtures.scenario(file: "multi-environment.yaml"))
        _ = try rig.run("prod")
        let staging = try rig.run("staging")
        #expect(staging.failures.contains { $0.failure?.code == "DBSubnetGroupAlreadyExists" })
    }
}
