import Blueprint
import Planner
import Report
import Simulator
import Testing

/// `PlanText` and `PlanJSON` of hand-built plans, byte for byte.
@Suite struct PlanRendererTests {
    static let db = "module.db.module.db_instance.aws_db_instance.this[0]"
    static let group = "module.eks.module.eks_managed_node_group[\"default\"].aws_eks_node_group.this[0]"
    static let cert = "module.acm_environment_domain.aws_acm_certificate.this[0]"

    static func entry(_ module: String, _ address: String, _ type: String, _ attributes: [String: AttributeValue],
                      tainted: Bool = false) -> StateEntry {
        StateEntry(address: address, type: type, module: module, resourceID: address, attributes: attributes, tainted: tainted)
    }

    /// Every kind of action and both kinds of drift, over three waves.
    static let sample: Plan = {
        let dbAttributes: [String: AttributeValue] = ["instance_class": .string("db.t3.medium"), "engine": .string("mysql"),
                                                      "allocated_storage": .int(10)]
        let database = Resource(address: Self.db, type: "aws_db_instance", module: "mysql", attributes: dbAttributes)
        let bastion = Resource(address: "aws_instance.bastion", type: "aws_instance", module: "ec2_bastion",
                               attributes: ["instance_type": .string("t3.small"), "ami": .string("ami-1")])
        let groupAttributes: [String: AttributeValue] = ["instance_types": .strings(["t3.xlarge"]), "desired_size": .int(1)]
        let modules = [
            ModulePlan(name: "vpc", wave: 0, waitsFor: [], actions: [
                PlannedAction(address: "module.vpc.aws_vpc.this[0]", type: "aws_vpc", module: "vpc", action: .noop,
                              reason: "matches the configuration"),
            ]),
            ModulePlan(name: "ec2_bastion", wave: 1, waitsFor: ["vpc"], actions: [
                PlannedAction(address: "aws_instance.bastion", type: "aws_instance", module: "ec2_bastion", action: .update,
                              reason: "instance_type updated in place: the instance is stopped and started",
                              changes: [AttributeChange(name: "instance_type", old: .string("t2.micro"), new: .string("t3.small"),
                                                        forcesReplacement: false)], desired: bastion),
            ]),
            ModulePlan(name: "kubernetes", wave: 1, waitsFor: ["vpc"], actions: [
                PlannedAction(address: group, type: "aws_eks_node_group", module: "kubernetes", action: .replace,
                              replaceOrder: .destroyBeforeCreate, reason: "instance_types forces replacement",
                              changes: [AttributeChange(name: "instance_types", old: .strings(["t3.large"]),
                                                        new: .strings(["t3.xlarge"]), forcesReplacement: true)],
                              desired: Resource(address: group, type: "aws_eks_node_group", module: "kubernetes",
                                                attributes: groupAttributes)),
            ]),
            ModulePlan(name: "mysql", wave: 2, waitsFor: ["kubernetes", "vpc"], actions: [
                PlannedAction(address: "kubernetes_secret.mysql_old", type: "kubernetes_secret", module: "mysql", action: .delete,
                              reason: "not in configuration",
                              changes: [AttributeChange(name: "name", old: .string("mysql-old"), new: nil, forcesReplacement: false)],
                              prior: entry("mysql", "kubernetes_secret.mysql_old", "kubernetes_secret", ["name": .string("mysql-old")])),
                PlannedAction(address: "random_password.mysql_openedx", type: "random_password", module: "mysql", action: .create,
                              reason: "not in state",
                              changes: [AttributeChange(name: "length", old: nil, new: .int(16), forcesReplacement: false),
                                        AttributeChange(name: "special", old: nil, new: .bool(false), forcesReplacement: false)]),
                PlannedAction(address: db, type: "aws_db_instance", module: "mysql", action: .replace,
                              replaceOrder: .destroyBeforeCreate, reason: "tainted, so must be replaced",
                              changes: [AttributeChange(name: "instance_class", old: .string("db.t2.small"),
                                                        new: .string("db.t3.medium"), forcesReplacement: false)],
                              desired: database, prior: entry("mysql", Self.db, "aws_db_instance", dbAttributes, tainted: true)),
            ]),
            ModulePlan(name: "cloudfront", wave: 3, waitsFor: ["vpc"], actions: [
                PlannedAction(address: cert, type: "aws_acm_certificate", module: "cloudfront", action: .replace,
                              replaceOrder: .createBeforeDestroy, reason: "domain_name forces replacement",
                              changes: [AttributeChange(name: "domain_name", old: .string("courses.yourschool.edu"),
                                                        new: .string("learn.yourschool.edu"), forcesReplacement: true)]),
            ]),
        ]
        return Plan(scope: "prod", mode: .apply, waves: [["vpc"], ["ec2_bastion", "kubernetes"], ["mysql"], ["cloudfront"]],
                    modules: modules,
                    drift: [
                        DriftNote(module: "mysql", address: "random_password.mysql_openedx", detail: "has been deleted"),
                        DriftNote(module: "mysql", address: db, detail: "changed outside Terraform: instance_class",
                                  changes: [AttributeChange(name: "instance_class", old: .string("db.t3.medium"),
                                                            new: .string("db.t2.small"), forcesReplacement: false)]),
                    ],
                    diagnostics: ["mysql depends on kubernetes_secrets, which is not a unit of this run"])
    }()

    static let unchanged = Plan(scope: "staging", mode: .apply, waves: [["vpc"], ["kubernetes"]], modules: [
        ModulePlan(name: "vpc", wave: 0, waitsFor: [], actions: []),
        ModulePlan(name: "kubernetes", wave: 1, waitsFor: ["vpc"], actions: [
            PlannedAction(address: "kubernetes_namespace.openedx", type: "kubernetes_namespace", module: "kubernetes",
                          action: .noop, reason: "matches the configuration"),
        ]),
    ])

    @Test func sampleText() throws { try golden.check(PlanText.render(Self.sample), "plan-sample.txt") }
    @Test func sampleJSON() throws { try golden.check(PlanJSON.render(Self.sample, estimatedMinutes: 42.25), "plan-sample.json") }
    @Test func noChangesText() throws { try golden.check(PlanText.render(Self.unchanged), "plan-no-changes.txt") }
    @Test func noChangesJSON() throws {
        try golden.check(PlanJSON.render(Self.unchanged, estimatedMinutes: nil), "plan-no-changes.json")
    }

    /// Where a real `terraform plan` stops: the provider's identifier check (H19) and the
    /// CloudFront certificate lookup that finds two certificates (H13).
    static let refusals = [
        PlanRefusal(module: "mongodb", address: "aws_docdb_cluster.default", refusal: Refusal(stage: .plan, hazard: "H19", failure: AWSFailure(
            code: "ProviderError", message: "only lowercase alphanumeric characters and hyphens allowed in \"cluster_identifier\"",
            fix: "a platform_region without underscores"))),
        PlanRefusal(module: "cloudfront", address: "data.aws_acm_certificate.environment_domain", refusal: Refusal(stage: .plan, hazard: "H13",
            failure: AWSFailure(code: "ProviderError", message: "multiple ACM Certificates matching domain (courses.yourschool.edu)"))),
    ]
    @Test func refusalsText() throws {
        try golden.check(PlanText.render(Self.unchanged) + PlanText.refusals(Self.refusals), "plan-refusals.txt")
        #expect(PlanText.refusals([]).isEmpty)
    }
    @Test func refusalsJSON() throws {
        try golden.check(PlanJSON.render(Self.unchanged, estimatedMinutes: nil, refusals: Self.refusals), "plan-refusals.json")
    }

    @Test func summaryLinesAgreeWithThePlan() {
        let text = PlanText.render(Self.sample)
        #expect(text.contains("Plan: 4 to add, 1 to change, 4 to destroy.\n"))
        #expect(text.contains("+/- resource \"aws_acm_certificate\" \"this\" {"))
        #expect(text.contains("# forces replacement"))
        #expect(PlanText.render(Self.unchanged).hasSuffix("No changes. Your infrastructure matches the configuration.\n"))
    }
}

/// Secrets print as Terraform prints them, and a version change as the steps AWS takes it in.
@Suite struct SensitiveAndUpgradeRenderingTests {
    static let plan = Plan(scope: "prod", mode: .apply, waves: [["mysql"]], modules: [
        ModulePlan(name: "mysql", wave: 0, waitsFor: [], actions: [
            PlannedAction(address: "module.db.aws_db_instance.this[0]", type: "aws_db_instance", module: "mysql", action: .update,
                          reason: "password updated in place",
                          changes: [AttributeChange(name: "password", old: .string("old-Secret-1"), new: .string("new-Secret-2"),
                                                    forcesReplacement: false)]),
            PlannedAction(address: "random_password.mysql_openedx", type: "random_password", module: "mysql", action: .create,
                          reason: "not in state",
                          changes: [AttributeChange(name: "result", old: nil, new: .string("new-Secret-3"), forcesReplacement: false),
                                    AttributeChange(name: "length", old: nil, new: .int(16), forcesReplacement: false)]),
        ]),
    ], drift: [
        DriftNote(module: "mysql", address: "random_password.admin_edx", detail: "changed outside Terraform: result",
                  changes: [AttributeChange(name: "result", old: nil, new: .string("planted-Secret-4"), forcesReplacement: false)]),
    ])

    @Test func secretsAreNeverPrinted() {
        let text = PlanText.render(Self.plan)
        let json = PlanJSON.render(Self.plan)
        for secret in ["old-Secret-1", "new-Secret-2", "new-Secret-3", "planted-Secret-4"] {
            #expect(!text.contains(secret) && !json.contains(secret), "\(secret) printed")
        }
        #expect(text.contains("      ~ password = (sensitive value)\n"))
        #expect(text.contains("      + result = (sensitive value)\n"))
        #expect(text.contains("      + length = 16\n"), "what is not secret still shows")
        #expect(json.contains("\"new\": \"(sensitive value)\"") || json.contains("\"new\":\"(sensitive value)\""))
    }

    @Test func anUpgradeChainPrintsEachStep() {
        let steps = [UpgradeRules.Step(from: "1.22", to: "1.23", what: "control plane", minutes: 25),
                     UpgradeRules.Step(from: "1.22", to: "1.23", what: "node group", minutes: 10),
                     UpgradeRules.Step(from: "1.23", to: "1.24", what: "control plane", minutes: 25),
                     UpgradeRules.Step(from: "1.23", to: "1.24", what: "node group", minutes: 10)]
        let refusal = Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "InvalidParameterException", message: "Unsupported Kubernetes minor version update from 1.22 to 1.24"))
        let text = PlanText.upgrades([PlannedUpgrade(module: "kubernetes", address: "module.eks.aws_eks_cluster.this[0]",
                                                     steps: steps, refusal: refusal)])
        #expect(text.contains("  kubernetes: module.eks.aws_eks_cluster.this[0]: 1.22 -> 1.23 -> 1.24 (2 steps, about 70.0 minutes)\n"))
        #expect(text.contains("    1.23 -> 1.24: control plane (25.0 min), node group (10.0 min)\n"))
        #expect(text.contains("    refused as planned: InvalidParameterException: Unsupported Kubernetes minor version update from 1.22 to 1.24\n"))
        #expect(PlanText.upgrades([]).isEmpty)
    }
}
