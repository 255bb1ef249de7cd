import TerraformPlan

/// Which AWS region a plan's resources are in. The plan names its provider's region only
/// when the provider block sets it as a constant; an object's own ARN or availability zone
/// says it for that object.
enum PlanRegions {
    /// `--region`, else the default `aws` provider's region, else the one region every aliased
    /// provider names, else the region most objects' ARNs name; nil when nothing says.
    static func planRegion(_ plan: TerraformPlan, given: String?) -> String? {
        if let given { return given }
        if let region = plan.providerRegions["aws"] { return region }
        let named = Set(plan.providerRegions.values)
        if named.count == 1 { return named.first }
        var counts: [String: Int] = [:]
        for change in plan.changes { if let region = own(change) { counts[region, default: 0] += 1 } }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The region an object's ARN (`arn:aws:rds:eu-west-1:...`) or zone (`eu-west-1a`) names.
    static func own(_ change: ResourceChange) -> String? {
        for object in [change.before, change.after].compactMap({ $0 }) {
            if let arn = object["arn"]?.string {
                let parts = arn.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
                if parts.count > 3, isRegion(parts[3]) { return String(parts[3]) }
            }
            if let zone = object["availability_zone"]?.string, zone.last?.isLetter == true, isRegion(zone.dropLast()) {
                return String(zone.dropLast())
            }
        }
        return nil
    }

    /// `xx-name-N` (`us-east-1`, `ap-southeast-2`, `us-gov-west-1`).
    static func isRegion(_ text: Substring) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count >= 3 && parts.last?.allSatisfy(\.isNumber) == true && parts.dropLast().allSatisfy { $0.allSatisfy(\.isLowercase) }
    }
}
