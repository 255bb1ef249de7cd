import Foundation

/// Reads an AWS Price List bulk offer file (`.../offers/v1.0/aws/<offerCode>/current/<region>/index.json`)
/// into catalog price rows keyed as Catalog/KEYS.md says. Only the products edxplan prices are
/// kept; everything else in the file is counted and skipped.
public enum PriceListImporter {
    /// The converted rows, sorted by key and tier, and how many products did not map to a key.
    public struct Conversion: Sendable {
        public let rows: [PriceRow]
        public let skippedProducts: Int
        public let offerCode: String
        /// As the file gives it: `2026-11-20T19:32:04Z`.
        public let publicationDate: String
        public let version: String
    }

    public static func rows(from data: Data, file: String, regionsByLocation: [String: String], asOf: String) throws
        -> [PriceRow] {
        try convert(from: data, file: file, regionsByLocation: regionsByLocation, asOf: asOf).rows
    }

    public static func convert(from data: Data, file: String, regionsByLocation: [String: String], asOf: String) throws
        -> Conversion {
        try convert(file: file, label: file, regionsByLocation: regionsByLocation, asOf: asOf) { JSONStream(data: data, name: file) }
    }

    /// Streams the offer file at `url`; errors cite `file`, row sources cite `label`. An empty
    /// `asOf` dates the rows with the offer's publication day.
    public static func convert(contentsOf url: URL, file: String, label: String, regionsByLocation: [String: String],
                               asOf: String) throws -> Conversion {
        try convert(file: file, label: label, regionsByLocation: regionsByLocation, asOf: asOf) {
            try JSONStream(file: url, name: file)
        }
    }

    static func convert(file: String, label: String, regionsByLocation: [String: String], asOf: String,
                        stream: () throws -> JSONStream) throws -> Conversion {
        let offer = try OfferFileReader.read(stream: stream, regionsByLocation: regionsByLocation, file: file)
        // No date given: the rows are as of the day AWS published the offer.
        let asOf = asOf.isEmpty ? String((offer.publicationDate ?? "").prefix(10)) : asOf
        var rows: [PriceRow] = []
        // Two SKUs landing on one key and tier at different prices would make the result depend
        // on which row the database keeps, so that is an error rather than a silent pick. At the
        // same price (RDS Extended Support of MySQL 5.7 and 8.0) the first SKU's row stands.
        var owner: [String: (sku: String, price: String)] = [:]
        for sku in offer.keys.keys.sorted() {
            guard let mapping = offer.keys[sku] else { continue }
            let source = "AWS Price List offer file \(offer.offerCode ?? "?") \(offer.publicationDate ?? "?") (\(label)) SKU \(sku)"
            var priced: [PriceRow] = []
            for term in offer.onDemand[sku] ?? [] {
                priced += try prices(of: term, mapping: mapping, source: source, asOf: asOf, file: file)
            }
            for term in offer.reserved[sku] ?? [] {
                guard let name = reservedTermName(term.termAttributes ?? [:]) else { continue }
                var reserved = mapping
                reserved.key.term = name
                priced += try prices(of: term, mapping: reserved, source: source, asOf: asOf, file: file)
            }
            for row in priced {
                let slot = "\(row.key.description) tier \(row.tierStart)"
                if let other = owner[slot], other.sku != sku {
                    guard other.price == row.usdPerUnit else {
                        throw CatalogError.importFailed(file: file, detail: "SKUs \(other.sku) and \(sku) both price \(slot)")
                    }
                    continue
                }
                owner[slot] = (sku, row.usdPerUnit)
                rows.append(row)
            }
        }
        rows = EKSExtendedSupport.combine(rows)
        return Conversion(rows: rows.sorted(by: ImportSQL.priceOrder), skippedProducts: offer.skippedProducts,
                          offerCode: offer.offerCode ?? "", publicationDate: offer.publicationDate ?? "",
                          version: offer.version ?? "")
    }

    /// The catalog's term for a reserved offer: standard, no upfront, one or three years. Other
    /// purchase options bill an upfront fee the catalog has no column for, and convertible
    /// reservations are a different price list.
    static func reservedTermName(_ attributes: [String: String]) -> String? {
        guard attributes["OfferingClass"] == "standard", attributes["PurchaseOption"] == "No Upfront" else { return nil }
        switch attributes["LeaseContractLength"] {
        case "1yr": return "1yr-no-upfront"
        case "3yr": return "3yr-no-upfront"
        default: return nil
        }
    }

    /// One row per price dimension, in the mapping's unit; a reserved term's upfront fee (unit
    /// `Quantity`) is not an hourly or monthly price and is left out.
    private static func prices(of term: Term, mapping: Mapping, source: String, asOf: String, file: String) throws
        -> [PriceRow] {
        var rows: [PriceRow] = []
        for rateCode in term.priceDimensions.keys.sorted() {
            guard let dimension = term.priceDimensions[rateCode], dimension.unit != "Quantity",
                  let text = dimension.pricePerUnit["USD"] else { continue }
            guard let perUnit = trimmedDecimal(text) else {
                throw CatalogError.importFailed(file: file, detail: "rate \(rateCode) has price '\(text)', not a plain decimal")
            }
            guard let begin = Double(dimension.beginRange ?? "0"), begin.isFinite, begin >= 0 else {
                throw CatalogError.importFailed(file: file, detail: "rate \(rateCode) has beginRange '\(dimension.beginRange ?? "")'")
            }
            // Tiers are counted in AWS's unit (queries), the catalog's in its own (millions).
            let tier = begin / pow(10, Double(mapping.scale))
            rows.append(PriceRow(key: mapping.key, tierStart: tier, unit: mapping.unit,
                                 usdPerUnit: timesPowerOfTen(perUnit, mapping.scale),
                                 description: dimension.description ?? "", source: source, asOf: asOf))
        }
        return rows
    }

    /// The offers whose products `ProductMapper` turns into catalog rows.
    public static let supportedOffers = [
        "AmazonEC2", "AmazonRDS", "AmazonDocDB", "AmazonElastiCache", "AmazonEKS", "AmazonS3", "AmazonCloudFront",
        "AmazonRoute53", "AmazonVPC", "AWSELB", "AmazonCloudWatch", "AWSSecretsManager", "AWSBackup", "AWSDataTransfer",
        "AmazonECR",
    ]

    /// Offers AWS publishes once for the world (`current/index.json`), priced in region `global`.
    public static let globalOffers: Set<String> = ["AmazonCloudFront", "AmazonRoute53"]

    /// `decimal` times 10^`power`, moving the point in the text: exact, no floating point.
    static func timesPowerOfTen(_ decimal: String, _ power: Int) -> String {
        guard power > 0 else { return decimal }
        let parts = decimal.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0]), fraction = parts.count > 1 ? String(parts[1]) : ""
        let padded = fraction.padding(toLength: max(fraction.count, power), withPad: "0", startingAt: 0)
        var digits = whole + padded.prefix(power)
        while digits.count > 1, digits.hasPrefix("0") { digits.removeFirst() }
        return trimmedDecimal(digits + "." + padded.dropFirst(power) + "0") ?? digits
    }

    /// AWS writes prices with ten decimals (`0.0832000000`); the catalog keeps the digits that
    /// carry value, exactly as text, so no binary floating point touches a price.
    /// The check is its own: `Money(exactly:)` lets `1.2.3` or `1-2` through (Decimal parses a prefix).
    static func trimmedDecimal(_ text: String) -> String? {
        guard text.wholeMatch(of: /[0-9]+(\.[0-9]+)?/) != nil else { return nil }
        var digits = text
        if digits.contains(".") {
            while digits.hasSuffix("0") { digits.removeLast() }
            if digits.hasSuffix(".") { digits.removeLast() }
        }
        return digits
    }

    // The parts of a term the importer reads.
    struct Term {
        var priceDimensions: [String: Dimension] = [:]
        var termAttributes: [String: String]?
    }

    struct Dimension {
        var unit = ""
        var pricePerUnit: [String: String] = [:]
        var beginRange: String?
        var description: String?
    }
}
