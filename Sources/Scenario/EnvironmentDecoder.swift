import Diagnostics
import Foundation

/// Decodes one environment block (or the shared stack) with the cookiecutter's defaults.
enum EnvironmentDecoder {
    static func decode(_ value: SourceValue, name: String, path: String, platform: Platform, layout: Layout,
                       defaultModules: [ModuleName], allowedModules: [ModuleName] = ModuleName.allCases) throws -> Environment {
        let moduleKeys = ModuleName.allCases.map(\.rawValue)
        let fields = try Fields(value, path: path, allowed: ["subdomain", "region", "modules", "dependencies", "usage", "load", "tutor"] + moduleKeys)
        let here = value.location
        let subdomain = try fields.string("subdomain", default: name == "prod" ? "courses" : "\(name).courses")
        try AWSNames.checkDNSName(subdomain, key: fields.name("subdomain"), labels: 1, at: fields.location("subdomain"))
        let region = try fields.string("region", default: platform.awsRegion)
        try AWSNames.checkRegion(region, key: fields.name("region"), at: fields.location("region"))
        return Environment(
            name: name,
            subdomain: subdomain,
            region: region,
            modules: try modules(fields, defaults: defaultModules, allowed: allowedModules),
            vpc: try vpc(fields),
            kubernetes: try kubernetes(fields, at: here),
            ingress: try ingress(fields),
            mysql: try mysql(fields, at: here),
            mongodb: try mongodb(fields, at: here),
            redis: try redis(fields, at: here),
            storage: try storage(fields, layout: layout),
            cloudfront: try cloudfront(fields),
            bastion: try bastion(fields, at: here),
            usage: try UsageDecoder.usage(fields),
            load: try UsageDecoder.load(fields),
            location: here,
            dependencies: try UnitDependenciesDecoder.decode(fields, allowed: allowedModules),
            kubernetesSecrets: try TeardownDecoder.kubernetesSecrets(fields), tutor: try TeardownDecoder.tutor(fields))
    }

    static func block(_ fields: Fields, _ key: String, _ allowed: [String]) throws -> Fields {
        try Fields(fields.child(key) ?? SourceValue(kind: .null, location: fields.location(key)),
                   path: fields.name(key), allowed: allowed)
    }

    private static func modules(_ fields: Fields, defaults: [ModuleName], allowed: [ModuleName]) throws -> [ModuleName] {
        guard let items = try fields.list("modules") else { return defaults }
        var seen: [ModuleName] = []
        for item in items {
            guard case .scalar(let text) = item.kind else {
                throw ScenarioError.wrongType(item.location, key: fields.name("modules"), expected: "a list of module names")
            }
            guard let module = ModuleName(rawValue: text), allowed.contains(module) else {
                throw ScenarioError.unknownModule(item.location, name: text, known: allowed.map(\.rawValue))
            }
            guard !seen.contains(module) else {
                throw ScenarioError.inconsistent(item.location, problem: "module '\(text)' is listed twice")
            }
            seen.append(module)
        }
        return seen.sorted()
    }

    private static func vpc(_ fields: Fields) throws -> VPCSettings {
        let f = try block(fields, "vpc", ["cidr", "azs", "nat_gateways"])
        let azs = try f.int("azs", default: 3, min: 2, max: 6)
        let cidr = try CIDRRules.checkVPC(try f.string("cidr", default: "192.168.0.0/20"), subnets: 2 * azs + 4,
                                          key: f.name("cidr"), at: f.location("cidr"))
        return VPCSettings(cidr: cidr, azs: azs, natGateways: try f.choice("nat_gateways", default: .single))
    }

    private static func kubernetes(_ fields: Fields, at here: SourceLocation) throws -> KubernetesSettings {
        let f = try block(fields, "kubernetes", ["version", "node_groups", "log_retention_days", "public_endpoint"])
        var settings = KubernetesSettings()
        settings.version = try f.string("version", default: "1.22")
        settings.versionLocation = f.has("version") ? f.location("version") : nil
        // CloudWatch Logs keeps at most 3,653 days (ten years).
        settings.logRetentionDays = try f.int("log_retention_days", default: 90, min: 0, max: 3653)
        settings.publicEndpoint = try f.bool("public_endpoint", default: true)
        if let items = try f.list("node_groups") {
            guard !items.isEmpty else {
                throw ScenarioError.inconsistent(f.location("node_groups"), problem: "an EKS cluster needs at least one node group")
            }
            settings.nodeGroups = try items.enumerated().map { index, item in
                try nodeGroup(item, path: f.name("node_groups[\(index)]"))
            }
            // Node groups are keyed by name in the EKS module (`eks_managed_node_groups["default"]`).
            for (index, group) in settings.nodeGroups.enumerated()
            where settings.nodeGroups[..<index].contains(where: { $0.name == group.name }) {
                var location = items[index].location
                if case .mapping(let entries) = items[index].kind, let name = entries.first(where: { $0.key == "name" }) {
                    location = name.value.location
                }
                throw ScenarioError.inconsistent(location, problem:
                    "two node groups are named '\(group.name)'; EKS node groups need distinct names")
            }
        } else {
            settings.nodeGroups = [NodeGroup(location: f.location("node_groups"))]
        }
        return settings
    }

    private static func nodeGroup(_ item: SourceValue, path: String) throws -> NodeGroup {
        let g = try Fields(item, path: path, allowed: ["name", "instance_type", "min", "max", "desired", "disk_gb",
                                                                 "disk_type", "version"])
        var group = NodeGroup(location: g.has("instance_type") ? g.location("instance_type") : item.location)
        group.name = try g.string("name", default: "default")
        // EKS: at most 63 characters, a letter or digit first, then letters, digits, '-' and '_'
        // (Amazon EKS User Guide, "Create a managed node group"); the module prefixes it, too.
        let alphanumeric = { (c: UInt8) in NamePattern.isLower(c) || NamePattern.isUpper(c) || NamePattern.isDigit(c) }
        guard NamePattern.matches(group.name, first: alphanumeric,
                                  rest: { alphanumeric($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }, maxRest: 62) else {
            throw ScenarioError.outOfRange(g.location("name"), key: g.name("name"), value: "'\(group.name)'",
                                           rule: "a node group name EKS accepts: up to 63 letters, digits, '-' and '_', starting with a letter or digit")
        }
        group.instanceType = try g.string("instance_type", default: "t3.large")
        // A managed node group holds 450 nodes by default (quota L-BD136A63, adjustable): a
        // thousand is past any Open edX installation, and the capacity search tries each count.
        group.min = try g.int("min", default: 1, min: 0, max: 1000)
        group.desired = try g.int("desired", default: max(1, group.min), min: 1, max: 1000)
        group.max = try g.int("max", default: max(2, group.min, group.desired), min: 1, max: 1000)
        // gp2 and gp3 volumes hold at most 16 TiB.
        group.diskGB = try g.int("disk_gb", default: 20, min: 1, max: 16384)
        // The general purpose SSDs a node's root volume is given: the AMI's gp2, or gp3 through
        // the launch template's block_device_mappings (eks-managed-node-group v18).
        group.diskType = try g.string("disk_type", default: "gp2")
        guard NodeGroup.diskTypes.contains(group.diskType) else {
            throw ScenarioError.unknownValue(g.location("disk_type"), key: g.name("disk_type"), value: group.diskType,
                                             allowed: NodeGroup.diskTypes)
        }
        group.version = g.has("version") ? try g.string("version") : nil
        guard group.min <= group.desired, group.desired <= group.max else {
            throw ScenarioError.inconsistent(g.location("desired"), problem:
                "\(path) needs min <= desired <= max, but it has min \(group.min), desired \(group.desired), max \(group.max)")
        }
        return group
    }

    private static func mysql(_ fields: Fields, at here: SourceLocation) throws -> MySQLSettings {
        let f = try block(fields, "mysql", ["instance_class", "engine_version", "allow_major_version_upgrade", "allocated_storage_gb", "storage_type", "iops",
                                            "multi_az", "backup_retention_days", "deletion_protection",
                                            "skip_final_snapshot", "storage_encrypted"] + TeardownDecoder.mysqlKeys)
        var s = MySQLSettings(location: f.location("instance_class"))
        s.instanceClass = try f.string("instance_class", default: s.instanceClass)
        s.engineVersion = try f.string("engine_version", default: s.engineVersion)
        s.allowMajorVersionUpgrade = try f.bool("allow_major_version_upgrade", default: false)
        s.engineVersionLocation = f.has("engine_version") ? f.location("engine_version") : nil
        s.allocatedStorageGB = try f.int("allocated_storage_gb", default: 10, min: 1, max: 65536)
        s.storageType = try f.string("storage_type", default: "gp2")
        guard ["gp2", "gp3", "io1"].contains(s.storageType) else {
            throw ScenarioError.unknownValue(f.location("storage_type"), key: f.name("storage_type"), value: s.storageType,
                                             allowed: ["gp2", "gp3", "io1"])
        }
        s.iops = try f.int("iops", default: s.storageType == "io1" ? 1000 : 0, min: 0)
        s.multiAZ = try f.bool("multi_az", default: false)
        s.backupRetentionDays = try f.int("backup_retention_days", default: 7, min: 0, max: 35)
        s.deletionProtection = try f.bool("deletion_protection", default: false)
        s.skipFinalSnapshot = try f.bool("skip_final_snapshot", default: true)
        s.storageEncrypted = try f.bool("storage_encrypted", default: true)
        try TeardownDecoder.mysql(f, into: &s)
        return s
    }

    private static func mongodb(_ fields: Fields, at here: SourceLocation) throws -> MongoDBSettings {
        let f = try block(fields, "mongodb", ["instance_class", "instances", "engine_version", "allow_major_version_upgrade",
                                              "backup_retention_days",
                                              "deletion_protection", "skip_final_snapshot", "storage_encrypted"]
                                              + TeardownDecoder.mongodbKeys)
        var s = MongoDBSettings(location: f.location("instance_class"))
        s.instanceClass = try f.string("instance_class", default: s.instanceClass)
        s.instances = try f.int("instances", default: 1, min: 1, max: 16)
        s.engineVersion = try f.string("engine_version", default: s.engineVersion)
        s.allowMajorVersionUpgrade = try f.bool("allow_major_version_upgrade", default: false)
        s.backupRetentionDays = try f.int("backup_retention_days", default: 7, min: 1, max: 35)
        s.deletionProtection = try f.bool("deletion_protection", default: false)
        s.skipFinalSnapshot = try f.bool("skip_final_snapshot", default: true)
        s.storageEncrypted = try f.bool("storage_encrypted", default: false)
        try TeardownDecoder.mongodb(f, into: &s)
        return s
    }

    private static func redis(_ fields: Fields, at here: SourceLocation) throws -> RedisSettings {
        let f = try block(fields, "redis", ["node_type", "cache_clusters", "engine_version", "snapshot_retention_days"]
                                            + TeardownDecoder.redisKeys)
        var s = RedisSettings(location: f.location("node_type"))
        s.nodeType = try f.string("node_type", default: s.nodeType)
        s.cacheClusters = try f.int("cache_clusters", default: 1, min: 1, max: 6)
        s.engineVersion = try f.string("engine_version", default: s.engineVersion)
        s.snapshotRetentionDays = try f.int("snapshot_retention_days", default: 0, min: 0, max: 35)
        try TeardownDecoder.redis(f, into: &s)
        return s
    }

    private static func storage(_ fields: Fields, layout: Layout) throws -> StorageSettings {
        let f = try block(fields, "s3_openedx_storage", ["buckets", "force_destroy", "versioning", "public_read"]
                                                         + TeardownDecoder.storageKeys)
        // v0.0.6 makes the storage bucket; HEAD adds the backup and secrets buckets.
        var s = StorageSettings(buckets: try f.int("buckets", default: layout == .perEnvironment ? 1 : 3, min: 1, max: 3),
                                forceDestroy: try f.bool("force_destroy", default: false),
                                versioning: try f.bool("versioning", default: false),
                                publicRead: try f.bool("public_read", default: true))
        try TeardownDecoder.storage(f, into: &s)
        return s
    }

    private static func cloudfront(_ fields: Fields) throws -> CloudFrontSettings {
        let f = try block(fields, "cloudfront", ["price_class", "certificate_most_recent"])
        let allowed = ["PriceClass_All", "PriceClass_200", "PriceClass_100"]
        let value = try f.string("price_class", default: "PriceClass_All")
        guard allowed.contains(value) else {
            throw ScenarioError.unknownValue(f.location("price_class"), key: f.name("price_class"), value: value, allowed: allowed)
        }
        return CloudFrontSettings(priceClass: value, certificateMostRecent: try f.bool("certificate_most_recent", default: false))
    }

    private static func ingress(_ fields: Fields) throws -> IngressSettings {
        let f = try block(fields, "kubernetes_ingress_clb", ["caddy_load_balancer", "cert_manager_pod_security_policy"])
        return IngressSettings(caddyLoadBalancer: try f.bool("caddy_load_balancer", default: true),
                               certManagerPodSecurityPolicy: try f.bool("cert_manager_pod_security_policy", default: true))
    }

    private static func bastion(_ fields: Fields, at here: SourceLocation) throws -> BastionSettings {
        let f = try block(fields, "ec2_bastion", ["instance_type", "ssh_cidr", "root_volume_gb"])
        var s = BastionSettings(location: f.location("instance_type"))
        s.instanceType = try f.string("instance_type", default: "t2.micro")
        s.sshCIDR = try f.string("ssh_cidr", default: "0.0.0.0/0")
        _ = try CIDRRules.parse(s.sshCIDR, key: f.name("ssh_cidr"), at: f.location("ssh_cidr"))
        s.rootVolumeGB = try f.int("root_volume_gb", default: 8, min: 1, max: 16384)
        return s
    }
}
