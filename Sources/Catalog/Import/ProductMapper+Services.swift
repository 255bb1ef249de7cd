extension PriceListImporter.ProductMapper {
    typealias Mapping = PriceListImporter.Mapping

    /// Regional services around the instances: S3, VPC, ELB, CloudWatch Logs, Secrets Manager,
    /// AWS Backup, ECR.
    func services(_ family: String, _ a: [String: String], _ region: String) -> Mapping? {
        func key(_ service: String, _ family: String, _ usageType: String = "") -> PriceKey {
            PriceKey(service: service, region: region, productFamily: family, usageType: usageType)
        }
        switch (offerCode, family) {
        // s3_standard_storage_class.go: usagetype TimedStorage-ByteHrs, volumeType Standard;
        // tiers begin at 0, 51,200 and 512,000 GB.
        case ("AmazonS3", "Storage") where usage(a, is: "TimedStorage-ByteHrs") && a["volumeType"] == "Standard":
            return Mapping(key: key("s3", "storage", "standard"), unit: "GB-month")
        case ("AmazonS3", "API Request") where usage(a, is: "Requests-Tier1"):
            return Mapping(key: key("s3", "requests", "tier1"), unit: "1K requests", scale: 3)
        case ("AmazonS3", "API Request") where usage(a, is: "Requests-Tier2"):
            return Mapping(key: key("s3", "requests", "tier2"), unit: "1K requests", scale: 3)
        // Public IPv4 addresses are billed under AmazonVPC since 2024-02-01, with no productFamily.
        case ("AmazonVPC", _) where usage(a, is: "PublicIPv4:InUseAddress"):
            return Mapping(key: key("vpc", "public_ipv4", "in-use"), unit: "hour")
        case ("AmazonVPC", _) where usage(a, is: "PublicIPv4:IdleAddress"):
            return Mapping(key: key("vpc", "public_ipv4", "idle"), unit: "hour")
        // elb.go and lb.go.
        case ("AWSELB", "Load Balancer") where usage(a, is: "LoadBalancerUsage"):
            return Mapping(key: key("elb", "load_balancer", "classic"), unit: "hour")
        case ("AWSELB", "Load Balancer") where usage(a, is: "DataProcessing-Bytes"):
            return Mapping(key: key("elb", "data_processed", "classic"), unit: "GB")
        case ("AWSELB", "Load Balancer-Application") where usage(a, is: "LoadBalancerUsage"):
            return Mapping(key: key("elb", "load_balancer", "application"), unit: "hour")
        case ("AWSELB", "Load Balancer-Application") where usage(a, is: "LCUUsage"):
            return Mapping(key: key("elb", "lcu", "application"), unit: "LCU-hour")
        case ("AWSELB", "Load Balancer-Network") where usage(a, is: "LoadBalancerUsage"):
            return Mapping(key: key("elb", "load_balancer", "network"), unit: "hour")
        case ("AWSELB", "Load Balancer-Network") where usage(a, is: "LCUUsage"):
            return Mapping(key: key("elb", "lcu", "network"), unit: "LCU-hour")
        // cloudwatch_log_group.go: standard-class ingestion and archived storage.
        case ("AmazonCloudWatch", "Data Payload") where usage(a, is: "DataProcessing-Bytes"):
            return Mapping(key: key("cloudwatch", "logs_ingest"), unit: "GB")
        case ("AmazonCloudWatch", "Storage Snapshot") where usage(a, is: "TimedStorage-ByteHrs"):
            return Mapping(key: key("cloudwatch", "logs_storage"), unit: "GB-month")
        // secretsmanager_secret.go: a secret-month, and API calls quoted per 10,000.
        case ("AWSSecretsManager", "Secret"):
            return Mapping(key: key("secretsmanager", "secret"), unit: "month")
        case ("AWSSecretsManager", "API Request"):
            return Mapping(key: key("secretsmanager", "requests"), unit: "10K requests", scale: 4)
        // Warm storage of S3 recovery points: `<prefix>-WarmStorage-ByteHrs-S3`; cross-region
        // copies and logically air-gapped vaults (`-LAGV`) are other usage types.
        case ("AWSBackup", "AWS Backup Storage") where usage(a, is: "WarmStorage-ByteHrs-S3"):
            return Mapping(key: key("backup", "storage", "s3-warm"), unit: "GB-month")
        // ecr_repository.go.
        case ("AmazonECR", "EC2 Container Registry") where usage(a, is: "TimedStorage-ByteHrs"):
            return Mapping(key: key("ecr", "storage"), unit: "GB-month")
        default:
            return nil
        }
    }

    /// AWSDataTransfer: from a region to the internet (tiered by GB a month), and between the
    /// region's zones (`DataTransfer-Regional-Bytes`, each direction). data_transfer.go.
    func dataTransfer(_ family: String, _ a: [String: String]) -> Mapping? {
        guard family == "Data Transfer",
              let region = a["fromRegionCode"].flatMap({ $0.isEmpty ? nil : $0 }) ?? a["fromLocation"].flatMap({ regionsByLocation[$0] })
        else { return nil }
        let key = { PriceKey(service: "data_transfer", region: region, productFamily: "data_transfer", usageType: $0) }
        switch a["transferType"] {
        case "AWS Outbound" where a["toLocation"] == "External": return Mapping(key: key("internet-out"), unit: "GB")
        case "IntraRegion" where usage(a, is: "DataTransfer-Regional-Bytes"): return Mapping(key: key("inter-az"), unit: "GB")
        default: return nil
        }
    }

    /// CloudFront and Route 53 are priced once for the world (region `global`), from the offer's
    /// single `current/index.json`. CloudFront prices by edge-location group (`fromLocation` for
    /// data out, `location` for requests: cloudfront_distribution.go); Route 53 by hosted zone
    /// (tiers at 0 and 25 zones) and by query (quoted per million; tiers at 0 and 1,000 million).
    func global(_ family: String, _ a: [String: String]) -> Mapping? {
        let groups = ["United States": "us", "Europe": "europe", "South Africa": "south-africa",
                      "South America": "south-america", "Japan": "japan", "Australia": "australia",
                      "Asia Pacific": "asia-pacific", "India": "india"]
        func key(_ service: String, _ family: String, _ usageType: String = "") -> PriceKey {
            PriceKey(service: service, region: "global", productFamily: family, usageType: usageType)
        }
        switch (offerCode, family) {
        case ("AmazonCloudFront", "Data Transfer") where a["transferType"] == "CloudFront Outbound":
            guard let group = a["fromLocation"].flatMap({ groups[$0] }) else { return nil }
            return Mapping(key: key("cloudfront", "data_transfer", group), unit: "GB")
        case ("AmazonCloudFront", "Request"):
            let kinds = ["CloudFront-Request-HTTPS-Proxy": "https", "CloudFront-Request-HTTP-Proxy": "http"]
            guard let group = a["location"].flatMap({ groups[$0] }), let kind = a["requestType"].flatMap({ kinds[$0] })
            else { return nil }
            return Mapping(key: key("cloudfront", "requests", kind + "-" + group), unit: "10K requests", scale: 4)
        case ("AmazonRoute53", "DNS Zone") where a["usagetype"] == "HostedZone":
            return Mapping(key: key("route53", "hosted_zone"), unit: "month")
        case ("AmazonRoute53", "DNS Query") where a["usagetype"] == "DNS-Queries":
            return Mapping(key: key("route53", "queries", "standard"), unit: "1M queries", scale: 6)
        default:
            return nil
        }
    }
}
