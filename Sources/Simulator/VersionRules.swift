import Blueprint
import Catalog

/// Versions AWS no longer creates on the catalog's date: an EKS cluster of a Kubernetes
/// version past the end of its support, extended support included (cookiecutter-backend.md
/// H20: the cookiecutter's 1.22 left support on 2023-06-04 and never had extended support;
/// the catalog's `version_support` rows, from the EKS user guide). EKS answers CreateCluster
/// with "InvalidParameterException: unsupported Kubernetes version 1.24" (the form of its
/// answer since 2024: terraform-aws-modules/terraform-aws-eks #3164). Like `NameRules`, a
/// refusal the run reports and goes past.
public struct VersionRules: Sendable {
    /// `catalog_meta.as_of`, the day the simulated apply happens.
    let asOf: String
    let calendar: [VersionSupport]

    public init(catalog: Catalog) {
        asOf = catalog.asOf
        calendar = catalog.versionSupport.filter { $0.service == "eks" }
    }

    public func refusal(_ resource: Resource) -> Refusal? {
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
}
