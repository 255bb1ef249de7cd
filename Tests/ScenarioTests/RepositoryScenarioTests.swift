import Foundation
import Scenario
import Testing

/// The four scenarios shipped in `Scenarios/` load to exactly what their YAML says.
@Suite struct RepositoryScenarioTests {
    static let everyModule: [ModuleName] = [.vpc, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql, .mongodb,
                                            .redis, .s3OpenedxStorage, .cloudfront, .ec2Bastion]
    static let yourschool = Platform(name: "yourschool", platformRegion: "global", rootDomain: "yourschool.edu",
                                     awsRegion: "us-east-1", accountID: "123456789012")

    @Test func defaultScenario() throws {
        let scenario = try ScenarioTestSupport.repositoryScenario("default.yaml")
        #expect(scenario.name == "default")
        #expect(scenario.file == "default.yaml")
        #expect(scenario.description
            == "One production environment of yourschool.edu with every module, at the cookiecutter's default sizes.")
        #expect(scenario.platform == Self.yourschool)
        #expect(scenario.layout == .perEnvironment)
        #expect(scenario.shared == nil)
        #expect(scenario.environments.map(\.name) == ["prod"])

        let prod = try scenario.environment(named: "prod")
        #expect(prod.subdomain == "courses")
        #expect(prod.modules == Self.everyModule)
        #expect(prod.vpc.cidr == "192.168.0.0/20")
        #expect(prod.vpc.azs == 3)
        #expect(prod.vpc.natGateways == .single)
        #expect(prod.kubernetes.version == "1.22")
        let group = try #require(prod.kubernetes.nodeGroups.first)
        #expect(prod.kubernetes.nodeGroups.count == 1)
        #expect([group.name, group.instanceType] == ["default", "t3.large"])
        #expect([Int]([group.min, group.max, group.desired, group.diskGB]) == [1, 2, 1, 20])
        #expect(group.location.description == "default.yaml:21:53")
        #expect(prod.mysql.instanceClass == "db.t2.small")
        #expect(prod.mysql.engineVersion == "5.7.33")
        #expect(prod.mysql.allocatedStorageGB == 10)
        #expect(prod.mysql.multiAZ == false)
        #expect(prod.mysql.skipFinalSnapshot == true)
        #expect(prod.mysql.location.description == "default.yaml:22:30")
        #expect(prod.mongodb.instanceClass == "db.t3.medium")
        #expect(prod.mongodb.instances == 1)
        #expect(prod.redis.nodeType == "cache.t2.small")
        #expect(prod.redis.cacheClusters == 1)
        #expect(prod.cloudfront.priceClass == "PriceClass_All")
        #expect(prod.bastion.instanceType == "t2.micro")
        #expect(prod.bastion.sshCIDR == "0.0.0.0/0")
        #expect(prod.bastion.location.description == "default.yaml:28:35")

        let usage = prod.usage
        #expect(usage.s3StorageGB == 50)
        #expect(usage.s3PutRequests == 100_000)
        #expect(usage.s3GetRequests == 2_000_000)
        #expect(usage.cloudfrontGBOut == ["us": 200])
        #expect(usage.cloudfrontRequestsMillions == ["us": 5])
        #expect(usage.natGBProcessed == 100)
        #expect(usage.loadBalancerGBProcessed == 150)
        #expect(usage.internetOutGB == 150)
        #expect(usage.interAZGB == 50)
        #expect(usage.logsIngestedGB == 5)
        #expect(usage.logsStoredGB == 15)
        #expect(usage.rdsBackupGB == 10)
        #expect(usage.docdbStorageGB == 10)
        #expect(usage.docdbIOMillions == 20)
        #expect(usage.docdbBackupGB == 10)
        #expect(usage.redisSnapshotGB == nil)
        #expect(usage.route53QueriesMillions == 1)
        #expect(usage.ecrStorageGB == 10)
        #expect(usage.cpuCreditVCPUHours == nil)
        #expect(prod.load.registeredLearners == 5000)
        #expect(prod.load.peakConcurrentUsers == 250)
        #expect(prod.load.monthlyGrowthPercent == 3)
        #expect(prod.load.other.isEmpty)
    }

    @Test func multiEnvironmentScenario() throws {
        let scenario = try ScenarioTestSupport.repositoryScenario("multi-environment.yaml")
        #expect(scenario.name == "multi-environment")
        #expect(scenario.allocation == .peakUsers)
        #expect(scenario.layout == .perEnvironment)
        #expect(scenario.platform == Self.yourschool)
        #expect(scenario.environments.map(\.name) == ["prod", "staging", "dev"])
        #expect(scenario.environments.map(\.subdomain) == ["courses", "staging.courses", "dev.courses"])

        let lean: [ModuleName] = [.vpc, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql, .redis,
                                  .s3OpenedxStorage, .cloudfront]
        let prod = try scenario.environment(named: "prod")
        let staging = try scenario.environment(named: "staging")
        let dev = try scenario.environment(named: "dev")
        #expect(prod.modules == Self.everyModule)
        #expect(staging.modules == lean)
        #expect(dev.modules == lean)

        let prodGroup = try #require(prod.kubernetes.nodeGroups.first)
        #expect(prodGroup.instanceType == "t3.xlarge")
        #expect([Int]([prodGroup.min, prodGroup.max, prodGroup.desired, prodGroup.diskGB]) == [1, 3, 2, 20])
        #expect(prod.mysql.instanceClass == "db.t3.medium")
        #expect(prod.mysql.engineVersion == "8.0.35")
        #expect(prod.mysql.allocatedStorageGB == 50)
        #expect(prod.mysql.multiAZ == true)
        #expect(prod.redis.nodeType == "cache.t3.small")
        #expect(prod.usage.cloudfrontGBOut == ["us": 1500, "europe": 300])
        #expect(prod.usage.cloudfrontRequestsMillions == ["us": 25, "europe": 5])
        #expect(prod.usage.s3GetRequests == 8_000_000)
        #expect(prod.load.peakConcurrentUsers == 1000)

        // staging names no sizes: the cookiecutter defaults.
        let stagingGroup = try #require(staging.kubernetes.nodeGroups.first)
        #expect(stagingGroup.instanceType == "t3.large")
        #expect([Int]([stagingGroup.min, stagingGroup.max, stagingGroup.desired]) == [1, 2, 1])
        #expect(staging.mysql.instanceClass == "db.t2.small")
        #expect(staging.redis.nodeType == "cache.t2.small")
        #expect(staging.usage.cloudfrontGBOut == ["us": 20])
        #expect(staging.usage.s3PutRequests == nil)
        #expect(staging.load.registeredLearners == 50)
        #expect(staging.load.peakConcurrentUsers == 20)
        #expect(staging.load.monthlyGrowthPercent == nil)

        let devGroup = try #require(dev.kubernetes.nodeGroups.first)
        #expect(devGroup.instanceType == "t3.medium")
        #expect([Int]([devGroup.min, devGroup.max, devGroup.desired]) == [1, 1, 1])
        #expect(dev.mysql.instanceClass == "db.t3.micro")
        #expect(dev.mysql.allocatedStorageGB == 20)
        #expect(dev.redis.nodeType == "cache.t3.micro")
        #expect(dev.usage.s3StorageGB == 5)
        #expect(dev.usage.natGBProcessed == 30)
        #expect(dev.usage.cloudfrontGBOut == nil)
    }

    @Test func growthExtendsDefaultOverridingOnlyWhatItNames() throws {
        let scenario = try ScenarioTestSupport.repositoryScenario("growth.yaml")
        #expect(scenario.name == "growth")
        #expect(scenario.file == "growth.yaml")
        #expect(scenario.description
            == "default.yaml at 50,000 learners, with bigger nodes, a Multi-AZ database and a larger cache.")
        // Kept from default.yaml: the same namespace, so growth on the applied default upgrades in place.
        #expect(scenario.platform == Self.yourschool)
        #expect(scenario.layout == .perEnvironment)
        #expect(scenario.environments.map(\.name) == ["prod"])
        let prod = try scenario.environment(named: "prod")
        #expect(prod.modules == Self.everyModule)
        #expect(prod.has(.ec2Bastion))
        #expect(prod.bastion.instanceType == "t2.micro")
        #expect(prod.bastion.location.description == "default.yaml:28:35")
        #expect(prod.vpc.natGateways == .single)
        #expect(prod.cloudfront.priceClass == "PriceClass_All")

        // Overridden by growth.yaml.
        #expect(prod.kubernetes.version == "1.34")
        let group = try #require(prod.kubernetes.nodeGroups.first)
        #expect(prod.kubernetes.nodeGroups.count == 1)
        #expect(group.instanceType == "m6i.xlarge")
        #expect([Int]([group.min, group.max, group.desired, group.diskGB]) == [2, 6, 3, 50])
        #expect(group.location.description == "growth.yaml:10:53")

        #expect(prod.mysql.instanceClass == "db.m6i.large")
        #expect(prod.mysql.engineVersion == "8.4.3")
        #expect(prod.mysql.allocatedStorageGB == 100)
        #expect(prod.mysql.storageType == "gp3")
        #expect(prod.mysql.multiAZ == true)
        #expect(prod.mysql.location.description == "growth.yaml:11:30")
        // Merged key by key: default.yaml's other mysql keys survive.
        #expect(prod.mysql.backupRetentionDays == 7)
        #expect(prod.mysql.skipFinalSnapshot == true)
        #expect(prod.mysql.deletionProtection == false)

        #expect(prod.mongodb.instanceClass == "db.r5.large")
        #expect(prod.mongodb.instances == 2)
        #expect(prod.mongodb.skipFinalSnapshot == true)
        #expect(prod.redis.nodeType == "cache.m6g.large")
        #expect(prod.redis.cacheClusters == 2)
        #expect(prod.redis.snapshotRetentionDays == 7)

        // usage: a mapping replaces default's single number; absent keys come from default.yaml.
        #expect(prod.usage.cloudfrontGBOut == ["us": 3000, "europe": 800, "india": 400])
        #expect(prod.usage.cloudfrontRequestsMillions == ["us": 60, "europe": 15, "india": 8])
        #expect(prod.usage.s3StorageGB == 500)
        #expect(prod.usage.rdsBackupGB == 300)
        #expect(prod.usage.redisSnapshotGB == 2)
        #expect(prod.usage.ecrStorageGB == 10)
        #expect(prod.load.registeredLearners == 50000)
        #expect(prod.load.peakConcurrentUsers == 2500)
        #expect(prod.load.monthlyGrowthPercent == 5)
    }

    @Test func sharedStackScenario() throws {
        let scenario = try ScenarioTestSupport.repositoryScenario("shared-stack.yaml")
        #expect(scenario.name == "shared-stack")
        #expect(scenario.layout == .sharedStack)
        #expect(scenario.allocation == .peakUsers)
        #expect(scenario.platform == Platform(name: "yourschool", platformRegion: "global", rootDomain: "yourschool.edu",
                                              awsRegion: "us-east-1", accountID: "123456789012"))

        let shared = try #require(scenario.shared)
        #expect(shared.name == "shared")
        #expect(shared.modules == [.vpc, .kubernetes, .mysql, .ec2Bastion])
        let group = try #require(shared.kubernetes.nodeGroups.first)
        #expect([group.name, group.instanceType] == ["default", "t3.large"])
        #expect([Int]([group.min, group.max, group.desired]) == [1, 2, 1])
        #expect(shared.mysql.instanceClass == "db.t2.small")
        #expect(shared.mysql.allocatedStorageGB == 10)
        #expect(shared.mysql.storageEncrypted == false)
        #expect(shared.bastion.instanceType == "t2.micro")
        #expect(shared.bastion.rootVolumeGB == 100)
        #expect(shared.usage.natGBProcessed == 150)
        #expect(shared.usage.logsIngestedGB == 8)
        #expect(shared.usage.logsStoredGB == 24)
        #expect(shared.usage.rdsBackupGB == 10)
        #expect(shared.usage.ecrStorageGB == 15)
        #expect(shared.location.description == "shared-stack.yaml:15:3")

        #expect(scenario.environments.map(\.name) == ["prod", "staging"])
        #expect(scenario.environments.map(\.subdomain) == ["courses", "staging.courses"])
        let perEnvironment: [ModuleName] = [.vpc, .acm, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql,
                                            .redis, .s3OpenedxStorage, .cloudfront]
        for environment in scenario.environments {
            #expect(environment.modules == perEnvironment, "\(environment.name)")
        }
        let prod = try scenario.environment(named: "prod")
        #expect(prod.usage.s3StorageGB == 50)
        #expect(prod.usage.cloudfrontGBOut == ["us": 200])
        #expect(prod.usage.route53QueriesMillions == 1)
        #expect(prod.usage.natGBProcessed == nil)
        #expect(prod.load.peakConcurrentUsers == 250)
        let staging = try scenario.environment(named: "staging")
        #expect(staging.usage.s3StorageGB == 5)
        #expect(staging.usage.internetOutGB == 5)
        #expect(staging.load.registeredLearners == 20)
        #expect(staging.load.peakConcurrentUsers == 10)
    }

    @Test func fixtureExtendsMergesKeyByKeyAndKeepsDecimalsExact() throws {
        let scenario = try ScenarioTestSupport.loadFixture("RepositoryScenarioTests-extends-override")
        #expect(scenario.name == "override")
        let prod = try scenario.environment(named: "prod")
        #expect(prod.mysql.instanceClass == "db.t3.small")
        #expect(prod.mysql.allocatedStorageGB == 20)
        #expect(prod.mysql.multiAZ == true)
        // Values keep the file they were written in.
        #expect(prod.mysql.location.description == "RepositoryScenarioTests-extends-base.yaml:4:30")
        #expect(prod.usage.s3StorageGB == Decimal.exact("12.5"))
        #expect(prod.usage.ecrStorageGB == 5)
    }
}
