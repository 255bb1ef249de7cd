import Foundation

/// What `Identifiers` derives from a resource type alone, worked out once per type: every
/// create needs it, and deriving it each time (two string replaces through Foundation and
/// a split) was a tenth of a rehearsal. A shared object, not a value: handing a value out
/// retained and released each of its half-dozen strings on every create.
final class TypeShape: Sendable {
    /// The EC2 ID prefix and ARN kind, for EC2 types.
    let ec2: (prefix: String, kind: String)?
    /// `aws_s3_bucket` -> `s3-bucket`: a nameless object's name before its hash.
    let namePrefix: String
    /// `aws_<service>_<kind>` (or `helm_release`) read as service and kind, for ARNs.
    let service: String
    let kind: String
    /// How the type's ID and ARN are shaped (`Identifiers.arnRules`).
    let arn: Identifiers.ARNRule

    init(type: String) {
        ec2 = Identifiers.ec2[type]
        arn = Identifiers.arnRules[type] ?? .generic
        namePrefix = type.replacingOccurrences(of: "aws_", with: "").replacingOccurrences(of: "_", with: "-")
        var parts = type.split(separator: "_")[...]
        if parts.first == "aws" { parts = parts.dropFirst() }
        service = parts.first.map(String.init) ?? "unknown"
        let kind = parts.dropFirst().joined(separator: "-")
        self.kind = kind.isEmpty ? service : kind
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var known: [String: TypeShape] = [:]

    static func of(_ type: String) -> TypeShape {
        lock.withLock {
            if let shape = known[type] { return shape }
            let shape = TypeShape(type: type)
            known[type] = shape
            return shape
        }
    }
}
