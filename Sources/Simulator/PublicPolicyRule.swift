import Blueprint

/// A public bucket policy on a bucket made today (cookiecutter-backend.md H20). Since April
/// 2023 S3 turns Block Public Access on for every new bucket, and terraform-aws-modules/s3-bucket
/// from v3.9.0 (which the cookiecutter's `~> 3.1` now resolves to) creates its public access
/// block with `block_public_policy = true` too; with it, S3 "rejects calls to PUT Bucket policy
/// if the specified bucket policy allows public access" (S3 API reference,
/// PublicAccessBlockConfiguration) with a bare 403 (`AccessDenied: Access Denied`,
/// torchbox/buckup #18). The storage bucket's `Principal: *` read policy, which CloudFront's
/// origin relies on, is such a policy.
public enum PublicPolicyRule {
    /// The day the new default took effect for new buckets: AWS What's New, 2022-12-13, "Amazon
    /// S3 will automatically enable S3 Block Public Access and disable access control lists for
    /// all new buckets starting in April 2023" (rolled out from 2023-04-28).
    static let since = "2023-04-28"

    public static func refusal(_ resource: Resource, asOf: String) -> Refusal? {
        guard resource.type == "aws_s3_bucket_policy", resource["principal"]?.string == "*", asOf >= since else { return nil }
        return Refusal(stage: .apply, hazard: "H20", failure: AWSFailure(
            code: "AccessDenied", message: "Access Denied",
            fix: "serve the bucket through CloudFront with origin access control and no public policy (s3_openedx_storage.public_read: false); "
                + "or set block_public_policy = false and restrict_public_buckets = false on the bucket module before the policy"))
    }
}
