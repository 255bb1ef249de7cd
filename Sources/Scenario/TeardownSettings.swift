import Diagnostics
import Foundation

/// Where each setting of a block was written, so a hazard's evidence can say whether a
/// value is the cookiecutter's default or the user's choice (and point at the line).
public struct SettingSources: Sendable {
    public private(set) var locations: [String: SourceLocation] = [:]

    public init() {}

    init(_ fields: Fields, keys: [String]) {
        for key in keys where fields.has(key) { locations[key] = fields.location(key) }
    }

    public func location(of key: String) -> SourceLocation? { locations[key] }

    /// "set at file:line:column" for a written value, otherwise where the default comes from.
    /// A scenario file by its name only: reports and their goldens must not depend on where the
    /// repository was checked out. A value imported from a Terragrunt tree by its path as the
    /// import names it (`terraform/environments/prod/mysql/terragrunt.hcl`): many files there
    /// share a name.
    public func origin(of key: String, default fallback: String) -> String {
        locations[key].map { "set at \(Self.shown($0.file)):\($0.line):\($0.column)" } ?? fallback
    }

    static func shown(_ file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return file.hasPrefix("/") || name.hasSuffix(".yaml") || name.hasSuffix(".yml") ? name : file
    }
}

/// Where the passwords and keys that `kubernetes_secrets`, `mysql` and `mongodb` put in
/// Kubernetes secrets come from (cookiecutter-backend.md section 7).
public enum PasswordSource: String, Sendable, CaseIterable {
    /// `random_password` / `tls_private_key` in each module's state: new values on every
    /// recreate (terraform-semantics.md H20). The cookiecutter's way.
    case random
    /// Made once in AWS Secrets Manager, outside the environment's state, and read with
    /// `data "aws_secretsmanager_secret_version"`: a recreate gets the same values back.
    case external
}

/// `kubernetes_secrets:` in a scenario.
public struct KubernetesSecretsSettings: Sendable {
    public var passwords = PasswordSource.random
    public var sources = SettingSources()

    public init() {}
}

/// What the operator does about Tutor's in-cluster volumes (MongoDB, Elasticsearch, caddy
/// PVCs on gp2 EBS, outside every Terraform state: cookiecutter-backend.md H4) before a destroy.
public enum VolumeBackups: String, Sendable, CaseIterable {
    /// Nothing: deleting namespace `openedx` deletes the volumes (reclaim policy Delete).
    case none
    /// An EBS snapshot of every Tutor volume before `run --all destroy` (Velero
    /// `backup create --snapshot-volumes`, or `aws ec2 create-snapshot` per PV). A procedure,
    /// not Terraform configuration: the volumes are not in any state.
    case snapshotBeforeDestroy = "snapshot-before-destroy"
}

/// `tutor:` in a scenario: what Tutor deploys into the cluster, outside Terraform.
public struct TutorSettings: Sendable {
    public var volumeBackups = VolumeBackups.none
    public var sources = SettingSources()

    public init() {}
}
