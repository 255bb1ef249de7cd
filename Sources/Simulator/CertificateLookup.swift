import Account
import Blueprint

/// `data "aws_acm_certificate" "environment_domain"` in the cloudfront module: provider
/// us-east-1, `domain` and `statuses = ["ISSUED"]`, no `most_recent` (cookiecutter-backend.md
/// section 2.9). With two issued certificates for the domain in us-east-1 the provider will
/// not choose and fails with "multiple ACM Certificates matching domain"
/// (internal/service/acm/certificate_data_source.go). The second one is the vpc module's
/// regional certificate (HEAD: the acm module's) whenever aws_region is us-east-1, the
/// cookiecutter's default (H13). Like `NameRules`, a refusal the run reports and goes past.
public enum CertificateLookup {
    public static let region = "us-east-1"
    public static let dataSource = "data.aws_acm_certificate.environment_domain"

    /// The lookup the distribution's viewer certificate comes from, read when the distribution
    /// is made (the data source depends on the certificate module, so it is read at apply).
    static func refusal(for distribution: Resource, scope: String, account: FakeAccount) throws -> AWSFailure? {
        guard distribution.type == "aws_cloudfront_distribution", !settles(distribution) else { return nil }
        return try refusal(module: distribution.module, scope: scope, account: account)
    }

    /// With `most_recent = true` the provider takes the newest match instead of refusing.
    public static func settles(_ distribution: Resource) -> Bool { distribution["certificate_most_recent"]?.bool == true }

    /// The lookup as a plan of `module` in `scope` reads it once its certificate exists.
    static func refusal(module: String, scope: String, account: FakeAccount) throws -> AWSFailure? {
        // The certificate the module made for its own lookup names the domain looked up.
        guard let own = try account.resources(type: "aws_acm_certificate", scope: scope).first(where: { $0.module == module }),
              let domain = own.attributes["domain_name"] else { return nil }
        let matching = try account.resources(type: "aws_acm_certificate", attribute: "domain_name", equals: domain)
            .filter { ($0.attributes["region"]?.string ?? $0.region) == region }
        guard matching.count > 1 else { return nil }
        // Two are enough to refuse, and to name in the fix. Looking no further keeps an account
        // of many environments on one domain (each with its own pair) from reading every
        // environment's validations for each distribution it makes: that grew with the square.
        var validations: [String: [AccountResource]] = [:]
        var issued: [AccountResource] = []
        for certificate in matching {
            if validations[certificate.scope] == nil {
                validations[certificate.scope] = try account.resources(type: "aws_acm_certificate_validation", scope: certificate.scope)
            }
            if isIssued(certificate, validations: validations[certificate.scope] ?? []) { issued.append(certificate) }
            if issued.count == 2 { break }
        }
        guard issued.count > 1 else { return nil }
        let holders = issued.map { "\($0.scope)/\($0.module): \($0.address ?? $0.id)" }.joined(separator: ", ")
        return AWSFailure(
            code: "ProviderError", message: "multiple ACM Certificates matching domain (\(domain.string ?? ""))",
            fix: "\(dataSource) finds \(holders); set most_recent = true on it in M/cloudfront/certificate_manager.tf, "
                + "or use module.acm_environment_domain.acm_certificate_arn instead of the lookup, or run the environment in a region other than us-east-1 (H13)")
    }

    /// ISSUED once its DNS validation has completed: the validation resource of the same ACM
    /// module exists (acm's `wait_for_validation = true`).
    private static func isIssued(_ certificate: AccountResource, validations: [AccountResource]) -> Bool {
        // `module.acm_x.aws_acm_certificate.this[0]` is validated by `module.acm_x.aws_acm_certificate_validation.this[0]`.
        guard let address = certificate.address else { return false }
        // The address up to its first `aws_acm_certificate` step, found among the UTF-8 bytes:
        // splitting the address into Characters cost more than all the rest of the lookup.
        let steps = address.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard let cut = steps.first(where: { $0.elementsEqual("aws_acm_certificate".utf8) }) else { return false }
        let prefix = address[..<cut.startIndex]
        return validations.contains { $0.module == certificate.module && ($0.address ?? "").hasPrefix(prefix) }
    }
}
