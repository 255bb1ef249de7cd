import Blueprint
import Planner
import Testing

/// What the state and refresh add: taint, out-of-band deletion and drift, create_before_destroy,
/// resource order, destroy plans and determinism.
@Suite struct PlanStateTests {
    let prod: EnvironmentBlueprint
    let prior: PriorState

    init() throws {
        prod = try PlannerFixtures.prod(try PlannerFixtures.blueprint("default.yaml"))
        prior = PlannerFixtures.applied(prod.resources)
    }

    @Test func aTaintedEntryIsReplaced() throws {
        var tainted = prior
        tainted.modules["kubernetes"]?[Address.nodeGroup]?.tainted = true
        let plan = try PlannerFixtures.plan(prod, prior: tainted)
        let group = try plan.action("kubernetes", Address.nodeGroup)
        #expect(group.action == .replace)
        #expect(group.reason == "tainted, so must be replaced")
        #expect(group.changes.isEmpty)
        #expect(plan.changed.count == 1)
    }

    /// Refresh finds the object gone, drops it from state, and the plan creates it again.
    @Test func anObjectDeletedOutsideTerraformIsCreatedAgain() throws {
        var gone = prior
        gone.live[PlannerFixtures.id("ec2_bastion", Address.bastion)] = nil
        let plan = try PlannerFixtures.plan(prod, prior: gone)
        let bastion = try plan.action("ec2_bastion", Address.bastion)
        #expect(bastion.action == .create)
        #expect(bastion.prior == nil)
        #expect(plan.drift == [DriftNote(module: "ec2_bastion", address: Address.bastion, detail: "has been deleted")])
        #expect(plan.changed.count == 1)
    }

    /// Drift is reported against the state; the plan compares the configuration with what exists.
    @Test func liveChangesAreDriftAndThePlanRevertsThem() throws {
        var drifted = prior
        let id = PlannerFixtures.id("mysql", Address.dbInstance)
        drifted.live[id]?["instance_class"] = .string("db.t3.large")
        let plan = try PlannerFixtures.plan(prod, prior: drifted)
        let note = try #require(plan.drift.first)
        #expect(plan.drift.count == 1)
        #expect(note.address == Address.dbInstance)
        #expect(note.changes == [AttributeChange(name: "instance_class", old: .string("db.t2.small"),
                                                 new: .string("db.t3.large"), forcesReplacement: false)])
        let db = try plan.action("mysql", Address.dbInstance)
        #expect(db.action == .update)
        #expect(db.changes.first?.old == .string("db.t3.large"))
        #expect(db.changes.first?.new == .string("db.t2.small"))
    }

    /// Descriptive attributes never diff, even when the account disagrees with them.
    @Test func ignoredAttributesNeverDiff() throws {
        var drifted = prior
        drifted.live[PlannerFixtures.id("kubernetes_ingress_clb", "helm_release.nginx")]?["effective_service_type"] = .string("x")
        let plan = try PlannerFixtures.plan(prod, prior: drifted)
        #expect(!plan.hasChanges)
        #expect(plan.drift.isEmpty)
    }

    /// terraform-aws-acm's create_before_destroy; the validation record has none.
    @Test func acmCertificateIsReplacedCreateBeforeDestroy() throws {
        let certificate = "module.acm_environment_domain.aws_acm_certificate.this[0]"
        let record = "module.acm_environment_domain.aws_route53_record.validation[0]"
        let desired = prod.resources
            .setting(certificate, in: "cloudfront", "domain_name", to: .string("learn.yourschool.edu"))
            .setting(record, in: "cloudfront", "name", to: .string("_validation.learn.yourschool.edu"))
        let plan = try PlannerFixtures.plan(prod, prior: prior, desired: desired)
        let cert = try plan.action("cloudfront", certificate)
        #expect(cert.action == .replace)
        #expect(cert.replaceOrder == .createBeforeDestroy)
        #expect(try plan.action("cloudfront", record).replaceOrder == .destroyBeforeCreate)
    }

    /// The redis parameter group declares CBD, and infects the random_string it depends on (§1.2).
    @Test func createBeforeDestroyPropagatesToDependencies() throws {
        let desired = prod.resources.setting("module.redis.random_string.id", in: "redis", "length", to: .int(10))
        let plan = try PlannerFixtures.plan(prod, prior: prior, desired: desired)
        let id = try plan.action("redis", "module.redis.random_string.id")
        #expect(id.action == .replace)
        #expect(id.reason == "length forces replacement")
        #expect(id.replaceOrder == .createBeforeDestroy)
    }

    @Test func actionsFollowTheResourceGraph() throws {
        let fresh = try PlannerFixtures.plan(prod, prior: .empty)
        for module in fresh.modules {
            let position = Dictionary(uniqueKeysWithValues: module.actions.enumerated().map { ($0.element.address, $0.offset) })
            for action in module.actions {
                for dependency in action.dependsOn {
                    #expect((position[dependency] ?? -1) < (position[action.address] ?? -1), "\(action.address)")
                }
            }
        }
        let mysql = try #require(fresh.modules.first { $0.name == "mysql" }).actions.map(\.address)
        #expect(mysql.first == "aws_db_subnet_group.mysql_subnet_group")
        let destroy = try PlannerFixtures.plan(prod, prior: prior, mode: .destroy)
        let doomed = try #require(destroy.modules.first { $0.name == "mysql" }).actions.map(\.address)
        #expect((doomed.firstIndex(of: "kubernetes_secret.mysql_root") ?? 99) < (doomed.firstIndex(of: Address.dbInstance) ?? -1))
        #expect((doomed.firstIndex(of: Address.dbInstance) ?? 99) < (doomed.firstIndex(of: "aws_db_subnet_group.mysql_subnet_group") ?? -1))
    }

    @Test func destroyDeletesEveryStateEntryDependentsFirst() throws {
        let plan = try PlannerFixtures.plan(prod, prior: prior, mode: .destroy)
        let entries = prior.modules.values.reduce(0) { $0 + $1.count }
        #expect(plan.actions.count == entries)
        #expect(plan.actions.allSatisfy { $0.action == .delete })
        #expect(plan.summary.destroy == entries)
        #expect(plan.waves.first?.contains("cloudfront") == true && plan.waves.last == ["vpc"])
        #expect(plan.modules.last?.name == "vpc")
        #expect(try PlannerFixtures.plan(prod, prior: .empty, mode: .destroy).hasChanges == false)
    }

    /// A full state recording the configuration's dependencies takes the configuration's
    /// order; the same graph recorded differently (dependencies listed in reverse, so the
    /// lists differ) is ordered from the state. Both must read the same, and a state that
    /// really records other dependencies must be ordered by them.
    @Test func destroyOrderFromStateMatchesTheConfigurationsOrder() throws {
        var reordered = prior
        for (module, entries) in reordered.modules {
            for address in entries.keys { reordered.modules[module]?[address]?.dependencies.reverse() }
        }
        let fast = try PlannerFixtures.plan(prod, prior: prior, mode: .destroy)
        let slow = try PlannerFixtures.plan(prod, prior: reordered, mode: .destroy)
        #expect(fast.modules.map { $0.actions.map(\.address) } == slow.modules.map { $0.actions.map(\.address) })
        // The subnet group recorded as depending on the DB instance: now it goes first.
        var inverted = prior
        inverted.modules["mysql"]?["aws_db_subnet_group.mysql_subnet_group"]?.dependencies = [Address.dbInstance]
        // (Its own recorded dependency on the subnet group gone, or the two would form a cycle.)
        inverted.modules["mysql"]?[Address.dbInstance]?.dependencies = ["data.aws_vpc.gone"]
        let doomed = try #require(try PlannerFixtures.plan(prod, prior: inverted, mode: .destroy).modules.first { $0.name == "mysql" })
            .actions.map(\.address)
        #expect((doomed.firstIndex(of: "aws_db_subnet_group.mysql_subnet_group") ?? 99) < (doomed.firstIndex(of: Address.dbInstance) ?? -1))
    }

    @Test func thePlanIsAPureValue() throws {
        var drifted = prior
        drifted.live[PlannerFixtures.id("ec2_bastion", Address.bastion)] = nil
        drifted.modules["kubernetes"]?[Address.nodeGroup]?.tainted = true
        let first = try PlannerFixtures.plan(prod, prior: drifted)
        let again = try PlannerFixtures.plan(prod, prior: drifted)
        let shuffled = try PlannerFixtures.plan(prod, prior: drifted, desired: prod.resources.reversed())
        #expect(first == again)
        #expect(first == shuffled)
    }

    /// `--unit`: Terragrunt run in one unit's folder plans that unit alone, in a wave of its own,
    /// with that unit's drift only.
    @Test func oneUnitIsPlannedAloneWithItsOwnDrift() throws {
        var gone = prior
        gone.live[PlannerFixtures.id("ec2_bastion", Address.bastion)] = nil
        gone.live[PlannerFixtures.id("mysql", Address.dbInstance)] = nil
        let whole = try PlannerFixtures.plan(prod, prior: gone, mode: .destroy)
        let bastion = try #require(whole.only(unit: "ec2_bastion"))
        #expect(bastion.unit == "ec2_bastion")
        #expect(whole.unit == nil)
        #expect(bastion.waves == [["ec2_bastion"]])
        #expect(bastion.modules.map(\.name) == ["ec2_bastion"])
        #expect(bastion.modules[0].wave == 0)
        #expect(bastion.modules[0].waitsFor.isEmpty)
        #expect(whole.modules.first { $0.name == "ec2_bastion" }.map(\.actions) == bastion.modules[0].actions)
        #expect(bastion.drift.map(\.module) == ["ec2_bastion"])
        #expect(whole.drift.count == 2)
        #expect(whole.only(unit: "ec2_bastions") == nil)
    }

}
