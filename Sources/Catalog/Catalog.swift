import Diagnostics
import Foundation

/// The whole catalog, read once into memory: about a thousand rows, so every lookup after
/// opening is a dictionary access and pricing a hundred environments stays fast.
public struct Catalog: Sendable {
    /// Tiers of each price, cheapest tier start first.
    public let prices: [PriceKey: [PriceRow]]
    /// Instance types by service (`ec2`, `rds`, `docdb`, `elasticache`) and type name.
    public let instanceTypes: [String: [String: InstanceType]]
    public let regions: [String: Region]
    public let allowances: [FreeAllowance]
    public let durations: [String: ResourceDuration]
    public let quotas: [String: ServiceQuota]
    public let meta: [String: String]
    /// Support calendars by service and engine (`eks`, `rds/mysql`), newest version last.
    public let versionSupport: [VersionSupport]
    /// Services AWS does not offer in a region, by `service/region`.
    public let unavailable: [String: ServiceUnavailable]
    /// Types AWS lists as previous generation, as `service/type`.
    public let previousGeneration: Set<String>

    public init(prices: [PriceRow], instanceTypes: [InstanceType], regions: [Region] = [],
                allowances: [FreeAllowance] = [], durations: [ResourceDuration] = [],
                quotas: [ServiceQuota] = [], meta: [String: String] = [:], versionSupport: [VersionSupport] = [],
                unavailable: [ServiceUnavailable] = [], previousGeneration: Set<String> = []) {
        self.prices = Dictionary(grouping: prices, by: \.key).mapValues { $0.sorted { $0.tierStart < $1.tierStart } }
        self.instanceTypes = Dictionary(grouping: instanceTypes, by: \.service)
            .mapValues { Dictionary($0.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first }) }
        self.regions = Dictionary(regions.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.allowances = allowances
        self.durations = Dictionary(durations.map { ($0.resourceType, $0) }, uniquingKeysWith: { first, _ in first })
        self.quotas = Dictionary(quotas.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.meta = meta
        self.versionSupport = versionSupport
        self.previousGeneration = previousGeneration
        self.unavailable = Dictionary(unavailable.map { ("\($0.service)/\($0.region)", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// True for a type AWS lists as previous generation (priced, never proposed for new capacity).
    public func isPreviousGeneration(service: String, type: String) -> Bool {
        previousGeneration.contains("\(service)/\(type)")
    }

    /// Why `service` cannot be used in `region`, when AWS does not offer it there.
    public func unavailability(service: String, region: String) -> ServiceUnavailable? {
        unavailable["\(service)/\(region)"]
    }

    /// The support calendar of a version: `1.22` for EKS, `5.7.33` matches MySQL `5.7`.
    public func support(service: String, engine: String = "", version: String) -> VersionSupport? {
        versionSupport
            .filter { $0.service == service && $0.engine == engine }
            .first { version == $0.version || version.hasPrefix($0.version + ".") }
    }

    /// The date the catalog's prices were read, from `catalog_meta`.
    public var asOf: String { meta["as_of"] ?? "unknown" }

    /// The first-tier price of `key`.
    public func price(_ key: PriceKey) throws -> PriceRow {
        guard let first = prices[key]?.first else { throw CatalogError.missingPrice(key.description) }
        return first
    }

    /// Every tier of `key`, ordered by where the tier starts; empty when there is none.
    public func tiers(_ key: PriceKey) -> [PriceRow] { prices[key] ?? [] }

    public func instanceType(service: String, type: String) throws -> InstanceType {
        if let found = instanceTypes[service]?[type] { return found }
        throw CatalogError.unknownInstanceType(
            service: service, type: type,
            suggestions: Self.closest(type, in: instanceTypeNames(service: service)))
    }

    public func instanceTypeNames(service: String) -> [String] {
        (instanceTypes[service]?.keys).map { $0.sorted() } ?? []
    }

    /// The monthly allowance AWS gives before billing `service/family/usageType`, if any.
    public func allowance(service: String, productFamily: String, usageType: String = "") -> FreeAllowance? {
        allowances.first { $0.service == service && $0.productFamily == productFamily && $0.usageType == usageType }
    }

    /// Every distinct source the prices cite, sorted.
    public var priceSources: [String] {
        Set(prices.values.joined().map(\.source)).sorted()
    }

    public var priceRowCount: Int { prices.values.reduce(0) { $0 + $1.count } }

    private static func closest(_ word: String, in names: [String]) -> [String] {
        // Instance names differ from typos mostly in the size suffix: compare whole names,
        // and offer the family's sizes when the family is right but the size is not.
        let family = word.split(separator: ".").dropLast().joined(separator: ".")
        let sameFamily = names.filter { !family.isEmpty && $0.hasPrefix(family + ".") }
        let near = Suggestions.closest(to: word, in: names)
        return near.isEmpty ? Array(sameFamily.prefix(3)) : near
    }
}
