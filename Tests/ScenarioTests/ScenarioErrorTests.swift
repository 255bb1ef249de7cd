import Diagnostics
import Foundation
import Scenario
import Testing

/// Every user mistake is a `ScenarioError` with the right case, the place it is at
/// (`file:line:column`) and a message that says what to do.
@Suite struct ScenarioErrorTests {
    let modules = ModuleName.allCases.map(\.rawValue)

    /// Loads inline text as `inline.yaml` and returns the error it must throw.
    func error(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) {
            try ScenarioLoader.load(text: text, file: "inline.yaml")
        }
    }

    func fixtureError(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScenarioError {
        try #require(throws: ScenarioError.self, sourceLocation: sourceLocation) {
            try ScenarioTestSupport.loadFixture(name)
        }
    }

    // MARK: YAML and files

    @Test func malformedYAMLPointsAtTheProblem() throws {
        let error = try fixtureError("ScenarioErrorTests-malformed")
        guard case .malformed(let location, let problem) = error else {
            Issue.record("expected .malformed, got \(error)"); return
        }
        #expect(location.description == "ScenarioErrorTests-malformed.yaml:5:10")
        #expect(problem == "did not find expected ',' or ']' (while parsing a flow sequence)")
        #expect(error.description == """
            ScenarioErrorTests-malformed.yaml:5:10: error: malformed YAML: did not find expected ',' or ']' \
            (while parsing a flow sequence)
              fix the YAML syntax at that place
            """)
    }

    @Test func missingFile() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(path: "Scenarios/no-such-scenario.yaml",
                                    relativeTo: ScenarioTestSupport.repositoryRoot())
        }
        #expect(error == .missingFile(path: "Scenarios/no-such-scenario.yaml"))
        #expect(error.location == nil)
        #expect(error.description == """
            error: no scenario file at Scenarios/no-such-scenario.yaml
              check the path; scenarios live in Scenarios/ (for example Scenarios/default.yaml)
            """)
    }

    @Test func extendsCycleBetweenTwoFixtures() throws {
        let error = try fixtureError("ScenarioErrorTests-extends-cycle-a")
        let chain = ["ScenarioErrorTests-extends-cycle-a.yaml", "ScenarioErrorTests-extends-cycle-b.yaml",
                     "ScenarioErrorTests-extends-cycle-a.yaml"]
        // Found while reading b, at b's `extends` value.
        let at = Diagnostics_SourceLocation(file: "ScenarioErrorTests-extends-cycle-b.yaml", line: 1, column: 10)
        #expect(error == .extendsCycle(at, chain: chain))
        #expect(error.location?.description == "ScenarioErrorTests-extends-cycle-b.yaml:1:10")
        #expect(error.description == """
            ScenarioErrorTests-extends-cycle-b.yaml:1:10: error: scenarios extend each other in a cycle: \
            ScenarioErrorTests-extends-cycle-a.yaml -> ScenarioErrorTests-extends-cycle-b.yaml -> \
            ScenarioErrorTests-extends-cycle-a.yaml
              remove one of the `extends` lines
            """)
    }

    @Test func extendsOfAMissingBase() throws {
        let error = try fixtureError("ScenarioErrorTests-extends-missing-base")
        #expect(error.location?.description == "ScenarioErrorTests-extends-missing-base.yaml:2:10")
        #expect(error.description == """
            ScenarioErrorTests-extends-missing-base.yaml:2:10: error: `extends` names no-such-base.yaml, which does not exist
            """)
    }

    @Test func textScenarioCannotExtend() throws {
        let error = try error("extends: default.yaml\nenvironments: { prod: {} }\n")
        #expect(error.description == "inline.yaml:1:1: error: a scenario given as text cannot use `extends`")
    }

    @Test func duplicatedKeysAreMalformed() throws {
        let error = try error("environments:\n  prod:\n    mysql: { multi_az: true, multi_az: false }\n")
        #expect(error == .malformed(Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 14),
                                    problem: "duplicated keys multi_az"))
        #expect(error.description == """
            inline.yaml:3:14: error: malformed YAML: duplicated keys multi_az
              fix the YAML syntax at that place
            """)
    }

    /// `extends` must name one file; a list is not a path.
    @Test func extendsThatIsNotASinglePath() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(text: "extends: [default.yaml]\nenvironments: { prod: {} }\n", file: "inline.yaml")
        }
        #expect(error == .wrongType(Diagnostics_SourceLocation(file: "inline.yaml", line: 1, column: 10),
                                    key: "extends", expected: "the path of one scenario file"))
    }

    /// Node groups are a Terraform map keyed by name: two groups with one name cannot exist.
    @Test func nodeGroupNamesMustBeUnique() throws {
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.load(text: """
                environments:
                  prod:
                    kubernetes: { node_groups: [{ name: a }, { name: a }] }
                """, file: "inline.yaml")
        }
        #expect(error.location?.description == "inline.yaml:3:54")
        #expect(error.message == "two node groups are named 'a'; EKS node groups need distinct names")
    }

    // MARK: Modules and keys

    @Test func unknownModuleSuggestsTheNearestName() throws {
        let error = try fixtureError("ScenarioErrorTests-unknown-module")
        let at = Diagnostics_SourceLocation(file: "ScenarioErrorTests-unknown-module.yaml", line: 4, column: 32)
        #expect(error == .unknownModule(at, name: "mongdb", known: modules))
        #expect(error.hint == "did you mean 'mongodb'?")
        #expect(error.description == """
            ScenarioErrorTests-unknown-module.yaml:4:32: error: unknown module 'mongdb'
              did you mean 'mongodb'?
            """)
    }

    @Test func moduleListedTwice() throws {
        let error = try error("environments:\n  prod:\n    modules: [vpc, redis, vpc]\n")
        #expect(error.description == "inline.yaml:3:27: error: module 'vpc' is listed twice")
    }

    @Test func unknownKeyInAModuleBlockSuggestsTheKey() throws {
        let error = try error("""
            environments:
              prod:
                mysql: { instance_clas: db.t3.micro }
            """)
        guard case .unknownKey(let location, let key, let allowed) = error else {
            Issue.record("expected .unknownKey, got \(error)"); return
        }
        #expect(location.description == "inline.yaml:3:14")
        #expect(key == "instance_clas")
        #expect(allowed.first == "instance_class")
        #expect(error.description == """
            inline.yaml:3:14: error: unknown key 'instance_clas'
              did you mean 'instance_class'?
            """)
    }

    @Test func unknownKeyAtTheEnvironmentLevelWithNothingCloseListsTheKnownKeys() throws {
        let error = try error("environments:\n  prod:\n    redis_cluster: { node_type: cache.t3.micro }\n")
        #expect(error.description == """
            inline.yaml:3:5: error: unknown key 'redis_cluster'
              known: subdomain, region, modules, dependencies, usage, load, tutor, vpc, acm, kubernetes, \
            kubernetes_ingress_clb, kubernetes_secrets, mysql, mongodb, redis, s3_openedx_storage, cloudfront, ec2_bastion
            """)
    }

    @Test func unknownKeyAtTheEnvironmentLevelSuggests() throws {
        let error = try error("environments:\n  prod:\n    mysq: { instance_class: db.t3.micro }\n")
        #expect(error.description == """
            inline.yaml:3:5: error: unknown key 'mysq'
              did you mean 'mysql'?
            """)
    }

    @Test func wrongTypeStringWhereANumberIs() throws {
        let error = try error("""
            environments:
              prod:
                redis: { node_type: cache.t3.micro, cache_clusters: two }
            """)
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 57)
        #expect(error == .wrongType(at, key: "environments.prod.redis.cache_clusters", expected: "a whole number"))
        #expect(error.description == "inline.yaml:3:57: error: 'environments.prod.redis.cache_clusters' must be a whole number")
    }

    @Test func wrongTypeStringWhereAUsageNumberIs() throws {
        let error = try error("environments:\n  prod:\n    usage: { s3_storage_gb: lots }\n")
        #expect(error.description == "inline.yaml:3:29: error: 'environments.prod.usage.s3_storage_gb' must be a number")
    }

    @Test(arguments: ["1-2", "1.2.3", "12GB", "-", "."])
    func usageNumbersMustBePlainLiterals(_ literal: String) throws {
        let error = try error("environments:\n  prod:\n    usage: { nat_gb_processed: '\(literal)' }\n")
        #expect(error.description == "inline.yaml:3:32: error: 'environments.prod.usage.nat_gb_processed' must be a number")
    }

    @Test func negativeUsageIsOutOfRange() throws {
        let error = try error("environments:\n  prod:\n    usage: { nat_gb_processed: -5 }\n")
        #expect(error.description
            == "inline.yaml:3:32: error: 'environments.prod.usage.nat_gb_processed' is -5, but it must be zero or more")
    }

    @Test func wrongTypeForABoolean() throws {
        let error = try error("environments:\n  prod:\n    mysql: { multi_az: maybe }\n")
        #expect(error.description == "inline.yaml:3:24: error: 'environments.prod.mysql.multi_az' must be true or false")
    }

    @Test func moduleBlockThatIsNotAMapping() throws {
        let error = try error("environments:\n  prod:\n    vpc: [a, b]\n")
        #expect(error.description == "inline.yaml:3:10: error: 'environments.prod.vpc' must be a mapping of keys to values")
    }

    // MARK: Counts

    @Test func zeroDesiredNodes() throws {
        let error = try error("""
            environments:
              prod:
                kubernetes: { node_groups: [{ min: 0, desired: 0, max: 2 }] }
            """)
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 52)
        #expect(error == .outOfRange(at, key: "environments.prod.kubernetes.node_groups[0].desired", value: "0",
                                     rule: "at least 1"))
        #expect(error.description == """
            inline.yaml:3:52: error: 'environments.prod.kubernetes.node_groups[0].desired' is 0, but it must be at least 1
            """)
    }

    @Test func zeroDocumentDBInstances() throws {
        let error = try error("environments:\n  prod:\n    mongodb: { instances: 0 }\n")
        #expect(error.description == "inline.yaml:3:27: error: 'environments.prod.mongodb.instances' is 0, but it must be at least 1")
    }

    @Test func negativeCacheClusters() throws {
        let error = try error("environments:\n  prod:\n    redis: { cache_clusters: -1 }\n")
        #expect(error.description
            == "inline.yaml:3:30: error: 'environments.prod.redis.cache_clusters' is -1, but it must be at least 1")
    }

    @Test func tooManyCacheClusters() throws {
        let error = try error("environments:\n  prod:\n    redis: { cache_clusters: 7 }\n")
        #expect(error.description
            == "inline.yaml:3:30: error: 'environments.prod.redis.cache_clusters' is 7, but it must be at most 6")
    }

    @Test func minAboveDesired() throws {
        let error = try error("""
            environments:
              prod:
                kubernetes:
                  node_groups:
                    - { name: web, min: 3, desired: 2, max: 4 }
            """)
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 5, column: 41)
        #expect(error == .inconsistent(at, problem: """
            environments.prod.kubernetes.node_groups[0] needs min <= desired <= max, but it has min 3, desired 2, max 4
            """))
        #expect(error.description == """
            inline.yaml:5:41: error: environments.prod.kubernetes.node_groups[0] needs min <= desired <= max, \
            but it has min 3, desired 2, max 4
            """)
    }

    @Test func emptyNodeGroupList() throws {
        let error = try error("environments:\n  prod:\n    kubernetes: { node_groups: [] }\n")
        #expect(error.description == "inline.yaml:3:32: error: an EKS cluster needs at least one node group")
    }

    // MARK: Environments, platform, layout

    @Test func unknownEnvironment() throws {
        let scenario = try ScenarioLoader.load(text: "environments: { prod: {}, staging: {} }\n", file: "inline.yaml")
        let error = try #require(throws: ScenarioError.self) { try scenario.environment(named: "qa") }
        #expect(error == .unknownEnvironment(name: "qa", known: ["prod", "staging"]))
        #expect(error.location == nil)
        #expect(error.description == """
            error: the scenario has no environment 'qa'
              environments: prod, staging
            """)
    }

    @Test func missingEnvironments() throws {
        let error = try error("name: empty\n")
        #expect(error.description == """
            inline.yaml:1:1: error: missing required key 'environments'
              add 'environments'
            """)
    }

    @Test func badEnvironmentName() throws {
        let error = try error("environments:\n  Prod: {}\n")
        #expect(error.description == """
            inline.yaml:2:3: error: environment name 'Prod' must be lower-case letters, digits and '-', starting with a letter
            """)
    }

    /// A name that ends in a line break is refused, as the Go regular expressions Terraform validates names with refuse it.
    @Test(arguments: ["\"prod\\n\"", "\"prod\\r\\n\"", "\"prod\\u2028\""])
    func anEnvironmentNameEndingInALineBreakIsRefused(_ key: String) throws {
        let error = try error("environments:\n  \(key): {}\n")
        #expect(error.description.hasPrefix("inline.yaml:2:3: error: environment name 'prod"), "\(error.description)")
        #expect(error.description.hasSuffix("must be lower-case letters, digits and '-', starting with a letter"))
        #expect(!error.description.contains("\n"), "the line break is shown escaped: \(error.description)")
    }

    @Test func aNodeGroupNameEndingInALineBreakIsRefused() throws {
        let error = try error("environments:\n  prod:\n    kubernetes: { node_groups: [{ name: \"default\\n\", instance_type: t3.large }] }\n")
        #expect(error.description.contains("node_groups[0].name"), "\(error.description)")
        #expect(error.description.contains("is 'default\\n', but it must be a node group name EKS accepts"), "\(error.description)")
    }

    @Test(arguments: ["'12345'", "'1234567890123'", "'12345678901a'"])
    func accountIDMustBeTwelveDigits(_ literal: String) throws {
        let error = try error("platform: { account_id: \(literal) }\nenvironments: { prod: {} }\n")
        let value = String(literal.dropFirst().dropLast())
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 1, column: 25)
        #expect(error == .outOfRange(at, key: "platform.account_id", value: value,
                                     rule: "a 12-digit AWS account id (quote it in YAML)"))
        #expect(error.description == """
            inline.yaml:1:25: error: 'platform.account_id' is \(value), but it must be a 12-digit AWS account id (quote it in YAML)
            """)
    }

    @Test func sharedBlockWithThePerEnvironmentLayout() throws {
        let error = try error("""
            layout: per-environment
            shared:
              modules: [vpc]
            environments: { prod: {} }
            """)
        #expect(error == .inconsistent(Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 3),
                                       problem: "`shared` is only for `layout: shared-stack`"))
        #expect(error.description == "inline.yaml:3:3: error: `shared` is only for `layout: shared-stack`")
    }

    @Test func sharedStackWithoutASharedBlock() throws {
        let error = try error("layout: shared-stack\nenvironments: { prod: {} }\n")
        #expect(error.description == """
            inline.yaml:1:1: error: missing required key 'shared'
              add 'shared'
            """)
    }

    @Test func unknownLayoutSuggests() throws {
        let error = try error("layout: shared_stack\nenvironments: { prod: {} }\n")
        #expect(error.description == """
            inline.yaml:1:9: error: 'layout' cannot be 'shared_stack'
              did you mean 'shared-stack'?
            """)
    }

    @Test func unknownNATGatewaysValueSuggests() throws {
        let error = try error("environments:\n  prod:\n    vpc: { nat_gateways: one-per-zone }\n")
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 26)
        #expect(error == .unknownValue(at, key: "environments.prod.vpc.nat_gateways", value: "one-per-zone",
                                       allowed: ["single", "one-per-az", "none"]))
        #expect(error.description == """
            inline.yaml:3:26: error: 'environments.prod.vpc.nat_gateways' cannot be 'one-per-zone'
              did you mean 'one-per-az'?
            """)
    }

    @Test func unknownPriceClassSuggests() throws {
        let error = try error("environments:\n  prod:\n    cloudfront: { price_class: PriceClass_Al }\n")
        let at = Diagnostics_SourceLocation(file: "inline.yaml", line: 3, column: 32)
        #expect(error == .unknownValue(at, key: "environments.prod.cloudfront.price_class", value: "PriceClass_Al",
                                       allowed: ["PriceClass_All", "PriceClass_200", "PriceClass_100"]))
        #expect(error.hint == "did you mean 'PriceClass_All', 'PriceClass_100', 'PriceClass_200'?")
    }

    @Test func unknownValueWithNothingCloseListsTheAllowedValues() throws {
        let error = try error("environments:\n  prod:\n    mysql: { storage_type: magnetic }\n")
        #expect(error.description == """
            inline.yaml:3:28: error: 'environments.prod.mysql.storage_type' cannot be 'magnetic'
              allowed: gp2, gp3, io1
            """)
    }
}

/// Both Testing and Diagnostics declare `SourceLocation`; this names the one in error cases.
typealias Diagnostics_SourceLocation = Diagnostics.SourceLocation
