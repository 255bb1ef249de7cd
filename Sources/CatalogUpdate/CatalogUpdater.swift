import Diagnostics
import Catalog
import Foundation

/// `edxplan catalog update`: reads AWS's offer index, each wanted service's region index and
/// each wanted region's offer file, converts every offer (streaming), and only then applies
/// all of them at once to a copy of the catalog in use, renamed over the target. A failure
/// anywhere before the rename changes nothing.
public enum CatalogUpdater {
    public struct Request: Sendable {
        /// Offer codes (`AmazonEC2`); empty means every one edxplan reads.
        public var services: [String]
        /// Region codes; empty means every region of the catalog.
        public var regions: [String]

        public init(services: [String] = [], regions: [String] = []) {
            self.services = services
            self.regions = regions
        }
    }

    public struct Report: Sendable {
        /// One line per offer file read: `AmazonEC2 us-east-1: 812 rows, published 2026-11-20T19:32:04Z`.
        public var read: [String] = []
        /// Offers skipped and why (not offered in a region, older than the catalog's).
        public var notes: [String] = []
        public var changes = CatalogChanges()
        /// False when every offer was skipped: the target was not written.
        public var wrote = false
    }

    public static func run(_ request: Request, fetcher: PriceListFetcher, base: URL, target: URL,
                           progress: DownloadProgress? = nil) throws -> Report {
        let catalog = try CatalogStore.read(base)
        let supported = PriceListImporter.supportedOffers
        for service in request.services where !supported.contains(service) {
            throw UpdateError.unsupportedService(service, supported: supported)
        }
        let known = catalog.regions.keys.sorted()
        for region in request.regions where !known.contains(region) { throw UpdateError.unknownRegion(region, known: known) }
        let services = request.services.isEmpty ? supported : request.services
        let regions = request.regions.isEmpty ? known : request.regions
        let regionsByLocation = Dictionary(catalog.regions.values.map { ($0.location, $0.code) }, uniquingKeysWith: { a, _ in a })
        let applied = try CatalogPatch.appliedPublications(in: base)

        var report = Report()
        var updates: [OfferRows] = []
        let index = try fetcher.fetch(PriceListIndex.offerIndexPath, label: "offer index", progress: progress)
        defer { discard(index) }
        let offers = try PriceListIndex.offers(in: index.file, name: index.name)
        let globalFiles = try PriceListIndex.globalOffers(in: index.file, name: index.name)
        for service in services {
            // CloudFront and Route 53 have one file for the world: read when asked for by name,
            // or when no region narrows the update.
            if PriceListImporter.globalOffers.contains(service) {
                guard request.regions.isEmpty || request.services.contains(service) else { continue }
                guard let path = globalFiles[service] else { throw UpdateError.noOffer(service, index: index.name) }
                if let rows = try read(service, region: "global", path: path, fetcher: fetcher, applied: applied,
                                       regionsByLocation: regionsByLocation, progress: progress, report: &report) {
                    updates.append(rows)
                }
                continue
            }
            guard let regionIndexPath = offers[service] else { throw UpdateError.noOffer(service, index: index.name) }
            let regionIndex = try fetcher.fetch(regionIndexPath, label: "\(service) regions", progress: progress)
            let offerFiles = try PriceListIndex.regions(in: regionIndex.file, name: regionIndex.name)
            discard(regionIndex)
            let unpublished = regions.filter { offerFiles[$0] == nil }
            if !unpublished.isEmpty {
                report.notes.append("\(service): AWS publishes no offer for " + unpublished.joined(separator: ", "))
            }
            for region in regions {
                guard let path = offerFiles[region] else { continue }
                if let rows = try read(service, region: region, path: path, fetcher: fetcher, applied: applied,
                                       regionsByLocation: regionsByLocation, progress: progress, report: &report) {
                    updates.append(rows)
                }
            }
        }
        guard !updates.isEmpty else { return report }
        report.changes = try CatalogPatch.apply(updates, base: base, to: target)
        report.wrote = true
        return report
    }

    /// Downloads and converts one offer file; nil when it is older than what the catalog has.
    private static func read(_ service: String, region: String, path: String, fetcher: PriceListFetcher,
                             applied: [String: String], regionsByLocation: [String: String], progress: DownloadProgress?,
                             report: inout Report) throws -> OfferRows? {
        let label = "\(service) \(region)"
        let offer = try fetcher.fetch(path, label: label, progress: progress)
        defer { discard(offer) }
        let conversion = try PriceListImporter.convert(
            contentsOf: offer.file, file: offer.name, label: label, regionsByLocation: regionsByLocation, asOf: "")
        let published = conversion.publicationDate
        // A mirror serving the wrong file, or an offer with nothing edxplan prices, would
        // otherwise move the catalog's as-of date while changing no price.
        let at = SourceLocation(file: offer.name, line: 1, column: 1)
        guard conversion.offerCode == service else {
            throw CatalogError.offerRefused(at, "\(label): the file is the offer of \(conversion.offerCode.isEmpty ? "no service (no offerCode)" : conversion.offerCode), not of \(service)")
        }
        if let previous = applied["\(service)/\(region)"], published < previous {
            report.notes.append("\(label): the offer published \(published) is older than the one the catalog has "
                + "(\(previous)); kept the catalog's prices")
            return nil
        }
        // Rows of another region in a regional file would be a mirror serving the wrong file.
        let rows = conversion.rows.filter { $0.region == region }
        guard !rows.isEmpty else {
            throw CatalogError.offerRefused(at, "\(label): the offer holds no product edxplan prices in \(region) (\(conversion.skippedProducts) products, none of them a price the catalog keeps)")
        }
        report.read.append("\(label): \(rows.count) rows, published \(published)")
        return OfferRows(offerCode: service, region: region, publicationDate: published, rows: rows)
    }

    private static func discard(_ fetched: FetchedFile) {
        if fetched.isTemporary { try? FileManager.default.removeItem(at: fetched.file) }
    }
}
