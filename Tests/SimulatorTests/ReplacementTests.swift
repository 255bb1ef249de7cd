import Account
import Planner
import Simulator
import Testing

/// What-ifs on an applied default prod: a ForceNew attribute replaces, others update in place.
struct ReplacementTests {
    static let nodeGroup = "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]"
    static let database = "module.db.module.db_instance.aws_db_instance.this[0]"

    /// Applies default prod, then returns a rig on the same account with the edited scenario.
    func applied(thenReplacing old: String, with new: String) throws -> Rig {
        let rig = try Rig.defaultProd()
        #expect(try rig.run().succeeded)
        return try Rig(try SimulatorFixtures.defaultScenario(replacing: old, with: new), account: rig.account)
    }

    func id(_ rig: Rig, module: String, address: String) throws -> String {
        try #require(try rig.account.state(stateKey: FakeAccount.stateKey(scope: "prod", module: module))[address]).resourceID
    }

    // instance_types forces a new node group (section 1.8).
    @Test func nodeInstanceTypeReplacesTheNodeGroup() throws {
        let rig = try applied(thenReplacing: "instance_type: t3.large", with: "instance_type: m5.large")
        let before = try id(rig, module: "kubernetes", address: Self.nodeGroup)
        let plan = try rig.plan()
        let action = try #require(plan.actions.first { $0.address == Self.nodeGroup })
        #expect(action.action == .replace)
        #expect(Simulator.estimateMinutes(plan, catalog: rig.catalog) > 0)

        let result = try rig.run(plan)
        #expect(result.succeeded, "failures: \(result.failures.map { $0.failure?.line ?? $0.address })")
        let after = try id(rig, module: "kubernetes", address: Self.nodeGroup)
        #expect(after != before, "a replacement is a new object in the account")
        #expect(try rig.account.resource(id: before) == nil)
        #expect(try rig.account.resource(id: after)?.attributes["instance_types"] != nil)
        #expect(try rig.account.resources(type: "aws_eks_node_group").count == 1, "the old group is gone")
        #expect(try !rig.plan().hasChanges)
    }

    @Test func databaseClassChangeUpdatesInPlace() throws {
        let rig = try applied(thenReplacing: "instance_class: db.t2.small", with: "instance_class: db.t3.medium")
        let before = try id(rig, module: "mysql", address: Self.database)
        let plan = try rig.plan()
        #expect(try #require(plan.actions.first { $0.address == Self.database }).action == .update)
        #expect(plan.summary == (0, 1, 0))
        #expect(Simulator.estimateMinutes(plan, catalog: rig.catalog) > 0)

        #expect(try rig.run(plan).succeeded)
        #expect(try id(rig, module: "mysql", address: Self.database) == before)
        #expect(try rig.account.resource(id: before)?.attributes["instance_class"]?.string == "db.t3.medium")
    }
}
