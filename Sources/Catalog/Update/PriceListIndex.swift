import Foundation

/// The two index files of AWS's Price List bulk API (AWS Billing user guide, "Reading the
/// service index file"): the offer index lists each service's region index, and a region index
/// lists each region's current offer file. URLs in them are paths on the same host.
public enum PriceListIndex {
    /// Where the offer index is, on https://pricing.us-east-1.amazonaws.com.
    public static let offerIndexPath = "/offers/v1.0/aws/index.json"

    /// `offers/v1.0/aws/index.json`: offer code -> `currentRegionIndexUrl`.
    public static func offers(in file: URL, name: String) throws -> [String: String] {
        try read(file, name: name, member: "offers", url: "currentRegionIndexUrl")
    }

    /// `offers/v1.0/aws/index.json`: offer code -> `currentVersionUrl`, the one file of an offer
    /// AWS publishes for the world (CloudFront, Route 53).
    public static func globalOffers(in file: URL, name: String) throws -> [String: String] {
        try read(file, name: name, member: "offers", url: "currentVersionUrl")
    }

    /// `<offer>/current/region_index.json`: region code -> `currentVersionUrl`.
    public static func regions(in file: URL, name: String) throws -> [String: String] {
        try read(file, name: name, member: "regions", url: "currentVersionUrl")
    }

    private static func read(_ file: URL, name: String, member: String, url: String) throws -> [String: String] {
        let stream = try JSONStream(file: file, name: name)
        var found: [String: String]?
        try stream.readObject { key in
            guard key == member else { return try stream.skipValue() }
            var entries: [String: String] = [:]
            try stream.readObject { code in
                try stream.readObject { field in
                    if field == url, let value = try stream.readOptionalString() { entries[code] = value } else { try stream.skipValue() }
                }
            }
            found = entries
        }
        try stream.expectEnd()
        guard let found else {
            throw CatalogError.importFailed(file: name, detail: "not an AWS Price List index: it has no `\(member)`")
        }
        return found
    }
}
