import Diagnostics
import Foundation

/// Where a hazard of cookiecutter-backend.md section 6 has its cause in the tree: the file,
/// line and column of the construct that makes it (a literal name, a missing key, a CI step).
public struct HazardEvidence: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
    /// The line as written, trimmed.
    public var text: String
}

/// Finds, in the repository around a Terragrunt tree (its `terraform/` folder, `make.sh`, the
/// CI workflows and manifests), the line behind each hazard. A tree that removed the cause has
/// no such line, and the hazard then carries no tree evidence.
enum HazardLocator {
    /// (hazard, the end of the file's path relative to the repository, the text on the line).
    static let causes: [(id: String, path: String, needle: String)] = [
        ("H1", "/mysql/terragrunt.hcl", "skip_final_snapshot"),
        ("H1", "/mysql/terragrunt.hcl", "deletion_protection"),
        ("H2", "/mongodb/terragrunt.hcl", "skip_final_snapshot"),
        ("H3", "redis/modules/elasticache/main.tf", "resource \"aws_elasticache_replication_group\""),
        ("H4", ".yml", "UN-COMMENT THIS BLOCK"),
        ("H5", "s3_openedx_storage/main.tf", "versioning"),
        ("H6", "kubernetes_ingress_clb/main.tf", "\"service.type\""),
        ("H7", ".yml", "TUTOR_RUN_CADDY"),
        ("H8", "modules/kubernetes/main.tf", "module \"eks\""),
        ("H9", "certificate_manager.tf", "module \"acm_"),
        ("H10", ".tf", "data \"aws_key_pair\""),
        ("H10", "vpc/certificate_manager.tf", "data \"aws_route53_zone\""),
        ("H11", "make.sh", "cookiecutter --checkout"),
        ("H12", "mongodb/main.tf", "db_cluster_parameter_group_name"),
        ("H13", "cloudfront/main.tf", "data \"aws_acm_certificate\""),
        ("H14", "kubernetes/main.tf", "updated_auth_configmap_data"),
        ("H15", "kubernetes/kubernetes.tf", "module.eks.cluster_id"),
        ("H15", "kubernetes/main.tf", "resource \"kubernetes_namespace\""),
        ("H16", "cloudfront/main.tf", "s3_bucket_domain ="),
        ("H17", "mysql/main.tf", "= \"mysql_subnet_group\""),
        ("H17", "mongodb/main.tf", "= \"mongodb_subnet_group\""),
        ("H17", "mongodb/main.tf", "= \"mongo-cluster-param-group\""),
        ("H17", "/mysql/terragrunt.hcl", "identifier "),
        ("H18", "terraform/terragrunt.hcl", "path_relative_to_include()"),
        ("H19", "global.hcl", "platform_region "),
        ("H20", "s3_openedx_storage/main.tf", "version"),
        ("H20", "cert-manager-values.yaml.tpl", "podSecurityPolicy"),
        ("H21", "ec2_bastion/main.tf", "most_recent"),
        ("H22", "cluster-issuer.yml", "hostedZoneID"),
        ("H23", "kubernetes/main.tf", "port_8443"),
        ("H23", "cert-manager.tf", "hostedzone/*"),
        ("H23", "s3_openedx_storage/main.tf", "resource \"aws_iam_access_key\""),
    ]

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
                    // The first occurrence per file: the line that sets it, not every use.
                    guard let range = line.range(of: cause.needle), seen.insert(cause.needle + "\u{0}" + file).inserted else { continue }
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    found.append(HazardEvidence(id: cause.id,
                                                location: SourceLocation(file: display.shown(file), line: index + 1, column: column),
                                                text: line.trimmingCharacters(in: .whitespaces)))
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
