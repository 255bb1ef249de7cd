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
        if let before = change.before, let region = own(before) { return region }
        if let after = change.after, let region = own(after) { return region }
        return nil
    }

    private static func own(_ object: JSONValue) -> String? {
        if let arn = object["arn"]?.string, let region = arnRegion(arn) { return region }
        if let zone = object["availability_zone"]?.string, zone.last?.isLetter == true, isRegion(zone.dropLast()) {
            return String(zone.dropLast())
        }
        return nil
    }

    /// The fourth part of an ARN when it is a region. ASCII ARNs (all of AWS's) are read byte by
    /// byte; others as characters, where a combining mark can join a colon.
    static func arnRegion(_ arn: String) -> String? {
        guard arn.utf8.allSatisfy({ $0 < 0x80 }) else {
            let parts = arn.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            return parts.count > 3 && isRegion(parts[3]) ? String(parts[3]) : nil
        }
        var colons = 0
        var start = arn.utf8.startIndex
        for index in arn.utf8.indices where arn.utf8[index] == UInt8(ascii: ":") {
            colons += 1
            if colons == 3 { start = arn.utf8.index(after: index) }
            if colons == 4 { return isRegion(arn[start..<index]) ? String(arn[start..<index]) : nil }
        }
        return colons == 3 && isRegion(arn[start...]) ? String(arn[start...]) : nil
    }

    /// `xx-name-N` (`us-east-1`, `ap-southeast-2`, `us-gov-west-1`).
    static func isRegion(_ text: Substring) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // The same test on bytes: in ASCII only 0-9 are numbers and a-z lowercase.
            let parts = text.utf8.split(separator: UInt8(ascii: "-"))
            return parts.count >= 3 && parts.last?.allSatisfy({ (0x30...0x39).contains($0) }) == true
                && parts.dropLast().allSatisfy { $0.allSatisfy { (0x61...0x7A).contains($0) } }
        }
        let parts = text.split(separator: "-")
        return parts.count >= 3 && parts.last?.allSatisfy(\.isNumber) == true && parts.dropLast().allSatisfy { $0.allSatisfy(\.isLowercase) }
    }
}
