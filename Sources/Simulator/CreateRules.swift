import Foundation
import Account
import Blueprint
import Catalog
import Planner

/// What AWS checks when something is created: quotas (terraform-semantics.md section 5),
/// names that must be unique, references by name; and what Kubernetes does in response.
enum CreateRules {
    /// Quota code, the AWS error a create beyond it gets, and how to count what is in use.
    typealias Quota = (code: String, error: String, message: String, types: [String])
    static let quotas: [String: Quota] = [
        "aws_vpc": ("L-F678F1CE", "VpcLimitExceeded", "The maximum number of VPCs has been reached.", ["aws_vpc"]),
        "aws_internet_gateway": ("L-A4707A72", "InternetGatewayLimitExceeded",
                                 "The maximum number of internet gateways has been reached.", ["aws_internet_gateway"]),
        "aws_eip": ("L-0263D0A3", "AddressLimitExceeded", "The maximum number of addresses has been reached.", ["aws_eip"]),
        "aws_eks_cluster": ("eks/clusters", "ResourceLimitExceededException", "Cluster limit exceeded for account.",
                            ["aws_eks_cluster"]),
        "aws_db_instance": ("rds/db-instances", "InstanceQuotaExceeded", "DB Instance quota exceeded",
                            ["aws_db_instance", "aws_docdb_cluster_instance"]),
        "aws_docdb_cluster_instance": ("rds/db-instances", "InstanceQuotaExceeded", "DB Instance quota exceeded",
                                       ["aws_db_instance", "aws_docdb_cluster_instance"]),
        "aws_docdb_cluster": ("rds/db-clusters", "DBClusterQuotaExceededFault", "DB cluster quota exceeded",
                              ["aws_docdb_cluster"]),
        "aws_cloudfront_distribution": ("L-24B04930", "TooManyDistributions",
                                        "Your request contains more CloudFront distributions than are allowed per AWS account.",
                                        ["aws_cloudfront_distribution"]),
        "aws_route53_zone": ("route53/hosted-zones", "TooManyHostedZones",
                             "This operation can't be performed because the account has reached the limit on the number of hosted zones.",
                             ["aws_route53_zone"]),
        "aws_elb": ("elb/classic-load-balancers", "TooManyLoadBalancers", "Exceeded quota of account", ["aws_elb"]),
    ]

    static func check(_ resource: Resource, executor: CloudExecutor, facts: TypeFacts? = nil) throws -> AWSFailure? {
        let facts = facts ?? TypeFacts.of(resource.type)
        let account = executor.account
        // A DocumentDB cluster or instance where AWS does not offer DocumentDB (RegionAvailabilityRule).
        // The (usually empty) list first: this runs on every create.
        if !executor.unavailable.isEmpty, let service = RegionAvailabilityRule.service(of: resource),
           let absent = executor.unavailable[service] {
            return RegionAvailabilityRule.failure(resource, absent: absent, region: executor.region)
        }
        if let quota = facts.quota, let limit = try executor.quota(quota.code) {
            let global = ["aws_cloudfront_distribution", "aws_route53_zone"].contains(resource.type)
            let used = try quota.types.reduce(0) { $0 + (try account.count(type: $1, region: global ? nil : executor.region)) }
            if used >= limit {
                return AWSFailure(code: quota.error, message: quota.message,
                                  fix: "raise the quota \(quota.code) (\(limit) now, \(used) in use) in Service Quotas, or remove unused resources")
            }
        }
        if resource.type == "aws_nat_gateway", let limit = try executor.quota("L-FE5A380F"),
           let zone = resource["availability_zone"]?.string {
            // NAT gateways count while pending, active and deleting (H22).
            let used = try account.count(type: "aws_nat_gateway", attribute: "availability_zone", equals: .string(zone))
            if used >= limit {
                return AWSFailure(code: "NatGatewayLimitExceeded", message: "The maximum number of NAT gateways has been reached.",
                                  fix: "raise the quota L-FE5A380F for \(zone), or use single_nat_gateway")
            }
        }
        // The DocumentDB cluster names its parameter group by a literal, with no dependency
        // edge (H12): if the group is not there yet, the create fails.
        if resource.type == "aws_docdb_cluster", let group = resource["db_cluster_parameter_group_name"]?.string {
            let exists = try !account.resources(type: "aws_docdb_cluster_parameter_group", attribute: "name",
                                                equals: .string(group)).isEmpty
            if !exists {
                return AWSFailure(code: "DBClusterParameterGroupNotFound", message: "DBClusterParameterGroup not found: \(group)",
                                  fix: "reference aws_docdb_cluster_parameter_group.no_tls.name instead of the literal name, so Terraform orders them")
            }
        }
        return nil
    }

    static let inVPC: Set<String> = ["aws_subnet", "aws_internet_gateway", "aws_security_group", "aws_route_table",
                                              "aws_nat_gateway", "aws_instance", "aws_eks_cluster", "aws_db_subnet_group",
                                              "aws_docdb_subnet_group", "aws_elasticache_subnet_group"]

    /// The VPC an object lives in, for DependencyViolation checks on tear-down.
    static func parent(of resource: Resource, executor: CloudExecutor, facts: TypeFacts? = nil) throws -> String? {
        guard (facts ?? TypeFacts.of(resource.type)).inVPC else { return nil }
        return try executor.vpcID()
    }

    /// The name AWS keys an object by. AWS names collide across environments where the
    /// cookiecutter hard-codes them (H17); Kubernetes, Helm and provider-local objects live
    /// in their own cluster or state, so they are named by scope and address.
    /// The rule for each type is read once (`TypeFacts.naming`): every create names its object.
    static func accountName(of resource: Resource, scope: String, facts: TypeFacts? = nil) -> String? {
        // Joined in one allocation (`Text.join`).
        let byAddress = { Text.join(scope, "/", resource.module, "/", resource.address) }
        switch (facts ?? TypeFacts.of(resource.type)).naming {
        case .byAddress:
            return byAddress()
        case .nodeGroup:
            return Text.join(resource["cluster_name"]?.string ?? scope, ":", resource["node_group_name"]?.string ?? "default")
        case .record:
            return Text.join(resource["name"]?.string ?? resource.address, " ", resource["type"]?.string ?? "A")
        case .none:
            return nil
        case .byScopeAndAddress:
            return Text.join(scope, "/", resource.address)
        case .attributesOrAddress:
            return resource.attributes["name"] == nil && resource.attributes["identifier"] == nil
                && resource.attributes["bucket"] == nil && resource.attributes["cluster_identifier"] == nil ? byAddress() : nil
        }
    }

    /// Route53 records with `allow_overwrite` take over an existing record (the two ACM
    /// modules validating the same name, H9) instead of failing.
    static func createOrOverwrite(_ new: NewResource, stateKey: String, entry: StateEntry, event: EventDraft?,
                                  executor: CloudExecutor) throws -> AccountResource {
        let account = executor.account
        if new.type == "aws_route53_record", new.attributes["allow_overwrite"]?.bool == true,
           let name = new.attributes["name"],
           let existing = try account.resources(type: "aws_route53_record", attribute: "name", equals: name)
               .first(where: { $0.attributes["type"] == new.attributes["type"] }) {
            let updated = try account.update(id: existing.id, attributes: new.attributes)
            var recorded = entry
            recorded.resourceID = updated.id
            try account.recordState(stateKey: stateKey, entry: recorded)
            return updated
        }
        return try account.createAndRecord(resource: new, stateKey: stateKey, entry: entry, event: event)
    }

    /// The AWS error for a name that is already taken.
    static func alreadyExists(_ resource: Resource, id: String) -> AWSFailure {
        let fix = "another environment or an earlier run holds the name '\(id)': import it, delete it, or make the name unique per environment"
        switch resource.type {
        case "aws_db_instance": return AWSFailure(code: "DBInstanceAlreadyExists", message: "DB instance already exists", fix: fix)
        case "aws_db_subnet_group", "aws_docdb_subnet_group":
            return AWSFailure(code: "DBSubnetGroupAlreadyExists", message: "The DB subnet group '\(id)' already exists.", fix: fix)
        case "aws_docdb_cluster": return AWSFailure(code: "DBClusterAlreadyExistsFault", message: "DB cluster already exists", fix: fix)
        case "aws_docdb_cluster_parameter_group", "aws_db_parameter_group":
            return AWSFailure(code: "DBParameterGroupAlreadyExists", message: "Parameter group \(id) already exists", fix: fix)
        case "aws_s3_bucket":
            return AWSFailure(code: "BucketAlreadyOwnedByYou",
                              message: "Your previous request to create the named bucket succeeded and you already own it.", fix: fix)
        case "aws_cloudwatch_log_group":
            return AWSFailure(code: "ResourceAlreadyExistsException", message: "The specified log group already exists",
                              fix: "delete the log group left outside state (EKS can recreate it while the cluster is deleting, H8) or import it")
        case "aws_eks_cluster": return AWSFailure(code: "ResourceInUseException", message: "Cluster already exists with name: \(id)", fix: fix)
        default: return AWSFailure(code: "AlreadyExists", message: "\(resource.type) \(id) already exists", fix: fix)
        }
    }

    /// What the cluster makes when a release is installed, as objects built from the release
    /// and the log line about them: an ingress-nginx controller Service of type LoadBalancer
    /// makes the in-tree cloud provider create a Classic ELB and its `k8s-elb-*` security
    /// group, outside Terraform state (cookiecutter H6). Written in the release's own
    /// transaction (`FakeAccount.createAndRecord(...alongside:note:)`): Kubernetes' controller
    /// makes them whatever becomes of the Terraform run, so a run killed after the release is
    /// recorded must not leave a release without its load balancer.
    struct Consequences {
        var alongside: [([AccountResource]) -> NewResource]
        var note: ([AccountResource]) -> EventDraft
    }

    static func consequences(of resource: Resource, executor: CloudExecutor, minute: Double) throws -> Consequences? {
        guard resource.type == "helm_release", resource["effective_service_type"]?.string == "LoadBalancer" else { return nil }
        let account = executor.account
        let vpc = try executor.vpcID()
        // The in-tree cloud provider puts it in the subnets tagged kubernetes.io/role/elb: the
        // public ones, one per zone (cookiecutter-backend.md section 2.1), each with a public IPv4.
        let zones = try account.resources(type: "aws_subnet", scope: executor.infrastructureScope)
            .filter { $0.attributes["tier"]?.string == "public" }.count
        let (region, scope, module) = (executor.region, executor.scope, resource.module)
        return Consequences(alongside: Placement.ingressLoadBalancer(region: region, scope: scope, module: module, vpc: vpc, zones: zones),
                            note: { made in Placement.ingressNote(made, scope: scope, module: module, minute: minute) })
    }
}
