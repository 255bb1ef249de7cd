import Blueprint
import Scenario

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
        for resource in environment.resources {
            let a = resource.attributes
            switch resource.type {
            case "aws_db_instance":
                if a["skip_final_snapshot"]?.bool == true, a["deletion_protection"]?.bool != true {
                    add("H1", "RDS destroy deletes every database for good", .dataLoss, resource,
                        "skip_final_snapshot = true, deletion_protection = false, delete_automated_backups = true (rds v4.2.0 default)",
                        fix: "set deletion_protection = true (turn it off on purpose before a destroy) and skip_final_snapshot = false with a final_snapshot_identifier that changes per destroy")
                }
                if a["skip_final_snapshot"]?.bool == false, a["final_snapshot_identifier"] == nil {
                    add("TS-H7", "RDS destroy needs a final snapshot identifier", .blocksDestroy, resource,
                        "skip_final_snapshot = false without final_snapshot_identifier",
                        error: "final_snapshot_identifier is required when skip_final_snapshot is false",
                        fix: "set final_snapshot_identifier and apply before destroying")
                }
                if a["deletion_protection"]?.bool == true {
                    add("TS-H9", "RDS deletion protection stops destroy", .blocksDestroy, resource, "deletion_protection = true",
                        error: "InvalidParameterCombination: Cannot delete protected DB Instance, please disable deletion protection and try again.",
                        fix: "set deletion_protection = false and apply, on purpose, right before destroying")
                }
                if a["identifier"]?.string == scope {
                    add("H17", "RDS identifier is the bare environment name", .blocksRecreate, resource,
                        "identifier = \"\(scope)\" (E/mysql/terragrunt.hcl), not namespaced",
                        error: "DBInstanceAlreadyExists", fix: "name it after the namespace so two platforms or a recreate do not collide")
                }
            case "aws_docdb_cluster":
                if a["skip_final_snapshot"]?.bool == true, a["deletion_protection"]?.bool != true {
                    add("H2", "DocumentDB destroy deletes the course data for good", .dataLoss, resource,
                        "skip_final_snapshot = true (hard-coded in E/mongodb/terragrunt.hcl), deletion_protection = false",
                        fix: "skip_final_snapshot = false with a final_snapshot_identifier; deletion_protection = true")
                }
                if a["storage_encrypted"]?.bool == false {
                    add("SEC-unencrypted-docdb", "DocumentDB storage is not encrypted", .security, resource, "storage_encrypted = false",
                        fix: "storage_encrypted = true (forces replacement: plan a migration)")
                }
            case "aws_docdb_cluster_parameter_group":
                add("H12", "DocumentDB parameter group has no dependency edge", .blocksDestroy, resource,
                    "aws_docdb_cluster.default names it by the literal \"\(a["name"]?.string ?? "")\"",
                    error: "InvalidDBParameterGroupState (destroy) / DBClusterParameterGroupNotFound (create race)",
                    fix: "db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.no_tls.name")
            case "aws_elasticache_replication_group":
                if (a["snapshot_retention_limit"]?.int ?? 0) == 0 {
                    add("H3", "Redis has no snapshots", .dataLoss, resource, "snapshot_retention_limit unset (0)",
                        fix: "set snapshot_retention_limit (sessions and cache are lost on any replacement otherwise)")
                }
            case "aws_s3_bucket" where resource.module == "s3_openedx_storage":
                if a["force_destroy"]?.bool != true {
                    add("H5", "A bucket holding objects stops destroy", .blocksDestroy, resource,
                        "force_destroy = false (s3-bucket default), versioning = \(a["versioning"]?.bool == true)",
                        error: "BucketNotEmpty: The bucket you tried to delete is not empty",
                        fix: "empty the bucket first, or set force_destroy = true and apply before destroying (after a backup)")
                }
                if a["versioning"]?.bool != true {
                    add("H5-versioning", "Uploads have no versions to restore", .dataLoss, resource, "versioning = false",
                        fix: "enable versioning (and a lifecycle rule for old versions)")
                }
                if a["public_read"]?.bool == true {
                    add("SEC-public-bucket", "The storage bucket is publicly readable", .security, resource,
                        "bucket policy: Principal * s3:GetObject*, s3:List*", fix: "serve through CloudFront with origin access control; drop the public policy")
                }
                if a["bucket"]?.string?.contains("_") == true {
                    add("H19", "Bucket name is not a valid S3 name", .blocksRecreate, resource,
                        "bucket = \"\(a["bucket"]?.string ?? "")\" (underscore from platform_region)",
                        error: "InvalidBucketName: The specified bucket is not valid.", fix: "use a platform_region without underscores (HEAD uses `global`)")
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
                add("SEC-ssh-open", "SSH to the bastion is open to the world", .security, resource, "ingress tcp/22 from 0.0.0.0/0",
                    fix: "restrict ssh_cidr to your office or VPN range, or use SSM Session Manager")
            case "aws_security_group" where a["ingress_port_8443_protocol"]?.string == "-1":
                add("SEC-node-all-traffic", "The node security group lets all traffic in", .security, resource,
                    "port_8443 rule with protocol -1 from 0.0.0.0/0 and ::/0 (AWS ignores ports with -1)",
                    fix: "protocol = \"tcp\" with from/to 8443, from the cluster security group only")
            case "aws_eks_cluster":
                if a["endpoint_public_access"]?.bool == true {
                    add("SEC-eks-public-endpoint", "The EKS API endpoint is public", .security, resource,
                        "cluster_endpoint_public_access = true, public CIDRs 0.0.0.0/0",
                        fix: "restrict cluster_endpoint_public_access_cidrs, or use the private endpoint only")
                }
            case "aws_instance":
                add("H21", "A new Ubuntu AMI replaces the bastion", .dataLoss, resource, "data.aws_ami most_recent = true, no ignore_changes",
                    fix: "lifecycle { ignore_changes = [ami] } or pin the AMI")
            default:
                break
            }
        }
        found += outsideState(environment)
        return found.sorted { ($0.severity, $0.id, $0.address) < ($1.severity, $1.id, $1.address) }
    }

    /// In-cluster volumes and the secrets regenerated on recreate (H4, H20).
    static func outsideState(_ environment: EnvironmentBlueprint) -> [Hazard] {
        var found: [Hazard] = []
        for resource in environment.resources where resource.module == "tutor" {
            found.append(Hazard(id: "H4", title: "Course data on an in-cluster volume", severity: .dataLoss, scope: environment.name,
                                address: "tutor: \(resource.address)",
                                evidence: "Tutor v13 RUN_MONGODB/RUN_ELASTICSEARCH: \(resource["size"]?.int ?? 0) GiB gp2 volume outside state",
                                fix: "use the managed DocumentDB (and uncomment the deploy block), or snapshot the volume before destroy"))
        }
        let passwords = environment.resources.filter { $0.type == "random_password" || $0.type == "tls_private_key" }
        if let first = passwords.first {
            found.append(Hazard(id: "TS-H20", title: "Passwords and keys are regenerated on recreate", severity: .blocksRecreate,
                                scope: environment.name, address: "\(first.module): \(first.address) and \(passwords.count - 1) more",
                                evidence: "\(passwords.count) random_password/tls_private_key resources feed Kubernetes secrets",
                                fix: "keep them in a secrets manager outside the environment's state, or restore the databases' users after recreate"))
        }
        return found
    }
}
