import Catalog
import Diagnostics
import Scenario

/// Checks a scenario against the catalog: every instance type must exist and have a price in
/// the environment's region, so a typo stops at its line with "did you mean" instead of
/// surfacing as a missing price later; Kubernetes and MySQL versions must be on the catalog's
/// support calendar (VersionCheck).
public enum ScenarioValidator {
    public static func validate(_ scenario: Scenario, catalog: Catalog) throws {
        for environment in [scenario.shared].compactMap({ $0 }) + scenario.environments {
            try VersionCheck.check(environment, catalog: catalog)
            for reference in references(environment) {
                try check(reference, region: environment.region, catalog: catalog)
            }
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

    static func check(_ reference: Reference, region: String, catalog: Catalog) throws {
        do {
            _ = try catalog.instanceType(service: reference.service, type: reference.type)
        } catch CatalogError.unknownInstanceType(let service, let type, let suggestions) {
            throw ScenarioError.unknownInstanceType(reference.location, service: serviceName(service), type: type,
                                                    suggestions: suggestions)
        }
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
