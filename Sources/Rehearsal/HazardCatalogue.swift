import Blueprint
import Scenario
import Simulator

/// The hazards of cookiecutter-backend.md section 6 and terraform-semantics.md section 3 that
/// the model can show, read from the desired resources before anything runs.
public enum HazardCatalogue {
    public static func read(_ environment: EnvironmentBlueprint, scenario: Scenario) -> [Hazard] {
        var found: [Hazard] = []
        let scope = environment.name
        func add(_ id: String, _ title: String, _ severity: Severity, _ resource: Resource, _ evidence: String,
                 error: String? = nil, fix: String) {
            found.append(Hazard(id: id, title: title, severity: severity, scope: scope, address: "\(resource.module): \(resource.address)",
                                evidence: evidence, awsError: error, fix: fix))
        }
        let settings = scope == "shared" && scenario.layout == .sharedStack
            ? scenario.shared : scenario.environments.first { $0.name == scope }
        var stores = DataStoreHazards(scope: scope, settings: settings, resources: environment.resources,
                                      autoRetry: scenario.autoRetry)
        for resource in environment.resources {
            let a = resource.attributes
            switch resource.type {
            case "aws_db_instance":
                stores.mysql(resource)
                if a["identifier"]?.string == scope {
                    add("H17", "RDS identifier is the bare environment name", .blocksRecreate, resource,
                        "identifier = \"\(scope)\" (E/mysql/terragrunt.hcl), not namespaced: one per account and region",
                        error: "DBInstanceAlreadyExists", fix: "name it after the namespace so two platforms or a recreate do not collide")
                }
            case "aws_docdb_cluster":
                stores.documentDB(resource)
            case "aws_docdb_cluster_parameter_group":
                stores.parameterGroup(resource)
            case "aws_elasticache_replication_group":
                stores.redis(resource)
            case "aws_s3_bucket" where resource.module == "s3_openedx_storage":
                stores.bucket(resource)
                if a["public_read"]?.bool == true {
                    add("H23", "The storage bucket is publicly readable", .security, resource,
                        "bucket policy: Principal * s3:GetObject*, s3:List*", fix: "serve through CloudFront with origin access control; drop the public policy")
                }
            case "helm_release" where a["effective_service_type"]?.string == "LoadBalancer":
                add("H6", "ingress-nginx makes a Classic load balancer outside state", .blocksDestroy, resource,
                    "set service.type = ClusterIP is not the chart key (controller.service.type): the Service stays LoadBalancer",
                    error: "DependencyViolation: The vpc 'vpc-…' has dependencies and cannot be deleted.",
                    fix: "uninstall ingress-nginx (destroy kubernetes_ingress_clb) while the cluster still runs, before destroying kubernetes and vpc")
            case "aws_cloudwatch_log_group":
                add("H8", "EKS can recreate its log group while the cluster is deleting", .blocksRecreate, resource,
                    "create_cloudwatch_log_group = true (eks v18 default)",
                    error: "ResourceAlreadyExistsException: The specified log group already exists",
                    fix: "delete the log group left after destroy, or import it before the next apply")
            case "aws_route53_record" where a["allow_overwrite"]?.bool == true:
                add("H9", "Two certificates share one validation record", .blocksRecreate, resource,
                    "validation_allow_overwrite_records = true in both ACM modules for \(a["name"]?.string ?? "")",
                    fix: "validate each name from one module only; re-apply the vpc module after destroying cloudfront")
            case "aws_security_group" where a["ssh_cidr"]?.string == "0.0.0.0/0":
                add("H23", "SSH to the bastion is open to the world", .security, resource, "ingress tcp/22 from 0.0.0.0/0",
                    fix: "restrict ssh_cidr to your office or VPN range, or use SSM Session Manager")
            case "aws_security_group_rule" where resource.address.hasSuffix("[\"port_8443\"]") && a["protocol"]?.string == "-1":
                add("H23", "The node security group lets all traffic in", .security, resource,
                    "port_8443 rule with protocol -1 from 0.0.0.0/0 and ::/0 (AWS ignores ports with -1)",
                    fix: "protocol = \"tcp\" with from/to 8443, from the cluster security group only")
            case "aws_eks_cluster":
                if a["endpoint_public_access"]?.bool == true {
                    add("H23", "The EKS API endpoint is public", .security, resource,
                        "cluster_endpoint_public_access = true, public CIDRs 0.0.0.0/0",
                        fix: "restrict cluster_endpoint_public_access_cidrs, or use the private endpoint only")
                }
            case "aws_iam_policy" where a["resource"]?.string == "arn:aws:route53:::hostedzone/*":
                add("H23", "cert-manager may change records in every hosted zone", .security, resource,
                    "Route53 ChangeResourceRecordSets on arn:aws:route53:::hostedzone/*",
                    fix: "limit the policy to the environment zone's ARN")
            case "aws_iam_access_key":
                add("H23", "A long-lived IAM access key sits in state and in a Kubernetes secret", .security, resource,
                    "aws_iam_access_key.user of the bucket user, copied into kubernetes_secret.s3",
                    fix: "give the pods an IRSA role for the bucket instead of a user's key")
            case "aws_cloudfront_distribution" where a["viewer_protocol_policy"]?.string == "allow-all":
                add("H23", "The CDN serves the public bucket over plain HTTP", .security, resource,
                    "default_cache_behavior viewer_protocol_policy = allow-all",
                    fix: "viewer_protocol_policy = redirect-to-https")
            case "aws_security_group" where a["attached"]?.bool == false,
                 "aws_db_subnet_group" where a["used"]?.bool == false, "aws_elasticache_subnet_group" where a["used"]?.bool == false:
                add("H23", "Created but used by nothing", .cost, resource,
                    "\(resource.address) is attached to nothing in the cookiecutter",
                    fix: "remove it (security groups worker_group_mgmt/all_worker_mgmt; create_database_subnet_group and create_elasticache_subnet_group = false on the vpc module)")
            case "aws_instance":
                add("H21", "A new Ubuntu AMI replaces the bastion", .dataLoss, resource, "data.aws_ami most_recent = true, no ignore_changes",
                    fix: "lifecycle { ignore_changes = [ami] } or pin the AMI")
            default:
                break
            }
            if let refused = NameRules.refusal(resource, region: environment.region) {
                let (title, attribute) = invalidName(resource.type)
                add("H19", title, .blocksRecreate, resource, "\(attribute) = \(a[attribute]?.description ?? "")",
                    error: refused.failure.line + " (\(refused.when))", fix: refused.failure.fix ?? "")
            }
        }
        var configuration = ConfigurationHazards(environment: environment, scenario: scenario, settings: settings)
        configuration.readAll()
        found += configuration.found
        found += certificateLookup(environment)
        found += stores.found + outsideState(environment, settings: settings)
        return found.sorted { ($0.severity, $0.id, $0.address) < ($1.severity, $1.id, $1.address) }
    }

    private static func invalidName(_ type: String) -> (title: String, attribute: String) {
        switch type {
        case "aws_s3_bucket": return ("Bucket name is not a valid S3 name", "bucket")
        case "aws_docdb_cluster": return ("DocumentDB cluster identifier is not valid", "cluster_identifier")
        default: return ("Database identifier is not valid", "identifier")
        }
    }

    /// H13: CloudFront's certificate lookup (domain and ISSUED, no most_recent) finds two
    /// certificates when another module issues one for the same domain in us-east-1.
    static func certificateLookup(_ environment: EnvironmentBlueprint) -> [Hazard] {
        let certificates = environment.resources.filter { $0.type == "aws_acm_certificate" && $0["region"]?.string == CertificateLookup.region }
        guard let distribution = environment.resources.first(where: { $0.type == "aws_cloudfront_distribution" }),
              !CertificateLookup.settles(distribution) else { return [] }
        return certificates.filter { $0.module == "cloudfront" }.compactMap { own in
            let others = certificates.filter { $0.module != own.module && $0["domain_name"] == own["domain_name"] }
            guard let other = others.first else { return nil }
            let domain = own["domain_name"]?.string ?? ""
            return Hazard(id: "H13", title: "A second certificate for the domain breaks CloudFront's certificate lookup",
                          severity: .blocksRecreate, scope: environment.name, address: "cloudfront: \(CertificateLookup.dataSource)",
                          evidence: "\(other.module): \(other.address) also issues \(domain) in us-east-1 (aws_region); the lookup has no most_recent",
                          awsError: "Error: multiple ACM Certificates matching domain (\(domain))",
                          fix: "set most_recent = true on the lookup, or use module.acm_environment_domain.acm_certificate_arn; or an aws_region other than us-east-1")
        }
    }

    /// In-cluster volumes and the secrets regenerated on recreate (H4, H20).
    static func outsideState(_ environment: EnvironmentBlueprint, settings: Environment?) -> [Hazard] {
        var found: [Hazard] = []
        let volumeOrigin = settings?.tutor.sources.origin(of: "volume_backups", default: "no backup in the deploy workflow")
            ?? "no backup in the deploy workflow"
        for resource in environment.resources where resource.module == "tutor" && resource["backup"] == nil {
            found.append(Hazard(id: "H4", title: "Course data on an in-cluster volume", severity: .dataLoss, scope: environment.name,
                                address: "tutor: \(resource.address)",
                                evidence: "Tutor v13 RUN_MONGODB/RUN_ELASTICSEARCH: \(resource["size"]?.int ?? 0) GiB gp2 volume outside state, volume_backups = none (\(volumeOrigin))",
                                fix: "use the managed DocumentDB (and uncomment the deploy block), or snapshot the volumes before destroy (tutor.volume_backups: snapshot-before-destroy)"))
        }
        // With `passwords: external` none of these are in the blueprint any more.
        let passwords = environment.resources.filter { $0.type == "random_password" || $0.type == "tls_private_key" }
        if let first = passwords.first {
            let origin = settings?.kubernetesSecrets.sources.origin(of: "passwords", default: "the cookiecutter's") ?? "the cookiecutter's"
            found.append(Hazard(id: "TS-H20", title: "Passwords and keys are regenerated on recreate", severity: .blocksRecreate,
                                scope: environment.name, address: "\(first.module): \(first.address) and \(passwords.count - 1) more",
                                evidence: "\(passwords.count) random_password/tls_private_key resources feed Kubernetes secrets (passwords = random, \(origin))",
                                fix: "keep them in Secrets Manager outside the environment's state (kubernetes_secrets.passwords: external), or restore the databases' users after recreate"))
        }
        return found
    }
}
