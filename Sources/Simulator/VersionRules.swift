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
    /// The catalog, read only when a cluster or a database is made: a run makes one or two, and
    /// building the calendars up front cost more than every check of a rehearsal together.
    let catalog: Catalog

    public init(catalog: Catalog) { self.catalog = catalog }

    /// `catalog_meta.as_of`, the day the simulated apply happens.
    var asOf: String { catalog.asOf }

    /// The oldest Kubernetes version EKS still makes on `asOf`.
    var oldestMade: String? {
        let asOf = self.asOf
        return catalog.versionSupport.filter { $0.service == "eks" && ($0.extendedSupportEnd ?? $0.standardSupportEnd) >= asOf }
            .min { Self.numbers($0.version).lexicographicallyPrecedes(Self.numbers($1.version)) }?.version
    }

    /// `1.31` as [1, 31], so versions order by number.
    static func numbers(_ version: String) -> [Int] { version.split(separator: ".").map { Int($0) ?? 0 } }

    public func refusal(_ resource: Resource) -> Refusal? {
        if resource.type == "aws_db_instance" { return database(resource) }
        guard resource.type == "aws_eks_cluster", let version = resource["version"]?.string,
              let support = catalog.versionSupport.first(where: { $0.service == "eks" && $0.version == version }) else { return nil }
        let last = support.extendedSupportEnd ?? support.standardSupportEnd
        // ISO dates compare as text; a catalog without a date refuses nothing.
        let asOf = self.asOf
        guard asOf.count == 10, last < asOf else { return nil }
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "InvalidParameterException", message: "unsupported Kubernetes version \(version)",
            fix: "support for \(version) ended on \(last) (the catalog's version_support); a new cluster needs "
                + (oldestMade.map { "\($0) or later on \(asOf)" } ?? "a supported version")
                + " (kubernetes.version); an existing cluster upgrades one minor version at a time"))
    }

    /// RDS MySQL: past standard support only the major's last minor is made (a bare major,
    /// `5.7`, lets RDS pick it); past extended support, nothing of the major.
    private func database(_ resource: Resource) -> Refusal? {
        let asOf = self.asOf
        guard resource["engine"]?.string == "mysql", let version = resource["engine_version"]?.string, asOf.count == 10,
              let support = catalog.support(service: "rds", engine: "mysql", version: version),
              support.standardSupportEnd < asOf else { return nil }
        let ended = support.extendedSupportEnd.map { $0 < asOf } ?? true
        let creatable = !ended && (version == support.version || support.lastMinor.map { version.hasPrefix($0) } ?? true)
        guard !creatable else { return nil }
        let fix = ended ? "\(support.version) is past RDS Extended Support (\(support.extendedSupportEnd ?? support.standardSupportEnd)): use a supported major"
            : "\(support.version) left standard support on \(support.standardSupportEnd): RDS makes only \(support.lastMinor ?? support.version) now (mysql.engine_version: \(support.lastMinor ?? support.version), under paid Extended Support), or a supported major"
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(code: "InvalidParameterCombination", message: "Cannot find version \(version) for mysql",
                                                          fix: fix))
    }
}
