import Account
import Blueprint

/// What AWS refuses on tear-down, with the exact errors of terraform-semantics.md section 3,
/// and what happens around a delete (final snapshots, the cloud controller removing the load
/// balancer it made).
enum DeleteRules {
    struct Blocked {
        var failure: AWSFailure
        /// True when the provider retries until its delete timeout before giving up.
        var retried: Bool
        /// The hazard, for a refusal that only this first run meets: running destroy again
        /// gets past it, so a run that goes on (`Refusal`, `--continue-past-refusals`) may report it and
        /// carry on, as the second run would.
        var hazard: String? = nil
    }

    /// Every type a rule of `check` or `beforeDelete` (with `FinalSnapshots.take`) is about. A
    /// delete of any other type is refused by none and leaves nothing behind: one look-up
    /// answers that for the many deletes no rule is about, instead of a dozen comparisons of
    /// its type in each.
    static let ruled: Set<String> = [
        "aws_vpc", "aws_subnet", "aws_internet_gateway", "aws_security_group", "aws_eks_cluster", "aws_db_instance",
        "aws_docdb_cluster", "aws_docdb_cluster_parameter_group", "aws_elasticache_replication_group", "aws_s3_bucket",
        "aws_route53_zone", "kubernetes_namespace", "helm_release",
    ]

    static func check(_ resource: AccountResource, executor: CloudExecutor) throws -> Blocked? {
        let account = executor.account
        let attributes = resource.attributes
        switch resource.type {
        case "aws_vpc":
            let children = try account.children(of: resource.id).filter { $0.id != resource.id }
            guard let first = children.first else { return nil }
            return Blocked(failure: AWSFailure(
                code: "DependencyViolation", message: "The vpc '\(resource.id)' has dependencies and cannot be deleted.",
                fix: "delete what is still in the VPC (\(children.count) objects, e.g. \(first.type) \(first.id)\(origin(first))); for a load balancer made by Kubernetes, uninstall ingress-nginx while the cluster still runs"),
                retried: true)
        case "aws_subnet" where attributes["tier"]?.string == "public":
            guard let elb = try outsideLoadBalancer(near: resource, account: account) else { return nil }
            return Blocked(failure: AWSFailure(
                code: "DependencyViolation", message: "The subnet '\(resource.id)' has dependencies and cannot be deleted.",
                fix: "the Classic load balancer \(elb.id) made by Kubernetes still has network interfaces in this subnet: uninstall ingress-nginx before destroying the cluster, or delete the load balancer"),
                retried: true)
        case "aws_internet_gateway":
            guard let elb = try outsideLoadBalancer(near: resource, account: account) else { return nil }
            return Blocked(failure: AWSFailure(
                code: "DependencyViolation",
                message: "Network \(resource.parentID ?? "vpc") has some mapped public address(es). Please unmap those public address(es) before detaching the gateway.",
                fix: "the load balancer \(elb.id) made by Kubernetes still holds public addresses: delete it first"), retried: true)
        case "aws_security_group":
            guard attributes["cluster_tag"]?.string == "owned" else { return nil }
            let referencing = try account.resources(type: "aws_security_group", scope: resource.scope).filter {
                $0.managedBy == .kubernetes && $0.parentID == resource.parentID
            }
            guard let sg = referencing.first else { return nil }
            return Blocked(failure: AWSFailure(
                code: "DependencyViolation", message: "resource \(resource.id) has a dependent object",
                fix: "the node security group still has the rules Kubernetes added for \(sg.id): delete the load balancer and its security group first"),
                retried: true)
        case "aws_eks_cluster":
            let groups = try account.resources(type: "aws_eks_node_group", scope: resource.scope)
            guard !groups.isEmpty else { return nil }
            return Blocked(failure: AWSFailure(code: "ResourceInUseException", message: "Cluster has nodegroups attached",
                                               fix: "delete the node groups first (they are in another state, or the dependency is missing)"),
                           retried: false)
        case "aws_db_instance":
            return try databaseCheck(resource, kind: "DB Instance", account: account)
        case "aws_docdb_cluster":
            if let blocked = try databaseCheck(resource, kind: "Cluster", account: account) { return blocked }
            let instances = try resource.attributes["cluster_identifier"].map {
                try account.resources(type: "aws_docdb_cluster_instance", attribute: "cluster_identifier", equals: $0)
            } ?? []
            guard !instances.isEmpty else { return nil }
            return Blocked(failure: AWSFailure(code: "InvalidDBClusterStateFault",
                                               message: "Cluster cannot be deleted, it still contains DB instances in non-deleting state.",
                                               fix: "delete the cluster's instances first"), retried: false)
        case "aws_docdb_cluster_parameter_group":
            // Named by a literal in the cluster, so Terraform deletes it in parallel with the
            // cluster instead of after it (cookiecutter H12). With the reference, the cluster
            // is gone by the time this runs and nothing matches.
            let users = try resource.attributes["name"].map {
                try account.resources(type: "aws_docdb_cluster", attribute: "db_cluster_parameter_group_name", equals: $0)
            } ?? []
            guard let user = users.first else { return nil }
            return Blocked(failure: .parameterGroupInUse(resource.attributes["name"]?.string ?? resource.id, by: user.address),
                // No retry: the provider's resourceClusterParameterGroupDelete calls
                // DeleteDBClusterParameterGroup once and returns any error but NotFound; only the
                // wait for the deletion that follows a successful call is retried
                // (hashicorp/terraform-provider-aws internal/service/docdb/cluster_parameter_group.go).
                retried: false, hazard: "H12")
        case "aws_elasticache_replication_group":
            // The final snapshot's name must be new (terraform-semantics.md H19).
            guard let name = try FinalSnapshots.identifier(of: resource, account: account),
                  try account.snapshot(id: name) != nil else { return nil }
            return Blocked(failure: AWSFailure(code: "SnapshotAlreadyExistsFault",
                                               message: "Snapshot with specified name [\(name)] already exists.",
                                               fix: "use a final_snapshot_identifier that changes per destroy"), retried: false)
        case "aws_s3_bucket":
            let objects = try account.dataItems(resourceID: resource.id).reduce(0) { $0 + $1.quantity }
            guard objects > 0, attributes["force_destroy"]?.bool != true else { return nil }
            return Blocked(failure: AWSFailure(code: "BucketNotEmpty", message: "The bucket you tried to delete is not empty",
                                               fix: "empty the bucket, or set force_destroy = true and apply before destroying"),
                           retried: false)
        case "aws_route53_zone":
            let records = try attributes["name"].map {
                try account.resources(type: "aws_route53_record", attribute: "zone", equals: $0)
            } ?? []
            guard let record = records.first else { return nil }
            return Blocked(failure: AWSFailure(
                code: "HostedZoneNotEmpty",
                message: "The specified hosted zone contains non-required resource record sets and so cannot be deleted.",
                fix: "delete the records first (\(records.count), e.g. \(record.attributes["name"]?.string ?? record.id)), or set force_destroy = true on the zone"),
                retried: false)
        default:
            return nil
        }
    }

    /// Deletion protection and final snapshots of RDS and DocumentDB (H7, H9, H10).
    private static func databaseCheck(_ resource: AccountResource, kind: String, account: FakeAccount) throws -> Blocked? {
        if resource.attributes["deletion_protection"]?.bool == true {
            return Blocked(failure: AWSFailure(
                code: "InvalidParameterCombination",
                message: "Cannot delete protected \(kind), please disable deletion protection and try again.",
                fix: "set deletion_protection = false and apply, then destroy"), retried: false)
        }
        guard resource.attributes["skip_final_snapshot"]?.bool == false else { return nil }
        guard let id = try FinalSnapshots.identifier(of: resource, account: account) else {
            // The provider's own check, before any API call (AWSP rds instance.go / docdb cluster.go delete).
            let noun = kind == "Cluster" ? "DocumentDB Cluster" : "DB Instance"
            return Blocked(failure: AWSFailure(
                code: "ProviderError", message: "\(noun) FinalSnapshotIdentifier is required when a final snapshot is required",
                fix: "set final_snapshot_identifier (unique per destroy) and apply before destroying"), retried: false)
        }
        guard FinalSnapshots.isValid(id) else {
            return Blocked(failure: AWSFailure(
                code: "InvalidParameterValue",
                message: "The parameter FinalDBSnapshotIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.",
                fix: "set a final_snapshot_identifier of letters, digits and hyphens (\(id) is not one) and apply before destroying"),
                retried: false)
        }
        if try account.snapshot(id: id) != nil {
            return Blocked(failure: AWSFailure(
                code: kind == "Cluster" ? "DBClusterSnapshotAlreadyExistsFault" : "DBSnapshotAlreadyExists",
                message: "Cannot create the snapshot because a snapshot with the identifier \(id) already exists.",
                fix: "use a final_snapshot_identifier that changes per destroy"), retried: false)
        }
        return nil
    }

    private static func outsideLoadBalancer(near resource: AccountResource, account: FakeAccount) throws -> AccountResource? {
        guard let vpc = resource.type == "aws_vpc" ? resource.id : resource.parentID else { return nil }
        return try account.children(of: vpc).first { $0.type == "aws_elb" && $0.managedBy != .terraform }
    }

    private static func origin(_ resource: AccountResource) -> String {
        resource.managedBy == .terraform ? "" : ", made by \(resource.managedBy.rawValue) outside Terraform state"
    }

    /// Side effects of a delete that succeeds: final snapshots, and the cloud controller
    /// removing the load balancer when the ingress-nginx release goes while the cluster runs.
    static func beforeDelete(_ resource: AccountResource, executor: CloudExecutor, minute: Double) throws -> String? {
        let account = executor.account
        if let note = try FinalSnapshots.take(resource, account: account) { return note }
        if resource.type == "kubernetes_namespace" {
            return try namespaceDeleted(resource, executor: executor, minute: minute)
        }
        guard resource.type == "helm_release", resource.attributes["effective_service_type"]?.string == "LoadBalancer" else {
            return nil
        }
        let made = try (account.resources(type: "aws_elb", scope: resource.scope)
            + account.resources(type: "aws_security_group", scope: resource.scope))
            .filter { $0.managedBy == .kubernetes && $0.module == resource.module }
        let clusterRuns = try !account.resources(type: "aws_eks_cluster", scope: executor.infrastructureScope).isEmpty
        guard clusterRuns else {
            return made.isEmpty ? nil : "the cluster is gone: load balancer \(made[0].id) stays in the account, outside state"
        }
        for object in made { try account.delete(id: object.id) }
        if let elb = made.first(where: { $0.type == "aws_elb" }) {
            _ = try account.log(.note, scope: resource.scope, module: resource.module, resourceID: elb.id,
                                message: "The cloud controller deleted load balancer \(elb.id) and its security group", minute: minute)
        }
        return made.isEmpty ? nil : "the cloud controller deleted the load balancer it made"
    }

    /// Deleting namespace `openedx` while the cluster runs deletes what Tutor put in it: its
    /// volumes (reclaim policy Delete) and the caddy load balancer (H4, H7, H15).
    static func namespaceDeleted(_ resource: AccountResource, executor: CloudExecutor, minute: Double) throws -> String? {
        let account = executor.account
        let made = try account.resources(scope: resource.scope).filter { $0.managedBy == .tutor }
        guard !made.isEmpty else { return nil }
        let clusterRuns = try !account.resources(type: "aws_eks_cluster", scope: executor.infrastructureScope).isEmpty
        guard clusterRuns else { return "the cluster is gone: \(made.count) Tutor objects stay in the account, outside state" }
        let snapshots = try made.filter { try FinalSnapshots.snapshotVolume($0, account: account) }.count
        for object in made { try account.delete(id: object.id) }
        _ = try account.log(.note, scope: resource.scope, module: resource.module,
                            message: "Deleting namespace \(resource.attributes["name"]?.string ?? "openedx") removed \(made.count) objects Tutor made (volumes, the caddy load balancer)",
                            minute: minute)
        return "Kubernetes deleted \(made.count) objects Tutor made in the namespace"
            + (snapshots > 0 ? " (\(snapshots) volumes snapshotted first by the operator's procedure)" : "")
    }
}
