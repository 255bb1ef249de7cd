extension PriceListImporter {
    /// Which catalog key an offer-file product has, or nil when edxplan does not price it.
    struct ProductMapper {
        let offerCode: String
        let regionsByLocation: [String: String]

        /// Every attribute `key(family:attributes:)` reads: the reader builds no others.
        static let attributesRead: Set<String> = [
            "locationType", "regionCode", "location", "operatingSystem", "tenancy", "preInstalledSw", "capacitystatus",
            "instanceType", "volumeApiName", "databaseEngine", "deploymentOption", "cacheEngine", "usagetype",
        ]

        func key(family: String?, attributes: [String: String]?) -> PriceKey? {
            guard let a = attributes, let region = region(of: a), let family else { return nil }
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
            // Usage types carry a region prefix outside us-east-1 (`EUW1-StorageUsage`); the
            // filters are infracost's (internal/resources/aws/docdb_cluster_instance.go, docdb_cluster.go).
            case ("AmazonDocDB", "Database Storage") where usage(a, is: "StorageUsage"):
                return PriceKey(service: "docdb", region: region, productFamily: "storage", engine: "docdb")
            case ("AmazonDocDB", "System Operation") where usage(a, is: "StorageIOUsage"):
                return PriceKey(service: "docdb", region: region, productFamily: "io", engine: "docdb")
            case ("AmazonDocDB", "Storage Snapshot") where usage(a, is: "BackupUsage"):
                return PriceKey(service: "docdb", region: region, productFamily: "backup", engine: "docdb")
            // infracost internal/resources/aws/eks_cluster.go: `AmazonEKS-Hours:perCluster`; a
            // version in extended support bills `AmazonEKS-Hours:extendedSupport` instead.
            case ("AmazonEKS", "Compute") where usage(a, is: "AmazonEKS-Hours:perCluster"):
                return PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: "standard")
            case ("AmazonEKS", "Compute") where usage(a, is: "AmazonEKS-Hours:extendedSupport"):
                return PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: "extended")
            default:
                return nil
            }
        }

        /// `usagetype` is `name`, or `name` after a region prefix (`EUW1-name`).
        private func usage(_ a: [String: String], is name: String) -> Bool {
            guard let usage = a["usagetype"] else { return false }
            return usage == name || usage.hasSuffix("-" + name)
        }

        /// Local Zones, Wavelength and Outposts have their own products and prices; only
        /// regions are catalog regions.
        private func region(of a: [String: String]) -> String? {
            if let type = a["locationType"], type != "AWS Region" { return nil }
            if let code = a["regionCode"], !code.isEmpty { return code }
            return a["location"].flatMap { regionsByLocation[$0] }
        }
    }
}
