import Diagnostics
import Foundation

/// Walks an AWS Price List offer file with `JSONStream`, keeping only what the catalog prices:
/// the header, the SKUs whose product maps to a catalog key, and those SKUs' terms. AWS writes
/// `offerCode`, then `products`, then `terms`, so one pass reads a file; a file written in
/// another order is read again for what an earlier pass could not use yet.
struct OfferFileReader {
    var offerCode: String?
    var publicationDate: String?
    var version: String?
    /// SKU -> catalog key and unit, for the products edxplan prices.
    var keys: [String: PriceListImporter.Mapping] = [:]
    var skippedProducts = 0
    var onDemand: [String: [PriceListImporter.Term]] = [:]
    var reserved: [String: [PriceListImporter.Term]] = [:]
    private var productsRead = false
    private var termsRead = false
    private var sawProducts = false
    private var sawTerms = false
    private let regionsByLocation: [String: String]

    private init(regionsByLocation: [String: String]) { self.regionsByLocation = regionsByLocation }

    static func read(stream make: () throws -> JSONStream, regionsByLocation: [String: String], file: String) throws
        -> OfferFileReader {
        var reader = OfferFileReader(regionsByLocation: regionsByLocation)
        // Pass 1 learns the offer code, pass 2 reads the products, pass 3 the terms, when each
        // comes after what it needs; AWS's own order needs one.
        for _ in 0..<3 {
            try reader.pass(try make())
            guard (reader.sawProducts && !reader.productsRead) || (reader.sawTerms && !reader.termsRead) else { break }
        }
        guard reader.sawProducts, reader.sawTerms else {
            // At the top-level object, the one that lacks them.
            throw CatalogError.offerRefused(SourceLocation(file: file, line: 1, column: 1),
                                            "not an AWS Price List offer file: it has no `products` or no `terms`")
        }
        return reader
    }

    private mutating func pass(_ stream: JSONStream) throws {
        try stream.readObject { key in
            switch key {
            case "offerCode": offerCode = try stream.readOptionalString() ?? offerCode
            case "publicationDate": publicationDate = try stream.readOptionalString() ?? publicationDate
            case "version": version = try stream.readOptionalString() ?? version
            case "products":
                sawProducts = true
                // The mapper needs the offer code; AWS writes it first.
                guard offerCode != nil, !productsRead else { return try stream.skipValue() }
                try readProducts(stream)
                productsRead = true
            case "terms":
                sawTerms = true
                guard productsRead, !termsRead else { return try stream.skipValue() }
                try readTerms(stream)
                termsRead = true
            default: try stream.skipValue()
            }
        }
        try stream.expectEnd()
    }

    private mutating func readProducts(_ stream: JSONStream) throws {
        let mapper = PriceListImporter.ProductMapper(offerCode: offerCode ?? "", regionsByLocation: regionsByLocation)
        try stream.readObject { sku in
            var family: String?
            var attributes: [String: String]?
            try stream.readObject { field in
                switch field {
                case "productFamily": family = try stream.readOptionalString()
                case "attributes": attributes = try stream.readStringMap(only: PriceListImporter.ProductMapper.attributesRead)
                default: try stream.skipValue()
                }
            }
            if let mapping = mapper.mapping(family: family, attributes: attributes) { keys[sku] = mapping } else { skippedProducts += 1 }
        }
    }

    /// `terms: {OnDemand|Reserved: {<sku>: {<sku>.<offerTermCode>: term}}}`; the terms of SKUs
    /// that were not kept, nearly all of an EC2 file, are skipped unread.
    private mutating func readTerms(_ stream: JSONStream) throws {
        try stream.readObject { kind in
            guard kind == "OnDemand" || kind == "Reserved" else { return try stream.skipValue() }
            try stream.readObject { sku in
                guard keys[sku] != nil else { return try stream.skipValue() }
                var terms: [(String, PriceListImporter.Term)] = []
                try stream.readObject { code in terms.append((code, try Self.readTerm(stream))) }
                let ordered = terms.sorted { $0.0 < $1.0 }.map(\.1)
                if kind == "OnDemand" { onDemand[sku, default: []] += ordered } else { reserved[sku, default: []] += ordered }
            }
        }
    }

    private static func readTerm(_ stream: JSONStream) throws -> PriceListImporter.Term {
        var term = PriceListImporter.Term()
        try stream.readObject { field in
            switch field {
            case "termAttributes": term.termAttributes = try stream.readStringMap()
            case "priceDimensions":
                try stream.readObject { rate in
                    var dimension = PriceListImporter.Dimension()
                    try stream.readObject { name in
                        switch name {
                        case "unit": dimension.unit = try stream.readOptionalString() ?? ""
                        case "pricePerUnit":
                            // Checked here, where the stream knows the line: the importer
                            // that turns terms into rows no longer does.
                            let at = try stream.valueLocation()
                            dimension.pricePerUnit = try stream.readStringMap()
                            if let usd = dimension.pricePerUnit["USD"], PriceListImporter.trimmedDecimal(usd) == nil {
                                throw CatalogError.offerRefused(at, "rate \(rate) has price '\(usd)' in USD, not a plain decimal")
                            }
                        case "beginRange":
                            let at = try stream.valueLocation()
                            dimension.beginRange = try stream.readOptionalString()
                            if let begin = dimension.beginRange, Double(begin).map({ $0.isFinite && $0 >= 0 }) != true {
                                throw CatalogError.offerRefused(at, "rate \(rate) has beginRange '\(begin)', not a number from 0")
                            }
                        case "description": dimension.description = try stream.readOptionalString()
                        default: try stream.skipValue()
                        }
                    }
                    term.priceDimensions[rate] = dimension
                }
            default: try stream.skipValue()
            }
        }
        return term
    }
}
