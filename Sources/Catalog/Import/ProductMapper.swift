extension PriceListImporter {
    /// What one offer-file product becomes in the catalog: its key, the unit the catalog quotes
    /// it in, and how many of AWS's units make one of the catalog's (`scale` is a power of ten:
    /// AWS prices S3 requests each, the catalog per 1,000, so 3).
    struct Mapping: Equatable {
        var key: PriceKey
        var unit: String
        var scale = 0
    }

    /// Which catalog key an offer-file product has, or nil when edxplan does not price it. The
    /// attribute filters are those of infracost's AWS resources (internal/resources/aws/*.go),
    /// which query the same Price List products, unless a comment says otherwise.
    struct ProductMapper {
        let offerCode: String
        let regionsByLocation: [String: String]

        /// Every attribute the mapper reads: the reader builds no others.
        static let attributesRead: Set<String> = [
            "locationType", "regionCode", "location", "operatingSystem", "tenancy", "preInstalledSw", "capacitystatus",
            "instanceType", "volumeApiName", "databaseEngine", "deploymentOption", "cacheEngine", "usagetype",
            "transferType", "fromLocation", "fromRegionCode", "toLocation", "requestType", "volumeType", "storageClass",
        ]

        func mapping(family: String?, attributes: [String: String]?) -> Mapping? {
            guard let a = attributes else { return nil }
            // AmazonVPC's public IPv4 products have no productFamily at all.
            let family = family ?? ""
            switch offerCode {
            case "AmazonCloudFront", "AmazonRoute53": return global(family, a)
            case "AWSDataTransfer": return dataTransfer(family, a)
            default:
                guard let region = region(of: a) else { return nil }
                return compute(family, a, region) ?? services(family, a, region)
            }
        }

        /// Instances, their storage and their credits: EC2, RDS, ElastiCache, DocumentDB, EKS.
        private func compute(_ family: String, _ a: [String: String], _ region: String) -> Mapping? {
            func hourly(_ key: PriceKey) -> Mapping { Mapping(key: key, unit: "hour") }
            // RDS Extended Support, whatever the family (AWS's products of it have none, Aurora's
            // are "Database Instance"): `ExtendedSupport:Yr1-Yr2:MySQL5.7`, `ExtendedSupport:Yr3:MySQL8.0`
            // (Cost Explorer line items; attribute extendedSupportPricingYear), per vCPU-hour and the
            // same in a region for every major version, so the versions' SKUs give one catalog row.
            if offerCode == "AmazonRDS", a["databaseEngine"] == "MySQL" {
                for (year, name) in [("Yr1-Yr2", "year1-2"), ("Yr3", "year3")] {
                    guard let version = usageSuffix(a, after: "ExtendedSupport:\(year):MySQL"), !version.isEmpty else { continue }
                    return Mapping(key: PriceKey(service: "rds", region: region, productFamily: "extended_support",
                                                 engine: "mysql", usageType: name), unit: "vCPU-hour")
                }
            }
            switch (offerCode, family) {
            case ("AmazonEC2", "Compute Instance"):
                // The plain on-demand Linux box: not Windows/RHEL, not dedicated, no SQL Server
                // image, and not the reserved-capacity variants priced as separate products.
                guard a["operatingSystem"] == "Linux", a["tenancy"] == "Shared", a["preInstalledSw"] == "NA",
                      a["capacitystatus"] == "Used", let type = a["instanceType"] else { return nil }
                return hourly(PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: type,
                                       operatingSystem: "linux"))
            case ("AmazonEC2", "Storage"):
                guard let volume = a["volumeApiName"], ["gp2", "gp3", "io1", "st1", "sc1"].contains(volume) else { return nil }
                return Mapping(key: PriceKey(service: "ebs", region: region, productFamily: "storage", usageType: volume),
                               unit: "GB-month")
            case ("AmazonEC2", "CPU Credits"):
                // instance.go: operatingSystem Linux, usagetype `CPUCredits:<family>`.
                guard a["operatingSystem"] == "Linux", let family = usageSuffix(a, after: "CPUCredits:"),
                      ["t2", "t3", "t3a", "t4g"].contains(family) else { return nil }
                return Mapping(key: PriceKey(service: "ec2", region: region, productFamily: "cpu_credits", usageType: family),
                               unit: "vCPU-hour")
            case ("AmazonEC2", "NAT Gateway") where usage(a, is: "NatGateway-Hours"):
                return hourly(PriceKey(service: "vpc", region: region, productFamily: "nat_gateway", usageType: "hours"))
            case ("AmazonEC2", "NAT Gateway") where usage(a, is: "NatGateway-Bytes"):
                return Mapping(key: PriceKey(service: "vpc", region: region, productFamily: "nat_gateway",
                                             usageType: "data_processed"), unit: "GB")
            case ("AmazonRDS", "Database Instance"):
                // "Multi-AZ (readable standbys)" is a cluster deployment, not the catalog's multi-az.
                let deployments = ["Single-AZ": "single-az", "Multi-AZ": "multi-az"]
                guard a["databaseEngine"] == "MySQL", let deployment = deployments[a["deploymentOption"] ?? ""],
                      let type = a["instanceType"] else { return nil }
                return hourly(PriceKey(service: "rds", region: region, productFamily: "compute", instanceType: type,
                                       engine: "mysql", deployment: deployment))
            case ("AmazonRDS", "CPU Credits") where a["databaseEngine"] == "MySQL":
                // db_instance.go: databaseEngine, usagetype `CPUCredits:<class family>`.
                guard let family = usageSuffix(a, after: "CPUCredits:"), ["db.t3", "db.t4g"].contains(family) else { return nil }
                return Mapping(key: PriceKey(service: "rds", region: region, productFamily: "cpu_credits", usageType: family),
                               unit: "vCPU-hour")
            case ("AmazonElastiCache", "Cache Instance"):
                guard a["cacheEngine"] == "Redis", let type = a["instanceType"] else { return nil }
                return hourly(PriceKey(service: "elasticache", region: region, productFamily: "compute", instanceType: type,
                                       engine: "redis"))
            case ("AmazonDocDB", "Database Instance"):
                // The catalog prices the Standard storage configuration; I/O-Optimized instances
                // carry "IOOptimized" in their usage type.
                guard let type = a["instanceType"], !(a["usagetype"] ?? "").contains("IOOptimized") else { return nil }
                return hourly(PriceKey(service: "docdb", region: region, productFamily: "compute", instanceType: type,
                                       engine: "docdb"))
            // docdb_cluster_instance.go, docdb_cluster.go.
            case ("AmazonDocDB", "Database Storage") where usage(a, is: "StorageUsage"):
                return Mapping(key: PriceKey(service: "docdb", region: region, productFamily: "storage", engine: "docdb"),
                               unit: "GB-month")
            case ("AmazonDocDB", "System Operation") where usage(a, is: "StorageIOUsage"):
                // AWS prices I/O per request; the catalog per million, as the pricing pages quote it.
                return Mapping(key: PriceKey(service: "docdb", region: region, productFamily: "io", engine: "docdb"),
                               unit: "1M requests", scale: 6)
            case ("AmazonDocDB", "Storage Snapshot") where usage(a, is: "BackupUsage"):
                return Mapping(key: PriceKey(service: "docdb", region: region, productFamily: "backup", engine: "docdb"),
                               unit: "GB-month")
            // `<prefix>-AmazonEKS-Hours:perCluster`, and for a version in extended support
            // `<prefix>-AmazonEKS-Hours:extendedSupport` (operation ExtendedSupport), $0.50 billed
            // on top of the cluster hour: AWS bills both (Cost Explorer line items of real accounts,
            // e.g. USE1-AmazonEKS-Hours:extendedSupport $0.50/h beside USE1-AmazonEKS-Hours:perCluster
            // $0.10/h). The catalog's `extended` row is the sum, made by `EKSExtendedSupport`.
            case ("AmazonEKS", "Compute") where usage(a, is: "AmazonEKS-Hours:perCluster"):
                return hourly(PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: "standard"))
            case ("AmazonEKS", "Compute") where usage(a, is: "AmazonEKS-Hours:extendedSupport"):
                return hourly(PriceKey(service: "eks", region: region, productFamily: "control_plane",
                                       usageType: EKSExtendedSupport.surcharge))
            default:
                return nil
            }
        }

        /// `usagetype` is `name`, or `name` after one region prefix (`EUW1-name`, `EU-name`):
        /// variants such as `EU-TS-LoadBalancerUsage` (Trusted Signer) or cross-region copies carry
        /// a second prefix and are other products.
        func usage(_ a: [String: String], is name: String) -> Bool {
            guard let usage = a["usagetype"] else { return false }
            guard usage != name else { return true }
            guard usage.hasSuffix("-" + name) else { return false }
            let prefix = usage.dropLast(name.count + 1)
            return !prefix.isEmpty && prefix.allSatisfy { ($0.isUppercase || $0.isNumber) && $0.isASCII }
        }

        /// What follows `marker` in a usage type of the `name` or `PREFIX-name` form.
        func usageSuffix(_ a: [String: String], after marker: String) -> String? {
            guard let usage = a["usagetype"], let range = usage.range(of: marker) else { return nil }
            let suffix = String(usage[range.upperBound...])
            return self.usage(a, is: marker + suffix) ? suffix : nil
        }

        /// Local Zones, Wavelength and Outposts have their own products and prices; only
        /// regions are catalog regions.
        func region(of a: [String: String]) -> String? {
            if let type = a["locationType"], type != "AWS Region" { return nil }
            if let code = a["regionCode"], !code.isEmpty { return code }
            return a["location"].flatMap { regionsByLocation[$0] }
        }
    }
}
