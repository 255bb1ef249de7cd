/// What identifies a price in the catalog (Catalog/KEYS.md): the service, region, product
/// family and the product attributes, with `""` for the attributes a price does not use.
public struct PriceKey: Hashable, Sendable, CustomStringConvertible {
    public var service: String
    public var region: String
    public var productFamily: String
    public var instanceType: String
    public var engine: String
    public var deployment: String
    public var operatingSystem: String
    public var usageType: String
    public var term: String

    public init(service: String, region: String, productFamily: String, instanceType: String = "",
                engine: String = "", deployment: String = "", operatingSystem: String = "",
                usageType: String = "", term: String = "on-demand") {
        self.service = service
        self.region = region
        self.productFamily = productFamily
        self.instanceType = instanceType
        self.engine = engine
        self.deployment = deployment
        self.operatingSystem = operatingSystem
        self.usageType = usageType
        self.term = term
    }

    /// `rds/compute us-east-1 db.t2.small mysql single-az on-demand`: the key as the
    /// output shows it, so every priced component can be traced to its row.
    public var description: String {
        ([service + "/" + productFamily, region] +
            [instanceType, engine, deployment, operatingSystem, usageType, term].filter { !$0.isEmpty })
            .joined(separator: " ")
    }
}
