import Diagnostics
import Foundation
import HCL

/// Follows a unit's `terraform { source }` to a folder of `.tf` files (cookiecutter-backend.md §1:
/// `source = "../../../modules//vpc"`). Remote sources (`git::...//path?ref=`, registry
/// addresses) cannot be fetched offline: they resolve to the tree's own copy of the module when
/// one of the same name exists, else they are reported as not followed.
enum SourceResolver {
    enum Resolution: Equatable {
        case local(String)
        /// A remote source read from the tree's copy at this folder.
        case copy(String, remote: String)
        case notFollowed(String)
    }

    static func resolve(_ source: String, unitDirectory: String, terraformDirectory: String, isStack: Bool) -> Resolution {
        let withoutQuery = String(source.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if withoutQuery.hasPrefix("./") || withoutQuery.hasPrefix("../") || withoutQuery.hasPrefix("/") {
            // `root//subdir`: Terragrunt copies root and runs in subdir; on disk that is root/subdir.
            return .local(Paths.join(unitDirectory, withoutQuery.replacingOccurrences(of: "//", with: "/")))
        }
        let name = moduleName(of: withoutQuery)
        let bases = isStack ? ["stacks/modules", "modules", "environments/modules"] : ["modules", "environments/modules", "stacks/modules"]
        for base in bases {
            let candidate = terraformDirectory + "/" + base + "/" + name
            if !name.isEmpty, FileManager.default.fileExists(atPath: candidate) { return .copy(candidate, remote: source) }
        }
        return .notFollowed(source)
    }

    /// The module's own name in a remote address: the last folder of the `//subdir` part
    /// (`git::https://host/repo.git//terraform/modules/vpc` -> `vpc`), the name of a registry
    /// address (`terraform-aws-modules/vpc/aws` -> `vpc`), or the repository's name.
    static func moduleName(of address: String) -> String {
        var text = address
        if let scheme = text.range(of: "::") { text = String(text[scheme.upperBound...]) }
        if let protocolEnd = text.range(of: "://") { text = String(text[protocolEnd.upperBound...]) }
        if let subdirectory = text.range(of: "//") {
            return String(text[subdirectory.upperBound...].split(separator: "/").last ?? "")
        }
        let parts = text.split(separator: "/").map(String.init)
        func repository(_ name: String) -> String { name.hasSuffix(".git") ? String(name.dropLast(4)) : name }
        let host = parts.first.map { $0.contains(".") || $0.contains("@") } ?? false
        // `github.com/org/repo`, `git@github.com:org/repo.git`: the repository.
        if host, let first = parts.first, ["github.com", "gitlab.com", "bitbucket.org"].contains(where: first.hasSuffix) || first.contains("@") {
            return repository(parts.last ?? "")
        }
        // `namespace/name/provider`, or `host/namespace/name/provider` for a private registry.
        if (!host && parts.count == 3) || (host && parts.count == 4) { return parts[parts.count - 2] }
        return repository(parts.last ?? "")
    }
}
