import Diagnostics

/// The AWS regions a scenario may name, and the DNS names it may use: the provider and Route 53
/// refuse anything else before a single resource is made.
enum AWSNames {
    /// Every region code of the `aws`, `aws-us-gov` and `aws-cn` partitions (AWS General Reference,
    /// "AWS Regions"; botocore's endpoints.json). The AWS provider validates its `region` against
    /// this list and stops with "Invalid AWS Region: <code>" unless `skip_region_validation` is set
    /// (hashicorp/terraform-provider-aws#12940, #19516). Regions outside the catalog's thirteen are
    /// accepted here: `cost` lists what it cannot price there.
    static let regions = [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-east-1", "ap-east-2", "ap-south-1",
        "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "ap-southeast-5",
        "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-1", "eu-south-2",
        "eu-north-1", "il-central-1", "me-south-1", "me-central-1", "mx-central-1", "sa-east-1",
        "us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1",
    ]

    static func checkRegion(_ region: String, key: String, at location: SourceLocation) throws {
        guard !regions.contains(region) else { return }
        throw ScenarioError.unknownValue(location, key: key, value: region, allowed: regions)
    }

    /// A DNS name as Route 53 and ACM take it (RFC 1123): labels of 1-63 letters, digits and
    /// hyphens, not starting or ending with a hyphen, 253 characters in all. `labels` is the
    /// fewest labels the name needs (2 for a root domain such as yourschool.edu).
    static func checkDNSName(_ name: String, key: String, labels: Int, at location: SourceLocation) throws {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = name.count <= 253 && parts.count >= labels && parts.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
        guard !valid else { return }
        throw ScenarioError.outOfRange(location, key: key, value: "'\(name)'", rule:
            "a DNS name: \(labels > 1 ? "at least \(labels) labels such as yourschool.edu, " : "")labels of letters, digits and '-' separated by dots (Route 53 and ACM refuse anything else)")
    }
}
