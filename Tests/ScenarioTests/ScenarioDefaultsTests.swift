import Foundation
import Scenario
import Testing

/// A scenario that names only its environment gets the cookiecutter v0.0.6 defaults
/// (cookiecutter-backend.md section 2).
@Suite struct ScenarioDefaultsTests {
    let scenario: Scenario

    init() throws {
        scenario = try ScenarioTestSupport.loadFixture("ScenarioDefaultsTests-minimal")
    }

    @Test func scenarioLevelDefaults() throws {
        #expect(scenario.name == "ScenarioDefaultsTests-minimal")
        #expect(scenario.description == "")
        #expect(scenario.file == "ScenarioDefaultsTests-minimal.yaml")
        #expect(scenario.layout == .perEnvironment)
        #expect(scenario.allocation == .even)
        #expect(scenario.shared == nil)
        #expect(scenario.platform == Platform(name: "yourschool", platformRegion: "usa_east", rootDomain: "yourschool.edu",
                                              awsRegion: "us-east-1", accountID: "123456789012"))
        #expect(scenario.environments.map(\.name) == ["prod"])
    }

    @Test func environmentNamingAndModules() throws {
        let prod = try scenario.environment(named: "prod")
        #expect(prod.subdomain == "courses")
        #expect(prod.region == "us-east-1")
        #expect(prod.modules == [.vpc, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql, .redis,
                                 .s3OpenedxStorage, .cloudfront])
        #expect(!prod.has(.mongodb))
        #expect(!prod.has(.ec2Bastion))
        #expect(!prod.has(.acm))
        #expect(prod.location.description == "ScenarioDefaultsTests-minimal.yaml:1:23")
    }

    @Test func networkDefaults() throws {
        let vpc = try scenario.environment(named: "prod").vpc
        #expect(vpc.cidr == "192.168.0.0/20")
        #expect(vpc.azs == 3)
        #expect(vpc.natGateways == .single)
    }

    @Test func kubernetesDefaults() throws {
        let k8s = try scenario.environment(named: "prod").kubernetes
        #expect(k8s.version == "1.22")
        #expect(k8s.logRetentionDays == 90)
        #expect(k8s.publicEndpoint)
        #expect(k8s.nodeGroups.count == 1)
        let group = try #require(k8s.nodeGroups.first)
        #expect(group.name == "default")
        #expect(group.instanceType == "t3.large")
        #expect(group.min == 1)
        #expect(group.max == 2)
        #expect(group.desired == 1)
        #expect(group.diskGB == 20)
        let ingress = try scenario.environment(named: "prod").ingress
        #expect(ingress.caddyLoadBalancer)
    }

    @Test func mysqlDefaults() throws {
        let mysql = try scenario.environment(named: "prod").mysql
        #expect(mysql.instanceClass == "db.t2.small")
        #expect(mysql.engineVersion == "5.7.33")
        #expect(mysql.allocatedStorageGB == 10)
        #expect(mysql.storageType == "gp2")
        #expect(mysql.iops == 0)
        #expect(mysql.multiAZ == false)
        #expect(mysql.backupRetentionDays == 7)
        #expect(mysql.skipFinalSnapshot == true)
        #expect(mysql.deletionProtection == false)
        #expect(mysql.storageEncrypted == true)
    }

    @Test func dataStoreAndEdgeDefaults() throws {
        let prod = try scenario.environment(named: "prod")
        #expect(prod.redis.nodeType == "cache.t2.small")
        #expect(prod.redis.cacheClusters == 1)
        #expect(prod.redis.engineVersion == "6.x")
        #expect(prod.redis.snapshotRetentionDays == 0)
        // DocumentDB settings exist (for a scenario that turns the module on) at the cookiecutter's values.
        #expect(prod.mongodb.instanceClass == "db.t3.medium")
        #expect(prod.mongodb.instances == 1)
        #expect(prod.mongodb.engineVersion == "3.6.0")
        #expect(prod.mongodb.skipFinalSnapshot == true)
        #expect(prod.mongodb.storageEncrypted == false)
        #expect(prod.storage.buckets == 1)
        #expect(prod.storage.forceDestroy == false)
        #expect(prod.storage.versioning == false)
        #expect(prod.storage.publicRead == true)
        #expect(prod.cloudfront.priceClass == "PriceClass_All")
        #expect(prod.bastion.instanceType == "t2.micro")
        #expect(prod.bastion.sshCIDR == "0.0.0.0/0")
        #expect(prod.bastion.rootVolumeGB == 8)
    }

    @Test func usageAndLoadUnknownByDefault() throws {
        let prod = try scenario.environment(named: "prod")
        #expect(prod.usage == Usage())
        #expect(prod.usage.s3StorageGB == nil)
        #expect(prod.usage.cloudfrontGBOut == nil)
        #expect(prod.load == LoadProfile())
    }

    @Test func nonProdEnvironmentGetsPrefixedSubdomain() throws {
        let scenario = try ScenarioLoader.load(text: "environments: { prod: {}, staging: {} }\n", file: "inline.yaml")
        #expect(scenario.name == "inline")
        #expect(scenario.environments.map(\.name) == ["prod", "staging"])
        #expect(try scenario.environment(named: "staging").subdomain == "staging.courses")
    }

    @Test func minAboveOneRaisesTheDefaultDesiredAndMax() throws {
        let scenario = try ScenarioLoader.load(text: """
            environments:
              prod:
                kubernetes: { node_groups: [{ min: 3 }] }
            """, file: "inline.yaml")
        let group = try #require(scenario.environments.first?.kubernetes.nodeGroups.first)
        #expect(group.min == 3)
        #expect(group.desired == 3)
        #expect(group.max == 3)
    }

    @Test func io1StorageDefaultsToOneThousandIOPS() throws {
        let scenario = try ScenarioLoader.load(text: """
            environments:
              prod:
                mysql: { storage_type: io1 }
            """, file: "inline.yaml")
        #expect(scenario.environments.first?.mysql.iops == 1000)
    }
}
