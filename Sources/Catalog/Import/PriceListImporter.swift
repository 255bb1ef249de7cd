import Foundation

/// Reads an AWS Price List bulk offer file (`.../offers/v1.0/aws/<offerCode>/current/<region>/index.json`)
/// into catalog price rows keyed as Catalog/KEYS.md says. Only the products edxplan prices are
/// kept; everything else in the file is counted and skipped.
public enum PriceListImporter {
    /// The converted rows, sorted by key and tier, and how many products did not map to a key.
    public struct Conversion: Sendable {
        public let rows: [PriceRow]
        public let skippedProducts: Int
    }

    public static func rows(from data: Data, file: String, regionsByLocation: [String: String], asOf: String) throws
        -> [PriceRow] {
        try convert(from: data, file: file, regionsByLocation: regionsByLocation, asOf: asOf).rows
    }

    public static func convert(from data: Data, file: String, regionsByLocation: [String: String], asOf: String) throws
        -> Conversion {
        let offer: Offer
        do { offer = try JSONDecoder().decode(Offer.self, from: data) } catch {
            throw CatalogError.importFailed(file: file, detail: "not an AWS Price List offer file (\(ImportSQL.describe(error)))")
        }
        guard let products = offer.products, let terms = offer.terms else {
            throw CatalogError.importFailed(file: file, detail: "the offer file has no `products` or no `terms`")
        }
        let mapper = ProductMapper(offerCode: offer.offerCode ?? "", regionsByLocation: regionsByLocation)
        var rows: [PriceRow] = []
        var skipped = 0
        // Two SKUs landing on one key and tier would make the result depend on which row the
        // database keeps, so a collision is an error rather than a silent pick.
        var owner: [String: String] = [:]
        for sku in products.keys.sorted() {
            guard let product = products[sku], let key = mapper.key(for: product) else { skipped += 1; continue }
            let source = "AWS Price List offer file \(offer.offerCode ?? "?") \(offer.publicationDate ?? "?") (\(file)) SKU \(sku)"
            var priced: [PriceRow] = []
            for term in (terms.OnDemand?[sku] ?? [:]).values {
                priced += try prices(of: term, key: key, source: source, asOf: asOf, file: file)
            }
            for term in (terms.Reserved?[sku] ?? [:]).values {
                guard let name = reservedTermName(term.termAttributes ?? [:]) else { continue }
                var reserved = key
                reserved.term = name
                priced += try prices(of: term, key: reserved, source: source, asOf: asOf, file: file)
            }
            for row in priced {
                let slot = "\(row.key.description) tier \(row.tierStart)"
                if let other = owner[slot], other != sku {
                    throw CatalogError.importFailed(file: file, detail: "SKUs \(other) and \(sku) both price \(slot)")
                }
                owner[slot] = sku
            }
            rows += priced
        }
        return Conversion(rows: rows.sorted(by: ImportSQL.priceOrder), skippedProducts: skipped)
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

    /// One row per price dimension in a unit the catalog knows; other dimensions (an upfront
    /// `Quantity` fee, for instance) are not hourly or monthly prices and are left out.
    private static func prices(of term: Term, key: PriceKey, source: String, asOf: String, file: String) throws
        -> [PriceRow] {
        var rows: [PriceRow] = []
        for rateCode in term.priceDimensions.keys.sorted() {
            guard let dimension = term.priceDimensions[rateCode], let unit = unitNames[dimension.unit] else { continue }
            guard let text = dimension.pricePerUnit["USD"] else { continue }
            guard let price = trimmedDecimal(text) else {
                throw CatalogError.importFailed(file: file, detail: "rate \(rateCode) has price '\(text)', not a plain decimal")
            }
            guard let tier = Double(dimension.beginRange ?? "0"), tier.isFinite, tier >= 0 else {
                throw CatalogError.importFailed(file: file, detail: "rate \(rateCode) has beginRange '\(dimension.beginRange ?? "")'")
            }
            rows.append(PriceRow(key: key, tierStart: tier, unit: unit, usdPerUnit: price,
                                 description: dimension.description ?? "", source: source, asOf: asOf))
        }
        return rows
    }

    static let unitNames = ["Hrs": "hour", "GB-Mo": "GB-month"]

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

    /// Which catalog key an offer-file product has, or nil when edxplan does not price it.
    struct ProductMapper {
        let offerCode: String
        let regionsByLocation: [String: String]

        func key(for product: Product) -> PriceKey? {
            guard let a = product.attributes, let region = region(of: a), let family = product.productFamily else { return nil }
            switch (offerCode, family) {
            case ("AmazonEC2", "Compute Instance"):
                // The plain on-demand Linux box: not Windows/RHEL, not dedicated, no SQL Server
                // image, and not the reserved-capacity variants priced as separate products.
                guard a["operatingSystem"] == "Linux", a["tenancy"] == "Shared", a["preInstalledSw"] == "NA",
                      a["capacitystatus"] == "Used", let type = a["instanceType"] else { return nil }
                return PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: type,
                                operatingSystem: "linux")
            case ("AmazonEC2", "Storage"):
                guard let volume = a["volumeApiName"], ["gp2", "gp3", "io1", "st1", "sc1"].contains(volume) else { return nil }
                return PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: volume)
            case ("AmazonRDS", "Database Instance"):
                // "Multi-AZ (readable standbys)" is a cluster deployment, not the catalog's multi-az.
                let deployments = ["Single-AZ": "single-az", "Multi-AZ": "multi-az"]
                guard a["databaseEngine"] == "MySQL", let deployment = deployments[a["deploymentOption"] ?? ""],
                      let type = a["instanceType"] else { return nil }
                return PriceKey(service: "rds", region: region, productFamily: "compute", instanceType: type,
                                engine: "mysql", deployment: deployment)
            case ("AmazonElastiCache", "Cache Instance"):
                guard a["cacheEngine"] == "Redis", let type = a["instanceType"] else { return nil }
                return PriceKey(service: "elasticache", region: region, productFamily: "compute", instanceType: type,
                                engine: "redis")
            case ("AmazonDocDB", "Database Instance"):
                // The catalog prices the Standard storage configuration; I/O-Optimized instances
                // carry "IOOptimized" in their usage type.
                guard let type = a["instanceType"], !(a["usagetype"] ?? "").contains("IOOptimized") else { return nil }
                return PriceKey(service: "docdb", region: region, productFamily: "compute", instanceType: type,
                                engine: "docdb")
            default:
                return nil
            }
        }

        /// Local Zones, Wavelength and Outposts have their own products and prices; only
        /// regions are catalog regions.
        private func region(of a: [String: String]) -> String? {
            if let type = a["locationType"], type != "AWS Region" { return nil }
            if let code = a["regionCode"], !code.isEmpty { return code }
            return a["location"].flatMap { regionsByLocation[$0] }
        }
    }

    // The parts of the offer file format the importer reads; everything else is ignored.
    struct Offer: Decodable {
        let offerCode: String?
        let publicationDate: String?
        let products: [String: Product]?
        let terms: Terms?
    }

    struct Product: Decodable {
        let productFamily: String?
        let attributes: [String: String]?
    }

    struct Terms: Decodable {
        // The offer file's own spelling.
        let OnDemand: [String: [String: Term]]?
        let Reserved: [String: [String: Term]]?
    }

    struct Term: Decodable {
        let priceDimensions: [String: Dimension]
        let termAttributes: [String: String]?
    }

    struct Dimension: Decodable {
        let unit: String
        let pricePerUnit: [String: String]
        let beginRange: String?
        let description: String?
    }
}
