import Account
import Blueprint

/// cert-manager's chart with `global.podSecurityPolicy.enabled: true`, the cookiecutter's value
/// (cookiecutter-backend.md section 2.3), on a cluster of Kubernetes 1.25 or later, where the
/// PodSecurityPolicy API is gone: Helm cannot build the release (H20, "breaks on k8s >= 1.25 once
/// the version is bumped"). The words are Helm's (cert-manager/cert-manager #5971). The fix for
/// the retired 1.22 therefore needs this one too.
enum PodSecurityPolicyRule {
    static let removedIn = [1, 25]

    static func refusal(_ release: Resource, executor: CloudExecutor) throws -> Refusal? {
        guard release.type == "helm_release", release["pod_security_policy"]?.bool == true,
              let version = try executor.account.resources(type: "aws_eks_cluster", scope: executor.infrastructureScope).first?
                .attributes["version"]?.string,
              !VersionRules.numbers(version).lexicographicallyPrecedes(removedIn) else { return nil }
        let chart = release["chart"]?.string ?? "the chart"
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "HelmError",
            message: "unable to build kubernetes objects from release manifest: resource mapping not found for name: \"\(chart)\" "
                + "namespace: \"\" from \"\": no matches for kind \"PodSecurityPolicy\" in version \"policy/v1beta1\" (ensure CRDs are installed first)",
            fix: "set global.podSecurityPolicy.enabled = false in the \(chart) values (kubernetes_ingress_clb.cert_manager_pod_security_policy: false): "
                + "PodSecurityPolicy was removed in Kubernetes 1.25 and the cluster runs \(version)"))
    }
}
