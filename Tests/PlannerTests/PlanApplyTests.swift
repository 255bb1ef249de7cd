import Blueprint
import Planner
import Scenario
import Testing

/// Apply plans of the default prod environment against fresh and applied states.
@Suite struct PlanApplyTests {
    let prod: EnvironmentBlueprint

    init() throws {
        prod = try PlannerFixtures.prod(try PlannerFixtures.blueprint("default.yaml"))
    }

    @Test func freshPlanCreatesEveryTerraformResourceAndNothingElse() throws {
        let plan = try PlannerFixtures.plan(prod, prior: .empty)
        let managed = prod.resources.filter { $0.managedBy == .terraform }
        #expect(plan.actions.count == managed.count)
        #expect(plan.actions.allSatisfy { $0.action == .create && $0.reason == "not in state" })
        #expect(Set(plan.actions.map { "\($0.module) \($0.address)" }) == Set(managed.map { "\($0.module) \($0.address)" }))
        #expect(!plan.actions.contains { $0.type == "aws_elb" || $0.type == "aws_ebs_volume" || $0.module == "tutor" })
        #expect(plan.summary.add == managed.count && plan.summary.change == 0 && plan.summary.destroy == 0)
        #expect(plan.modules.map(\.name) == plan.waves.flatMap { $0 })
        // Descriptive attributes are not part of a create.
        let nginx = try plan.action("kubernetes_ingress_clb", "helm_release.nginx")
        #expect(!nginx.changes.contains { $0.name == "effective_service_type" })
    }

    @Test func appliedStatePlansNoChanges() throws {
        let plan = try PlannerFixtures.plan(prod, prior: PlannerFixtures.applied(prod.resources))
        #expect(!plan.hasChanges)
        #expect(plan.drift.isEmpty)
        #expect(plan.actions.allSatisfy { $0.action == .noop })
        // Every module still appears, with its wave, so the output can say it has no changes.
        #expect(plan.modules.map(\.name) == plan.waves.flatMap { $0 })
        #expect(plan.modules.first { $0.name == "mysql" }?.wave == 3)
    }

    @Test func anotherNodeInstanceTypeReplacesTheNodeGroup() throws {
        let prior = PlannerFixtures.applied(prod.resources)
        let whatIf = try PlannerFixtures.prod(try PlannerFixtures.blueprint(
            "default.yaml", replacing: "instance_type: t3.large", with: "instance_type: t3.xlarge"))
        let plan = try PlannerFixtures.plan(whatIf, prior: prior)
        let group = try plan.action("kubernetes", Address.nodeGroup)
        #expect(group.action == .replace)
        #expect(group.replaceOrder == .destroyBeforeCreate)
        #expect(group.reason == "instance_types forces replacement")
        #expect(group.changes == [AttributeChange(name: "instance_types", old: .strings(["t3.large"]),
                                                  new: .strings(["t3.xlarge"]), forcesReplacement: true)])
        #expect(plan.changed.count == 1)
    }

    @Test func anotherRDSClassIsAnInPlaceUpdate() throws {
        let prior = PlannerFixtures.applied(prod.resources)
        let whatIf = try PlannerFixtures.prod(try PlannerFixtures.blueprint(
            "default.yaml", replacing: "instance_class: db.t2.small", with: "instance_class: db.t3.medium"))
        let plan = try PlannerFixtures.plan(whatIf, prior: prior)
        let db = try plan.action("mysql", Address.dbInstance)
        #expect(db.action == .update)
        #expect(db.reason == "instance_class updated in place")
        #expect(db.changes == [AttributeChange(name: "instance_class", old: .string("db.t2.small"),
                                               new: .string("db.t3.medium"), forcesReplacement: false)])
        #expect(plan.summary == (0, 1, 0))
    }

    @Test func anRDSEngineChangeReplacesTheInstance() throws {
        let prior = PlannerFixtures.applied(prod.resources)
        let desired = prod.resources.setting(Address.dbInstance, in: "mysql", "engine", to: .string("mariadb"))
        let plan = try PlannerFixtures.plan(prod, prior: prior, desired: desired)
        let db = try plan.action("mysql", Address.dbInstance)
        #expect(db.action == .replace)
        #expect(db.reason == "engine forces replacement")
        #expect(db.changes.first?.forcesReplacement == true)
        #expect(plan.summary == (1, 0, 1))
    }

    @Test func aBastionInstanceTypeChangeStopsAndStartsIt() throws {
        let prior = PlannerFixtures.applied(prod.resources)
        let whatIf = try PlannerFixtures.prod(try PlannerFixtures.blueprint(
            "default.yaml", replacing: "instance_type: t2.micro", with: "instance_type: t3.small"))
        let plan = try PlannerFixtures.plan(whatIf, prior: prior)
        let bastion = try plan.action("ec2_bastion", Address.bastion)
        #expect(bastion.action == .update)
        #expect(bastion.reason == "instance_type updated in place: the instance is stopped and started")
        #expect(plan.changed.map(\.address) == [Address.bastion])
    }

    /// A module removed from the scenario: its state remains, so its objects are destroyed, in
    /// the wave its old dependencies give it.
    @Test func aRemovedModulesResourcesAreDeleted() throws {
        let prior = PlannerFixtures.applied(prod.resources)
        let desired = prod.resources.filter { $0.module != "mongodb" }
        let graph = try ModuleGraph.cookiecutter(layout: .perEnvironment,
                                                 units: Array(Set(desired.filter { $0.managedBy == .terraform }.map(\.module))),
                                                 isStack: false)
        #expect(!graph.units.contains("mongodb"))
        let plan = try Planner.plan(scope: "prod", desired: desired, prior: prior, graph: graph, mode: .apply)
        let mongodb = try #require(plan.modules.first { $0.name == "mongodb" })
        #expect(mongodb.wave == 3)
        #expect(mongodb.actions.count == prior.modules["mongodb"]?.count)
        #expect(mongodb.actions.allSatisfy { $0.action == .delete && $0.reason == "not in configuration" })
        // Dependents first: the cluster instance and the secret go before the cluster.
        let order = mongodb.actions.map(\.address)
        let cluster = try #require(order.firstIndex(of: "aws_docdb_cluster.default"))
        #expect((order.firstIndex(of: "aws_docdb_cluster_instance.default[0]") ?? 99) < cluster)
        #expect((order.firstIndex(of: "kubernetes_secret.mongodb_admin") ?? 99) < cluster)
        #expect(plan.changed.allSatisfy { $0.module == "mongodb" })
    }
}
