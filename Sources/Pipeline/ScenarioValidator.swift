import Catalog
import Diagnostics
import Scenario
import Sizing

/// Checks a scenario against the catalog: every instance type must exist (and, for the commands
/// that compare prices, have one in the environment's region), so a typo stops at its line with
/// "did you mean" instead of surfacing as a missing price later; Kubernetes and MySQL versions
/// must be on the catalog's support calendar (VersionCheck).
public enum ScenarioValidator {
    /// `requirePrices` refuses a type with no price in its region (the capacity search and
    /// rehearsals compare prices); `cost` and the others list such components as unpriced instead.
    public static func validate(_ scenario: Scenario, catalog: Catalog, requirePrices: Bool = false) throws {
        for environment in [scenario.shared].compactMap({ $0 }) + scenario.environments {
            try VersionCheck.check(environment, catalog: catalog)
            try checkLoadKeys(environment)
            for reference in references(environment) {
                try check(reference, region: environment.region, catalog: catalog, requirePrices: requirePrices)
            }
        }
    }

    /// A `load:` key that is neither the profile's nor a capacity-planning assumption is a typo
    /// (`learners:` for `registered_learners:`), whichever command reads the scenario.
    static func checkLoadKeys(_ environment: Environment) throws {
        let known = SizingAssumptions.scenarioKeys
        for key in environment.load.other.keys.sorted() where !known.contains(key) {
            let location = environment.load.otherLocations[key] ?? environment.location
            throw ScenarioError.unknownKey(location, key: key,
                                           allowed: LoadProfile.profileKeys + known)
        }
    }

    struct Reference {
        let service: String
        let type: String
        let engine: String
        let deployment: String
        let location: SourceLocation
    }

    static func references(_ environment: Environment) -> [Reference] {
        var list: [Reference] = []
        if environment.has(.kubernetes) {
            list += environment.kubernetes.nodeGroups.map {
                Reference(service: "ec2", type: $0.instanceType, engine: "", deployment: "", location: $0.location)
            }
        }
        if environment.has(.ec2Bastion) {
            list.append(Reference(service: "ec2", type: environment.bastion.instanceType, engine: "", deployment: "",
                                  location: environment.bastion.location))
        }
        if environment.has(.mysql) {
            list.append(Reference(service: "rds", type: environment.mysql.instanceClass, engine: "mysql",
                                  deployment: environment.mysql.multiAZ ? "multi-az" : "single-az", location: environment.mysql.location))
        }
        if environment.has(.mongodb) {
            list.append(Reference(service: "docdb", type: environment.mongodb.instanceClass, engine: "docdb", deployment: "",
                                  location: environment.mongodb.location))
        }
        if environment.has(.redis) {
            list.append(Reference(service: "elasticache", type: environment.redis.nodeType, engine: "redis", deployment: "",
                                  location: environment.redis.location))
        }
        return list
    }

    static func check(_ reference: Reference, region: String, catalog: Catalog, requirePrices: Bool) throws {
        do {
            _ = try catalog.instanceType(service: reference.service, type: reference.type)
        } catch CatalogError.unknownInstanceType(let service, let type, let suggestions) {
            throw ScenarioError.unknownInstanceType(reference.location, service: serviceName(service), type: type,
                                                    suggestions: suggestions)
        }
        guard requirePrices else { return }
        let key = PriceKey(service: reference.service, region: region, productFamily: "compute", instanceType: reference.type,
                           engine: reference.engine, deployment: reference.deployment,
                           operatingSystem: reference.service == "ec2" ? "linux" : "")
        guard catalog.prices[key] != nil else {
            let regions = Set(catalog.prices.keys.filter { $0.service == reference.service && $0.instanceType == reference.type }
                .map(\.region)).sorted()
            throw ScenarioError.inconsistent(reference.location, problem:
                "the catalog has no \(serviceName(reference.service)) price for \(reference.type) in \(region)"
                + (regions.isEmpty ? "" : " (it has one in \(regions.joined(separator: ", ")))")
                + "; add it with `edxplan catalog import aws-price-list` or choose another type")
        }
    }

    static func serviceName(_ service: String) -> String {
        ["ec2": "EC2", "rds": "RDS", "docdb": "DocumentDB", "elasticache": "ElastiCache"][service] ?? service
    }
}
