import Diagnostics
import Foundation

/// Where a hazard of cookiecutter-backend.md section 6 has its cause in the tree: the file,
/// line and column of the construct that makes it (a literal name, a missing key, a CI step).
public struct HazardEvidence: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    /// The line as written, trimmed.
    public var text: String
    /// For a hazard with several causes (H20, H23), words of the finding this line explains.
    public var topic: String?
}

/// Finds, in the repository around a Terragrunt tree (its `terraform/` folder, `make.sh`, the
/// CI workflows and manifests), the line behind each hazard. A tree that removed the cause has
/// no such line, and the hazard then carries no tree evidence.
enum HazardLocator {
    /// (hazard, the end of the file's path relative to the repository, the text on the line,
    /// and for a hazard with several causes the words of the finding this line explains).
    static let causes: [Cause] = [
        Cause("H1", "/mysql/terragrunt.hcl", "skip_final_snapshot"),
        Cause("H1", "/mysql/terragrunt.hcl", "deletion_protection"),
        Cause("H2", "/mongodb/terragrunt.hcl", "skip_final_snapshot"),
        Cause("H3", "redis/modules/elasticache/main.tf", "resource \"aws_elasticache_replication_group\""),
        Cause("H4", ".yml", "UN-COMMENT THIS BLOCK"),
        Cause("H5", "s3_openedx_storage/main.tf", "versioning"),
        Cause("H5-versioning", "s3_openedx_storage/main.tf", "versioning"),
        Cause("H6", "kubernetes_ingress_clb/main.tf", "\"service.type\""),
        Cause("H7", ".yml", "TUTOR_RUN_CADDY"),
        Cause("H8", "modules/kubernetes/main.tf", "module \"eks\""),
        Cause("H9", "certificate_manager.tf", "module \"acm_", every: true),
        Cause("H10", ".tf", "data \"aws_key_pair\""),
        Cause("H10", "vpc/certificate_manager.tf", "data \"aws_route53_zone\""),
        Cause("H11", "make.sh", "cookiecutter --checkout"),
        Cause("H12", "mongodb/main.tf", "db_cluster_parameter_group_name"),
        Cause("H13", "cloudfront/main.tf", "data \"aws_acm_certificate\""),
        Cause("H14", "kubernetes/main.tf", "updated_auth_configmap_data"),
        Cause("H15", "kubernetes/kubernetes.tf", "module.eks.cluster_id"),
        Cause("H15", "kubernetes/main.tf", "resource \"kubernetes_namespace\""),
        Cause("H16", "cloudfront/main.tf", "s3_bucket_domain ="),
        Cause("H17", "mysql/main.tf", "= \"mysql_subnet_group\""),
        Cause("H17", "mongodb/main.tf", "= \"mongodb_subnet_group\""),
        Cause("H17", "mongodb/main.tf", "= \"mongo-cluster-param-group\""),
        Cause("H17", "/mysql/terragrunt.hcl", "identifier ", topic: "identifier = "),
        Cause("H18", "terraform/terragrunt.hcl", "path_relative_to_include()"),
        Cause("H19", "global.hcl", "platform_region "),
        Cause("H20", "env.hcl", "kubernetes_version", topic: "Kubernetes version"),
        Cause("H20", "/mysql/terragrunt.hcl", "engine_version", topic: "for mysql"),
        Cause("H20", "s3_openedx_storage/main.tf", "attach_policy", topic: "AccessDenied"),
        Cause("H20", "cert-manager-values.yaml.tpl", "podSecurityPolicy", topic: "PodSecurityPolicy"),
        Cause("TS-H20", ".tf", "resource \"random_password\""),
        Cause("TS-H20", ".tf", "resource \"tls_private_key\""),
        Cause("H21", "ec2_bastion/main.tf", "most_recent"),
        Cause("H22", "cluster-issuer.yml", "hostedZoneID"),
        Cause("H23", "kubernetes/main.tf", "port_8443", topic: "port_8443"),
        Cause("H23", "kubernetes/main.tf", "cluster_endpoint_public_access", topic: "endpoint"),
        Cause("H23", "kubernetes/main.tf", "\"worker_group_mgmt\"", topic: "worker_group_mgmt"),
        Cause("H23", "kubernetes/main.tf", "\"all_worker_mgmt\"", topic: "all_worker_mgmt"),
        Cause("H23", "cert-manager.tf", "hostedzone/*", topic: "hostedzone/*"),
        Cause("H23", "s3_openedx_storage/main.tf", "resource \"aws_iam_access_key\"", topic: "access key"),
        Cause("H23", "s3_openedx_storage/main.tf", "identifiers = [\"*\"]", topic: "Principal *"),
        Cause("H23", "cloudfront/main.tf", "\"allow-all\"", topic: "allow-all"),
        Cause("H23", "/mongodb/terragrunt.hcl", "storage_encrypted", topic: "storage_encrypted"),
        Cause("H23", "ec2_bastion/main.tf", "0.0.0.0/0", topic: "tcp/22"),
        Cause("H23", "vpc/main.tf", "database_subnets ", topic: "aws_db_subnet_group.database"),
        Cause("H23", "vpc/main.tf", "elasticache_subnets ", topic: "aws_elasticache_subnet_group.elasticache"),
    ]

    struct Cause {
        var id: String
        var path: String
        var needle: String
        var topic: String?
        /// Every line that has it (each ACM module call), not the first of each file.
        var every = false
        init(_ id: String, _ path: String, _ needle: String, topic: String? = nil, every: Bool = false) {
            self.id = id
            self.path = path
            self.needle = needle
            self.topic = topic
            self.every = every
        }
    }

    static let extensions: Set<String> = ["tf", "hcl", "sh", "yml", "yaml", "tpl"]
    static let skipped: Set<String> = [".git", ".terraform", ".terragrunt-cache", "node_modules"]
    /// A bound on the files read, so a PATH at the top of a large checkout stays quick.
    static let maxFiles = 2_000

    /// `repository` is the folder holding `terraform/`; locations are named as `display` shows them.
    static func locate(repository: String, display: PathDisplay) -> [HazardEvidence] {
        var found: [HazardEvidence] = []
        var seen: Set<String> = []
        for file in files(under: repository) {
            let relative = String(file.dropFirst(repository.count + 1))
            let wanted = causes.filter { relative.hasSuffix($0.path) || relative.contains($0.path + "/") }
            guard !wanted.isEmpty, let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                for cause in wanted {
                    // The first occurrence per file: the line that sets it, not every use. Per
                    // hazard: two hazards with one cause (H5 and H5-versioning) each get the line.
                    guard let range = line.range(of: cause.needle),
                          cause.every || seen.insert(cause.id + "\u{0}" + cause.needle + "\u{0}" + file).inserted else { continue }
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    found.append(HazardEvidence(id: cause.id,
                                                location: SourceLocation(file: display.shown(file), line: index + 1, column: column),
                                                text: line.trimmingCharacters(in: .whitespaces), topic: cause.topic))
                }
            }
        }
        return found.sorted { ($0.id.count, $0.id, $0.location.file, $0.location.line) < ($1.id.count, $1.id, $1.location.file, $1.location.line) }
    }

    private static func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let next = walker.nextObject() as? String, files.count < maxFiles {
            let name = (next as NSString).lastPathComponent
            if skipped.contains(name) { walker.skipDescendants(); continue }
            if extensions.contains((name as NSString).pathExtension) { files.append(root + "/" + next) }
        }
        return files.sorted()
    }
}
