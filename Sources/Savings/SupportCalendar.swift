import Catalog
import Foundation

/// Leaving extended support: the oldest version still in standard support on the catalog's
/// date, and the steps to it. EKS upgrades one minor version at a time (EKS user guide,
/// "Update existing cluster to new Kubernetes version"); RDS MySQL one major at a time
/// (5.7 to 8.0, then 8.0 to 8.4).
enum SupportCalendar {
    struct Upgrade { var target: String; var steps: [String] }

    static func eks(_ version: String, catalog: Catalog) -> Upgrade? {
        upgrade(from: version, rows: catalog.versionSupport.filter { $0.service == "eks" }, asOf: catalog.asOf) { from, to in
            "Kubernetes \(from) to \(to): control plane, then add-ons and node groups"
        }
    }

    static func mysql(_ version: String, catalog: Catalog) -> Upgrade? {
        upgrade(from: version, rows: catalog.versionSupport.filter { $0.service == "rds" && $0.engine == "mysql" },
                asOf: catalog.asOf) { from, to in "MySQL \(from) to \(to) (major version upgrade, with a snapshot first)" }
    }

    /// Nil when `version` is not past standard support or no later version is in it.
    static func upgrade(from version: String, rows: [VersionSupport], asOf: String, step: (String, String) -> String) -> Upgrade? {
        let ordered = rows.sorted { number($0.version).lexicographicallyPrecedes(number($1.version)) }
        guard let index = ordered.firstIndex(where: { version == $0.version || version.hasPrefix($0.version + ".") }),
              asOf > ordered[index].standardSupportEnd,
              let target = ordered[(index + 1)...].firstIndex(where: { $0.standardSupportEnd >= asOf }) else { return nil }
        var steps: [String] = []
        for position in (index + 1)...target {
            steps.append(step(position == index + 1 ? version : ordered[position - 1].version, ordered[position].version))
        }
        return Upgrade(target: ordered[target].version, steps: steps)
    }

    /// `1.9` < `1.10`: versions compared part by part as numbers.
    static func number(_ version: String) -> [Int] { version.split(separator: ".").map { Int($0) ?? 0 } }
}
