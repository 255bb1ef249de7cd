import Blueprint
import Catalog

/// Versions AWS no longer creates on the catalog's date (cookiecutter-backend.md H20: "EKS 1.22
/// and MySQL 5.7.33 can no longer be created new"), from the catalog's `version_support`:
/// - an EKS cluster of a Kubernetes version past the end of its support, extended support
///   included (1.22 left support on 2023-06-04 and never had extended support). EKS answers
///   CreateCluster with "InvalidParameterException: unsupported Kubernetes version 1.24" (the
///   form of its answer since 2024: terraform-aws-modules/terraform-aws-eks #3164);
/// - an RDS MySQL minor other than the major's last one once the major left standard support
///   (5.7.44 for 5.7): "InvalidParameterCombination: Cannot find version 5.7.33 for mysql"
///   (aws-samples/eks-workshop-v2 #503 for the form).
/// Like `NameRules`, a refusal the run reports and goes past.
public struct VersionRules: Sendable {
    /// `catalog_meta.as_of`, the day the simulated apply happens.
    let asOf: String
    let calendar: [VersionSupport]

    public init(catalog: Catalog) {
        asOf = catalog.asOf
        calendar = catalog.versionSupport.filter { $0.service == "eks" }
        mysql = catalog.versionSupport.filter { $0.service == "rds" && $0.engine == "mysql" }
    }

    let mysql: [VersionSupport]

    public func refusal(_ resource: Resource) -> Refusal? {
        if resource.type == "aws_db_instance" { return database(resource) }
        guard resource.type == "aws_eks_cluster", let version = resource["version"]?.string,
              let support = calendar.first(where: { $0.version == version }) else { return nil }
        let last = support.extendedSupportEnd ?? support.standardSupportEnd
        // ISO dates compare as text; a catalog without a date refuses nothing.
        guard asOf.count == 10, last < asOf else { return nil }
        let current = calendar.filter { ($0.extendedSupportEnd ?? $0.standardSupportEnd) >= asOf }
            .min { $0.version.compare($1.version, options: .numeric) == .orderedAscending }
        return Refusal(stage: .apply, failure: AWSFailure(
            code: "InvalidParameterException", message: "unsupported Kubernetes version \(version)",
            fix: "support for \(version) ended on \(last) (the catalog's version_support); a new cluster needs "
                + (current.map { "\($0.version) or later on \(asOf)" } ?? "a supported version")
                + " (kubernetes.version); an existing cluster upgrades one minor version at a time"))
    }

    /// RDS MySQL: past standard support only the major's last minor is made (a bare major,
    /// `5.7`, lets RDS pick it); past extended support, nothing of the major.
    private func database(_ resource: Resource) -> Refusal? {
        guard resource["engine"]?.string == "mysql", let version = resource["engine_version"]?.string, asOf.count == 10,
              let support = mysql.first(where: { version == $0.version || version.hasPrefix($0.version + ".") }),
              support.standardSupportEnd < asOf else { return nil }
        let ended = support.extendedSupportEnd.map { $0 < asOf } ?? true
        let creatable = !ended && (version == support.version || support.lastMinor.map { version.hasPrefix($0) } ?? true)
        guard !creatable else { return nil }
        let fix = ended ? "\(support.version) is past RDS Extended Support (\(support.extendedSupportEnd ?? support.standardSupportEnd)): use a supported major"
            : "\(support.version) left standard support on \(support.standardSupportEnd): RDS makes only \(support.lastMinor ?? support.version) now (mysql.engine_version: \(support.lastMinor ?? support.version), under paid Extended Support), or a supported major"
        return Refusal(stage: .apply, failure: AWSFailure(code: "InvalidParameterCombination", message: "Cannot find version \(version) for mysql",
                                                          fix: fix))
    }
}
