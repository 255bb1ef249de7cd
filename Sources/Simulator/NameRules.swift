import Blueprint

/// The names real AWS and the AWS provider refuse, checked where they check them
/// (cookiecutter-backend.md H19: the cookiecutter's `platform_region = usa_east` puts an
/// underscore into the storage bucket and the DocumentDB cluster identifier).
///
/// The simulator stops on them as AWS does; with `--continue-past-refusals` the run goes on and
/// each refusal is reported beside the operation and in the summary, with AWS's or the
/// provider's own words and the fix.
public enum NameRules {
    /// The refusal a create of `resource` in `region` meets, if any.
    public static func refusal(_ resource: Resource, region: String) -> Refusal? {
        guard resource.type == "aws_s3_bucket" else { return validation(resource) }
        return resource["bucket"]?.string.flatMap { bucket($0, region: region) }
    }

    /// The provider's own checks, made while planning: what a `terraform plan` stops on.
    public static func validation(_ resource: Resource) -> Refusal? {
        switch resource.type {
        case "aws_docdb_cluster":
            return resource["cluster_identifier"]?.string.flatMap { identifier($0, attribute: "cluster_identifier") }
        case "aws_db_instance", "aws_docdb_cluster_instance":
            return resource["identifier"]?.string.flatMap { identifier($0, attribute: "identifier") }
        default:
            return nil
        }
    }

    /// RDS and DocumentDB identifiers: the provider's `validIdentifier`
    /// (hashicorp/terraform-provider-aws internal/service/docdb/validate.go, the same rules in
    /// rds), run while planning, so AWS is never asked.
    static func identifier(_ value: String, attribute: String) -> Refusal? {
        let bytes = Array(value.utf8)
        let problem: String?
        if !bytes.allSatisfy({ isLowercaseLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") }) {
            problem = "only lowercase alphanumeric characters and hyphens allowed in \"\(attribute)\""
        } else if !(bytes.first.map(isLowercaseLetter) ?? false) {
            problem = "first character of \"\(attribute)\" must be a letter"
        } else if zip(bytes, bytes.dropFirst()).contains(where: { $0 == UInt8(ascii: "-") && $1 == UInt8(ascii: "-") }) {
            problem = "\"\(attribute)\" cannot contain two consecutive hyphens"
        } else if value.hasSuffix("-") {
            problem = "\"\(attribute)\" cannot end with a hyphen"
        } else if bytes.count > 63 {
            problem = "\"\(attribute)\" cannot be greater than 63 characters"
        } else {
            problem = nil
        }
        return problem.map {
            Refusal(stage: .plan, hazard: "H19", failure: AWSFailure(
                code: "ProviderError", message: "\($0) (\(attribute) = \"\(value)\")",
                fix: "use only lowercase letters, digits and hyphens: with the cookiecutter, a platform_region without underscores (HEAD's default is `global`)"))
        }
    }

    /// S3 general purpose bucket names (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
    /// Outside us-east-1 the provider checks first (`validBucketName`, internal/service/s3);
    /// in us-east-1 it lets legacy names through and S3 refuses them, as it has for new
    /// buckets since 1 March 2018.
    static func bucket(_ name: String, region: String) -> Refusal? {
        let bytes = Array(name.utf8)
        let allowed = bytes.allSatisfy { isLowercaseLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }
        let edges = [bytes.first, bytes.last].allSatisfy { $0.map { isLowercaseLetter($0) || isDigit($0) } ?? false }
        let reserved = ["xn--", "sthree-", "amzn-s3-demo-"].contains { name.hasPrefix($0) }
            || ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].contains { name.hasSuffix($0) }
        let valid = (3...63).contains(bytes.count) && allowed && edges && !name.contains("..") && !looksLikeAddress(name) && !reserved
        guard !valid else { return nil }
        let fix = "use a bucket name of lowercase letters, digits, hyphens and periods: with the cookiecutter, a platform_region without underscores (HEAD's default is `global`)"
        if region != "us-east-1", !allowed {
            return Refusal(stage: .apply, hazard: "H19", failure: AWSFailure(
                code: "ProviderError",
                message: "validating S3 Bucket (\(name)) name: only lowercase alphanumeric characters and hyphens allowed in \"\(name)\"",
                fix: fix))
        }
        return Refusal(stage: .apply, hazard: "H19", failure: AWSFailure(code: "InvalidBucketName", message: "The specified bucket is not valid.", fix: fix))
    }

    private static func looksLikeAddress(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { (1...3).contains($0.count) && $0.utf8.allSatisfy(isDigit) }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
