import Catalog
import Cost
import Foundation

/// Same-size equivalents of an instance type: its Graviton (arm64) family and, for a
/// previous generation, the current one. Only types the catalog knows are offered; the cost
/// engine then decides whether each one saves anything.
enum InstanceFamilies {
    /// Graviton families in order of preference (newest first), by x86 family.
    static let graviton: [String: [String]] = [
        "t2": ["t4g"], "t3": ["t4g"], "t3a": ["t4g"],
        "m4": ["m7g", "m6g"], "m5": ["m7g", "m6g"], "m5a": ["m7g", "m6g"], "m6i": ["m7g", "m6g"], "m6a": ["m7g", "m6g"],
        "c4": ["c7g", "c6g"], "c5": ["c7g", "c6g"], "c5a": ["c7g", "c6g"], "c6i": ["c7g", "c6g"],
        "r4": ["r7g", "r6g"], "r5": ["r7g", "r6g"], "r5a": ["r7g", "r6g"], "r6i": ["r7g", "r6g"],
    ]
    /// Previous generation to current (AWS's "previous generation instances" page lists T2, M4, C4, R4).
    static let currentGeneration: [String: [String]] = [
        "t2": ["t3"], "m3": ["m5"], "m4": ["m5", "m6i"], "c4": ["c5", "c6i"], "r3": ["r5"], "r4": ["r5", "r6i"],
    ]

    static func equivalents(of type: String, service: String, catalog: Catalog) -> [(Saving.Kind, String)] {
        let prefix = service == "rds" || service == "docdb" ? "db." : service == "elasticache" ? "cache." : ""
        guard type.hasPrefix(prefix) else { return [] }
        let parts = type.dropFirst(prefix.count).split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return [] }
        let known = catalog.instanceTypes[service] ?? [:]
        func first(_ families: [String]?) -> String? {
            families?.map { "\(prefix)\($0).\(parts[1])" }.first { known[$0] != nil }
        }
        var result: [(Saving.Kind, String)] = []
        if let target = first(graviton[parts[0]]) { result.append((.graviton, target)) }
        if let target = first(currentGeneration[parts[0]]) { result.append((.currentGeneration, target)) }
        return result
    }
}
