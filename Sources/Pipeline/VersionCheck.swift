import Catalog
import Diagnostics
import Scenario

/// Kubernetes and MySQL versions checked against the catalog's support calendar
/// (`version_support`), as CreateCluster and CreateDBInstance check them: a version AWS does
/// not offer is refused ("1.2", "abc", "-.inf", "99.99"), with the nearest calendar versions.
/// Without this a made-up version priced as standard support.
enum VersionCheck {
    static func check(_ environment: Environment, catalog: Catalog) throws {
        let prefix = environment.name == "shared" ? "shared" : "environments.\(environment.name)"
        if environment.has(.kubernetes) {
            let version = environment.kubernetes.version
            let known = calendar("eks", "", catalog)
            // EKS versions are major.minor only ("1.29"); CreateCluster refuses anything else
            // with InvalidParameterException "unsupported Kubernetes version".
            guard known.isEmpty || known.contains(version) else {
                throw ScenarioError.unknownValue(environment.kubernetes.versionLocation ?? environment.location,
                                                 key: prefix + ".kubernetes.version", value: version, allowed: known)
            }
        }
        if environment.has(.mysql) {
            let version = environment.mysql.engineVersion
            let known = calendar("rds", "mysql", catalog)
            // major.minor or major.minor.patch, digits only: "8.0.35" is MySQL 8.0.
            let parts = version.split(separator: ".", omittingEmptySubsequences: false)
            let numeric = (2...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            let major = parts.prefix(2).joined(separator: ".")
            guard known.isEmpty || (numeric && known.contains(major)) else {
                throw ScenarioError.unknownValue(environment.mysql.engineVersionLocation ?? environment.mysql.location,
                                                 key: prefix + ".mysql.engine_version", value: version,
                                                 allowed: known.map { $0 + ".x" })
            }
        }
    }

    /// The calendar's versions of one service, oldest first (none in a catalog without a calendar: nothing to check).
    static func calendar(_ service: String, _ engine: String, _ catalog: Catalog) -> [String] {
        catalog.versionSupport.filter { $0.service == service && $0.engine == engine }.map(\.version)
            .sorted { $0.split(separator: ".").compactMap { Int($0) }.lexicographicallyPrecedes($1.split(separator: ".").compactMap { Int($0) }) }
    }
}
