import Diagnostics
import Foundation

/// One environment (prod, staging, ...) or the shared stack: its modules and their settings,
/// its usage assumptions and its load profile.
public struct Environment: Sendable {
    public var name: String
    public var subdomain: String
    public var region: String
    public var modules: [ModuleName]
    public var vpc: VPCSettings
    public var kubernetes: KubernetesSettings
    public var ingress: IngressSettings
    public var mysql: MySQLSettings
    public var mongodb: MongoDBSettings
    public var redis: RedisSettings
    public var storage: StorageSettings
    public var cloudfront: CloudFrontSettings
    public var bastion: BastionSettings
    public var usage: Usage
    public var load: LoadProfile
    public var location: SourceLocation
    /// The unit graph declared by the user's Terragrunt tree (`dependencies:`); nil means the
    /// cookiecutter's own graph (UnitDependencies.swift).
    public var dependencies: UnitDependencies? = nil
    /// Where the secrets' passwords come from (TeardownSettings.swift).
    public var kubernetesSecrets = KubernetesSecretsSettings()
    /// Tutor's in-cluster volumes and what protects them on a destroy.
    public var tutor = TutorSettings()

    public func has(_ module: ModuleName) -> Bool { modules.contains(module) }
}

public enum NATGateways: String, Sendable, CaseIterable {
    case single, perAZ = "one-per-az", none
}

public struct VPCSettings: Sendable {
    public var cidr = "192.168.0.0/20"
    public var azs = 3
    public var natGateways = NATGateways.single
}

public struct NodeGroup: Sendable {
    public var name = "default"
    public var instanceType = "t3.large"
    public var min = 1
    public var max = 2
    public var desired = 1
    /// The EKS AL2 AMI's root volume when the launch template sets none.
    public var diskGB = 20
    /// The group's Kubernetes version (the eks module's per-group `cluster_version`); nil
    /// follows the control plane's `kubernetes.version`, as the module passes it by default.
    public var version: String?
    public var location: SourceLocation
}

public struct KubernetesSettings: Sendable {
    public var version = "1.22"
    /// Where `version` was written; nil for the default.
    public var versionLocation: SourceLocation?
    public var nodeGroups: [NodeGroup] = []
    public var logRetentionDays = 90
    public var publicEndpoint = true
}

public struct IngressSettings: Sendable {
    /// Tutor v13's `caddy` Service of type LoadBalancer: a second Classic LB (H7).
    public var caddyLoadBalancer = true
    /// cert-manager's chart value `global.podSecurityPolicy.enabled`, true in the cookiecutter:
    /// PodSecurityPolicy is gone from Kubernetes 1.25 on, so the release then fails (H20).
    public var certManagerPodSecurityPolicy = true
}

public struct MySQLSettings: Sendable {
    public var instanceClass = "db.t2.small"
    public var engineVersion = "5.7.33"
    /// rds v4.2.0's `allow_major_version_upgrade`, false by default: RDS refuses a major
    /// version change (5.7 to 8.0) without it.
    public var allowMajorVersionUpgrade = false
    /// Where `engine_version` was written; nil for the default.
    public var engineVersionLocation: SourceLocation?
    public var allocatedStorageGB = 10
    public var storageType = "gp2"
    public var iops = 0
    public var multiAZ = false
    public var backupRetentionDays = 7
    public var deletionProtection = false
    public var skipFinalSnapshot = true
    public var storageEncrypted = true
    /// rds v4.2.0 names the final snapshot `<prefix>-<identifier>-<random_id hex>` (it has no
    /// `final_snapshot_identifier` input since v4.0: UPGRADE-4.0.md), so names never collide.
    public var finalSnapshotIdentifierPrefix = "final"
    /// rds v4.2.0 default: the automated backups go with the instance (cookiecutter H1).
    public var deleteAutomatedBackups = true
    public var location: SourceLocation
    public var sources = SettingSources()
}

public struct MongoDBSettings: Sendable {
    public var instanceClass = "db.t3.medium"
    public var instances = 1
    public var engineVersion = "3.6.0"
    /// The cluster's `allow_major_version_upgrade` (unset in the cookiecutter): DocumentDB
    /// refuses a major version change (3.6 to 5.0) without it.
    public var allowMajorVersionUpgrade = false
    public var backupRetentionDays = 7
    public var deletionProtection = false
    public var skipFinalSnapshot = true
    public var storageEncrypted = false
    /// nil: the module's own `lower(name)` (M/mongodb/main.tf), used only without skip_final_snapshot.
    public var finalSnapshotIdentifier: String?
    /// false: `db_cluster_parameter_group_name = "mongo-cluster-param-group"`, a literal with no
    /// dependency edge (H12); true: `aws_docdb_cluster_parameter_group.no_tls.name`.
    public var parameterGroupReferenced = false
    public var location: SourceLocation
    public var sources = SettingSources()
}

public struct RedisSettings: Sendable {
    public var nodeType = "cache.t2.small"
    public var cacheClusters = 1
    public var engineVersion = "6.x"
    public var snapshotRetentionDays = 0
    /// The replication group's `final_snapshot_identifier` (unset in the vendored module: no
    /// snapshot on delete, terraform-semantics.md H19).
    public var finalSnapshotIdentifier: String?
    public var location: SourceLocation
    public var sources = SettingSources()
}

public struct StorageSettings: Sendable {
    /// v0.0.6 makes one bucket (storage); HEAD makes three (storage, backup, secrets).
    public var buckets = 1
    public var forceDestroy = false
    public var versioning = false
    public var publicRead = true
    /// An AWS Backup vault, made outside the environment's state, that keeps continuous
    /// recovery points of the buckets (AWS Backup for S3 needs versioning on).
    public var backupVault: String?
    public var sources = SettingSources()
}

public struct CloudFrontSettings: Sendable {
    public var priceClass = "PriceClass_All"
    /// `most_recent = true` on `data.aws_acm_certificate.environment_domain`: the lookup then
    /// settles on the newest certificate when another module issues one for the same domain in
    /// us-east-1 (H13). The cookiecutter leaves it out.
    public var certificateMostRecent = false
}

public struct BastionSettings: Sendable {
    public var instanceType = "t2.micro"
    public var sshCIDR = "0.0.0.0/0"
    public var rootVolumeGB = 8
    public var location: SourceLocation
}
