import Foundation

/// AWS's EKS offer prices extended support as a surcharge (`<prefix>-AmazonEKS-Hours:extendedSupport`,
/// $0.50 a cluster-hour) billed on top of the cluster hour (`AmazonEKS-Hours:perCluster`, $0.10);
/// the catalog's `eks/control_plane extended` row is what a cluster in extended support pays an
/// hour, the two together ($0.60, as https://aws.amazon.com/eks/pricing/ quotes it).
enum EKSExtendedSupport {
    /// The surcharge rows' usage type while a conversion runs; no catalog row keeps it.
    static let surcharge = "extended-surcharge"

    /// Replaces each region's surcharge row by an `extended` row priced at the cluster hour plus
    /// the surcharge, citing both SKUs. A surcharge without a cluster-hour row is dropped: half a
    /// price is no price.
    static func combine(_ rows: [PriceRow]) -> [PriceRow] {
        let surcharges = rows.filter { $0.service == "eks" && $0.usageType == surcharge }
        guard !surcharges.isEmpty else { return rows }
        var combined = rows.filter { !($0.service == "eks" && $0.usageType == surcharge) }
        for extra in surcharges {
            guard let standard = combined.first(where: {
                $0.service == "eks" && $0.productFamily == extra.productFamily && $0.region == extra.region
                    && $0.usageType == "standard" && $0.term == extra.term && $0.tierStart == extra.tierStart
            }), let base = Decimal(string: standard.usdPerUnit, locale: Locale(identifier: "en_US_POSIX")),
                let added = Decimal(string: extra.usdPerUnit, locale: Locale(identifier: "en_US_POSIX")) else { continue }
            var row = extra
            row.usageType = "extended"
            row.usdPerUnit = "\(base + added)"
            row.description = "\(standard.description) plus \(extra.description)"
            row.source = "\(standard.source) (cluster hour \(standard.usdPerUnit)) plus \(extra.source) "
                + "(extended-support surcharge \(extra.usdPerUnit))"
            combined.append(row)
        }
        return combined
    }
}
