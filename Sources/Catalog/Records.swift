import GRDB

// One record per catalog table, as GRDB recommends. Column names are the SQL ones.

/// A row of `prices`: one list price, in the unit AWS quotes it.
public struct PriceRow: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    public static let databaseTableName = "prices"
    public var id: Int64?
    public var service: String
    public var region: String
    public var productFamily: String
    public var instanceType: String
    public var engine: String
    public var deployment: String
    public var operatingSystem: String
    public var usageType: String
    public var term: String
    public var tierStart: Double
    public var unit: String
    public var usdPerUnit: String
    public var description: String
    public var source: String
    public var asOf: String

    enum CodingKeys: String, CodingKey {
        case id, service, region, unit, description, source, engine, deployment, term
        case productFamily = "product_family", instanceType = "instance_type"
        case operatingSystem = "operating_system", usageType = "usage_type"
        case tierStart = "tier_start", usdPerUnit = "usd_per_unit", asOf = "as_of"
    }

    public init(key: PriceKey, tierStart: Double = 0, unit: String, usdPerUnit: String,
                description: String = "", source: String, asOf: String) {
        self.id = nil
        self.service = key.service
        self.region = key.region
        self.productFamily = key.productFamily
        self.instanceType = key.instanceType
        self.engine = key.engine
        self.deployment = key.deployment
        self.operatingSystem = key.operatingSystem
        self.usageType = key.usageType
        self.term = key.term
        self.tierStart = tierStart
        self.unit = unit
        self.usdPerUnit = usdPerUnit
        self.description = description
        self.source = source
        self.asOf = asOf
    }

    public var key: PriceKey {
        PriceKey(service: service, region: region, productFamily: productFamily, instanceType: instanceType,
                 engine: engine, deployment: deployment, operatingSystem: operatingSystem,
                 usageType: usageType, term: term)
    }
}

/// A row of `instance_types`.
public struct InstanceType: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    public static let databaseTableName = "instance_types"
    public var service: String
    public var type: String
    public var vcpu: Int
    public var memoryGib: Double
    public var burstable: Bool
    public var baselinePct: Double?
    public var creditsPerHour: Double?
    public var architecture: String
    public var maxEnis: Int?
    public var ipv4PerEni: Int?
    public var source: String
    public var asOf: String

    enum CodingKeys: String, CodingKey {
        case service, type, vcpu, burstable, architecture, source
        case memoryGib = "memory_gib", baselinePct = "baseline_pct", creditsPerHour = "credits_per_hour"
        case maxEnis = "max_enis", ipv4PerEni = "ipv4_per_eni", asOf = "as_of"
    }

    public init(service: String, type: String, vcpu: Int, memoryGib: Double, burstable: Bool,
                baselinePct: Double? = nil, creditsPerHour: Double? = nil, architecture: String,
                maxEnis: Int? = nil, ipv4PerEni: Int? = nil, source: String, asOf: String) {
        self.service = service
        self.type = type
        self.vcpu = vcpu
        self.memoryGib = memoryGib
        self.burstable = burstable
        self.baselinePct = baselinePct
        self.creditsPerHour = creditsPerHour
        self.architecture = architecture
        self.maxEnis = maxEnis
        self.ipv4PerEni = ipv4PerEni
        self.source = source
        self.asOf = asOf
    }

    /// EKS max pods with the VPC CNI in secondary-IP mode: ENIs x (IPv4 per ENI - 1) + 2
    /// (awslabs/amazon-eks-ami `calculateStandardMaxPods`).
    public var eksMaxPods: Int? {
        guard let maxEnis, let ipv4PerEni else { return nil }
        return maxEnis * (ipv4PerEni - 1) + 2
    }
}

/// A row of `regions`.
public struct Region: Codable, FetchableRecord, TableRecord, Hashable, Sendable {
    public static let databaseTableName = "regions"
    public var code: String
    public var location: String
    public var source: String
}

/// A row of `free_allowances`.
public struct FreeAllowance: Codable, FetchableRecord, TableRecord, Hashable, Sendable {
    public static let databaseTableName = "free_allowances"
    public var service: String
    public var productFamily: String
    public var usageType: String
    public var quantity: Double
    public var unit: String
    public var description: String
    public var source: String
    public var asOf: String

    enum CodingKeys: String, CodingKey {
        case service, quantity, unit, description, source
        case productFamily = "product_family", usageType = "usage_type", asOf = "as_of"
    }
}

/// A row of `resource_durations` (minutes).
public struct ResourceDuration: Codable, FetchableRecord, TableRecord, Hashable, Sendable {
    public static let databaseTableName = "resource_durations"
    public var resourceType: String
    public var createTypical: Double, createMax: Double
    public var updateTypical: Double, updateMax: Double
    public var deleteTypical: Double, deleteMax: Double
    public var source: String

    enum CodingKeys: String, CodingKey {
        case source
        case resourceType = "resource_type"
        case createTypical = "create_typical", createMax = "create_max"
        case updateTypical = "update_typical", updateMax = "update_max"
        case deleteTypical = "delete_typical", deleteMax = "delete_max"
    }
}

/// A row of `service_quotas`.
public struct ServiceQuota: Codable, FetchableRecord, TableRecord, Hashable, Sendable {
    public static let databaseTableName = "service_quotas"
    public var code: String
    public var service: String
    public var name: String
    public var defaultValue: Int
    public var scope: String
    public var adjustable: Bool
    public var source: String

    enum CodingKeys: String, CodingKey {
        case code, service, name, scope, adjustable, source
        case defaultValue = "default_value"
    }
}

/// A row of `version_support`: when a version leaves standard support (and so starts
/// costing extended-support prices).
public struct VersionSupport: Codable, FetchableRecord, TableRecord, Hashable, Sendable {
    public static let databaseTableName = "version_support"
    public var service: String
    public var engine: String
    public var version: String
    public var standardSupportEnd: String
    public var extendedYear3Start: String?
    public var extendedSupportEnd: String?
    public var source: String
    /// RDS: the one minor still created once the major left standard support (`5.7.44`).
    public var lastMinor: String?

    enum CodingKeys: String, CodingKey {
        case service, engine, version, source
        case standardSupportEnd = "standard_support_end", extendedYear3Start = "extended_year3_start"
        case extendedSupportEnd = "extended_support_end", lastMinor = "last_minor"
    }

    public init(service: String, engine: String = "", version: String, standardSupportEnd: String,
                extendedYear3Start: String? = nil, extendedSupportEnd: String? = nil, source: String, lastMinor: String? = nil) {
        self.service = service
        self.engine = engine
        self.version = version
        self.standardSupportEnd = standardSupportEnd
        self.extendedYear3Start = extendedYear3Start
        self.extendedSupportEnd = extendedSupportEnd
        self.source = source
        self.lastMinor = lastMinor
    }
}

/// A row of `service_unavailable`: a service AWS does not offer in a region, with what AWS
/// answers a create there.
public struct ServiceUnavailable: Codable, FetchableRecord, PersistableRecord, Hashable, Sendable {
    public static let databaseTableName = "service_unavailable"
    public var service: String
    public var region: String
    public var error: String
    public var source: String

    public init(service: String, region: String, error: String, source: String) {
        self.service = service
        self.region = region
        self.error = error
        self.source = source
    }
}
