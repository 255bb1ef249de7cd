import Catalog
@testable import Cost
import Foundation
import Scenario
import Testing

/// The shipped catalog prices the 13 regions from published price files. The expected figures
/// here were read from those files (costwatch 1.0.4's prices.json.gz, the ec2instances.info
/// ElastiCache scrape of 2025-04-24, AWS's NAT gateway pricing-page data), not from the catalog.
@Suite struct RegionalPricesTests {
    struct Sample {
        let region: String
        let t3Large: String, m4Large: String, rdsT3MediumMultiAZ: String, rdsR4Large: String
        let cacheT3Small: String, cacheM4Large: String, natHour: String
    }

    static let samples = [
        Sample(region: "us-east-1", t3Large: "0.0832", m4Large: "0.1", rdsT3MediumMultiAZ: "0.136", rdsR4Large: "0.24",
               cacheT3Small: "0.034", cacheM4Large: "0.156", natHour: "0.045"),
        Sample(region: "us-east-2", t3Large: "0.0832", m4Large: "0.1", rdsT3MediumMultiAZ: "0.136", rdsR4Large: "0.24",
               cacheT3Small: "0.034", cacheM4Large: "0.156", natHour: "0.045"),
        Sample(region: "us-west-1", t3Large: "0.0992", m4Large: "0.117", rdsT3MediumMultiAZ: "0.176", rdsR4Large: "0.265",
               cacheT3Small: "0.044", cacheM4Large: "0.182", natHour: "0.048"),
        Sample(region: "us-west-2", t3Large: "0.0832", m4Large: "0.1", rdsT3MediumMultiAZ: "0.136", rdsR4Large: "0.24",
               cacheT3Small: "0.034", cacheM4Large: "0.156", natHour: "0.045"),
        Sample(region: "ca-central-1", t3Large: "0.0928", m4Large: "0.111", rdsT3MediumMultiAZ: "0.148", rdsR4Large: "0.26",
               cacheT3Small: "0.037", cacheM4Large: "0.172", natHour: "0.05"),
        Sample(region: "eu-west-1", t3Large: "0.0912", m4Large: "0.111", rdsT3MediumMultiAZ: "0.144", rdsR4Large: "0.265",
               cacheT3Small: "0.036", cacheM4Large: "0.172", natHour: "0.048"),
        Sample(region: "eu-west-2", t3Large: "0.0944", m4Large: "0.116", rdsT3MediumMultiAZ: "0.152", rdsR4Large: "0.28",
               cacheT3Small: "0.038", cacheM4Large: "0.18", natHour: "0.05"),
        Sample(region: "eu-central-1", t3Large: "0.096", m4Large: "0.12", rdsT3MediumMultiAZ: "0.16", rdsR4Large: "0.29",
               cacheT3Small: "0.038", cacheM4Large: "0.186", natHour: "0.052"),
        Sample(region: "ap-south-1", t3Large: "0.0896", m4Large: "0.105", rdsT3MediumMultiAZ: "0.196", rdsR4Large: "0.27",
               cacheT3Small: "0.043", cacheM4Large: "0.22", natHour: "0.056"),
        Sample(region: "ap-southeast-1", t3Large: "0.1056", m4Large: "0.125", rdsT3MediumMultiAZ: "0.208", rdsR4Large: "0.285",
               cacheT3Small: "0.05", cacheM4Large: "0.231", natHour: "0.059"),
        Sample(region: "ap-southeast-2", t3Large: "0.1056", m4Large: "0.125", rdsT3MediumMultiAZ: "0.208", rdsR4Large: "0.285",
               cacheT3Small: "0.05", cacheM4Large: "0.218", natHour: "0.059"),
        Sample(region: "ap-northeast-1", t3Large: "0.1088", m4Large: "0.129", rdsT3MediumMultiAZ: "0.208", rdsR4Large: "0.285",
               cacheT3Small: "0.052", cacheM4Large: "0.226", natHour: "0.062"),
        Sample(region: "sa-east-1", t3Large: "0.1344", m4Large: "0.159", rdsT3MediumMultiAZ: "0.28", rdsR4Large: "0.5",
               cacheT3Small: "0.064", cacheM4Large: "0.223", natHour: "0.093"),
    ]

    @Test(arguments: samples.map(\.region))
    func listPricesOfEachRegion(region: String) throws {
        let sample = try #require(Self.samples.first { $0.region == region })
        let catalog = try TestCatalog.load()
        func price(_ key: PriceKey) throws -> Decimal { try TestCatalog.price(catalog, key) }
        #expect(try price(PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: "t3.large",
                                   operatingSystem: "linux")) == Decimal(string: sample.t3Large))
        #expect(try price(PriceKey(service: "ec2", region: region, productFamily: "compute", instanceType: "m4.large",
                                   operatingSystem: "linux")) == Decimal(string: sample.m4Large))
        #expect(try price(PriceKey(service: "rds", region: region, productFamily: "compute", instanceType: "db.t3.medium",
                                   engine: "mysql", deployment: "multi-az")) == Decimal(string: sample.rdsT3MediumMultiAZ))
        #expect(try price(PriceKey(service: "rds", region: region, productFamily: "compute", instanceType: "db.r4.large",
                                   engine: "mysql", deployment: "single-az")) == Decimal(string: sample.rdsR4Large))
        #expect(try price(PriceKey(service: "elasticache", region: region, productFamily: "compute", instanceType: "cache.t3.small",
                                   engine: "redis")) == Decimal(string: sample.cacheT3Small))
        #expect(try price(PriceKey(service: "elasticache", region: region, productFamily: "compute", instanceType: "cache.m4.large",
                                   engine: "redis")) == Decimal(string: sample.cacheM4Large))
        #expect(try price(PriceKey(service: "vpc", region: region, productFamily: "nat_gateway", usageType: "hours"))
                == Decimal(string: sample.natHour))
        // EKS: $0.10 a cluster-hour everywhere; extended support adds $0.50 (AWS's pricing-page data).
        #expect(try price(PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: "standard")) == 0.1)
        #expect(try price(PriceKey(service: "eks", region: region, productFamily: "control_plane", usageType: "extended")) == 0.6)
    }

    /// Components that had no published source outside us-east-1 until the regional sources below: RDS CPU
    /// credits, Classic load balancer data, RDS Extended Support, ECR storage and DocumentDB. Nothing else may be
    /// unpriced in the 13 regions (EC2 CPU credits are priced in all of them), and nothing at all in us-east-1.
    static let knownGaps: Set<String> = ["rds/cpu_credits", "elb/data_processed", "rds/extended_support", "ecr/storage",
                                         "docdb/compute", "docdb/storage", "docdb/io", "docdb/backup"]

    /// The regions where a published source fills one of those gaps (docs/catalog.md), keyed by
    /// `service/product_family`: there the scenario has no such component unpriced. All of them, but
    /// DocumentDB in us-west-1, where AWS does not offer it.
    static let filledGaps: [String: Set<String>] = Dictionary(uniqueKeysWithValues: knownGaps.map { gap in
        (gap, Set(samples.map(\.region)).subtracting(gap.hasPrefix("docdb/") ? ["us-west-1"] : []))
    })

    /// The figures of the sources that fill them, read from those sources (an infracost golden's
    /// monthly cost over its quantity; a page's quoted rate), not from the catalog.
    @Test func gapsFilledByAPublishedRegionalSource() throws {
        let catalog = try TestCatalog.load()
        func price(_ key: PriceKey) throws -> Decimal { try TestCatalog.price(catalog, key) }
        // infracost's docdb goldens, provider us-east-2: $56.94 and $1,617.68 for 730 h, $100.00 for 1,000 GB,
        // $2.00 for 10M I/O, $210.00 for 10,000 GB of backup, $0.90 for 10 vCPU-hours.
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "compute", instanceType: "db.t3.medium",
                                   engine: "docdb")) == Decimal(string: "56.94")! / 730)
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "compute", instanceType: "db.r5.4xlarge",
                                   engine: "docdb")) == Decimal(string: "1617.68")! / 730)
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "storage", engine: "docdb")) == 100 / 1000)
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "io", engine: "docdb")) == 2 / 10)
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "backup", engine: "docdb")) == 210 / 10000)
        #expect(try price(PriceKey(service: "docdb", region: "us-east-2", productFamily: "cpu_credits", usageType: "db.t3"))
                == Decimal(string: "0.90")! / 10)
        // A dated page quoting AWS's eu-central-1 rates (tecRacer, 2023-08-04): storage "$0,119 per GB-month", I/O "$0,22
        // per 1 million requests", backup "$0,023 per GB-month"; its instances come from AWS's pricing data ("0.0920000000").
        #expect(try price(PriceKey(service: "docdb", region: "eu-central-1", productFamily: "storage", engine: "docdb"))
                == Decimal(string: "0.119"))
        #expect(try price(PriceKey(service: "docdb", region: "eu-central-1", productFamily: "io", engine: "docdb"))
                == Decimal(string: "0.22"))
        #expect(try price(PriceKey(service: "docdb", region: "eu-central-1", productFamily: "backup", engine: "docdb"))
                == Decimal(string: "0.023"))
        #expect(try price(PriceKey(service: "docdb", region: "eu-central-1", productFamily: "compute", instanceType: "db.t3.medium",
                                   engine: "docdb")) == Decimal(string: "0.092"))
        // infracost's Elastic Beanstalk golden, provider eu-west-1: Classic load balancer data, $80.00 for 10,000 GB.
        #expect(try price(PriceKey(service: "elb", region: "eu-west-1", productFamily: "data_processed", usageType: "classic"))
                == 80 / 10000)
        // AWS's EC2 pricing page: T2 and T3 $0.05, T4g $0.04 a vCPU-hour, "the same ... across all regions".
        for sample in Self.samples {
            for (family, rate) in [("t2", "0.05"), ("t3", "0.05"), ("t4g", "0.04")] {
                #expect(try price(PriceKey(service: "ec2", region: sample.region, productFamily: "cpu_credits", usageType: family))
                        == Decimal(string: rate), "\(sample.region) \(family)")
            }
        }
        // T3a, which that statement does not name: only eu-central-1's dated page ("0.05 $ per hour and vCPU").
        #expect(try price(PriceKey(service: "ec2", region: "eu-central-1", productFamily: "cpu_credits", usageType: "t3a"))
                == Decimal(string: "0.05"))
        // A published AWS bill of May 2025: ECR "$0.10 per GB-month of data storage" in Singapore and Oregon.
        for region in ["ap-southeast-1", "us-west-2"] {
            #expect(try price(PriceKey(service: "ecr", region: region, productFamily: "storage")) == Decimal(string: "0.10"))
        }
        // A tool's record of AWS's Price List API (2026-05-11): USE2-TimedStorage-ByteHrs "$0.10 per GB-month";
        // the calculator estimate recorded beside it bills 10 GB at $1.00.
        #expect(try price(PriceKey(service: "ecr", region: "us-east-2", productFamily: "storage")) == Decimal(1) / 10)
        try newerSourcesGiveTheirOwnFigures(price)
        // No source is stretched to a region or a family it does not name, nor to a region without the service.
        #expect(throws: (any Error).self) {
            try price(PriceKey(service: "docdb", region: "us-west-1", productFamily: "storage", engine: "docdb"))
        }
        #expect(throws: (any Error).self) {
            try price(PriceKey(service: "ec2", region: "eu-west-1", productFamily: "cpu_credits", usageType: "t3a"))
        }
        #expect(throws: (any Error).self) {   // AWS's pricing data has no such class
            try price(PriceKey(service: "docdb", region: "eu-west-1", productFamily: "compute", instanceType: "db.t3.large", engine: "docdb"))
        }
    }

    /// Classic load balancer data, ECR, RDS Extended Support and DocumentDB as the sources give them.
    func newerSourcesGiveTheirOwnFigures(_ price: (PriceKey) throws -> Decimal) throws {
        // AWS's ELB pricing data file: perGBProcessed "0.008", "0.011" in sa-east-1; the us-east-2 Price List item
        // "$0.008 per GB Data Processed by the LoadBalancer"; eu-west-2's infracost output "$0.0084 per GB".
        let elb: [String: String] = ["us-east-2": "0.008", "us-west-1": "0.008", "us-west-2": "0.008", "eu-central-1": "0.008",
                                     "ap-south-1": "0.008", "ap-southeast-1": "0.008", "ap-southeast-2": "0.008",
                                     "ap-northeast-1": "0.008", "sa-east-1": "0.011", "eu-west-2": "0.0084"]
        for (region, rate) in elb {
            #expect(try price(PriceKey(service: "elb", region: region, productFamily: "data_processed", usageType: "classic"))
                    == Decimal(string: rate), "\(region)")
        }
        // The Price List API table of 2026-09-21: ecr_gb_month 0.1 in every region.
        for sample in Self.samples {
            #expect(try price(PriceKey(service: "ecr", region: sample.region, productFamily: "storage")) == Decimal(string: "0.1"))
        }
        // Years 1-2 and 3: AWS Labs' table of AWS's rates (2026-09-16); the FOCUS billing sample's ListUnitPrice 0.1,
        // 0.112, 0.12 and Tokyo's "0.120 USD" give the same years 1-2 figures.
        let extended: [String: (String, String)] = [
            "us-east-2": ("0.1", "0.2"), "us-west-1": ("0.112", "0.224"), "us-west-2": ("0.1", "0.2"), "ca-central-1": ("0.108", "0.216"),
            "eu-west-1": ("0.112", "0.224"), "eu-west-2": ("0.118", "0.235"), "eu-central-1": ("0.122", "0.244"),
            "ap-south-1": ("0.114", "0.228"), "ap-southeast-1": ("0.12", "0.24"), "ap-southeast-2": ("0.12", "0.24"),
            "ap-northeast-1": ("0.12", "0.24"), "sa-east-1": ("0.21", "0.419"),
        ]
        for (region, (years12, year3)) in extended {
            #expect(try price(PriceKey(service: "rds", region: region, productFamily: "extended_support", engine: "mysql",
                                       usageType: "year1-2")) == Decimal(string: years12), "\(region)")
            #expect(try price(PriceKey(service: "rds", region: region, productFamily: "extended_support", engine: "mysql",
                                       usageType: "year3")) == Decimal(string: year3), "\(region)")
        }
        // AWS's DocumentDB pricing-page data (2025-11-25): db.t3.medium, storage, I/O ("0.0000002200" an IO), backup and
        // CPU credits as the file gives them; Tokyo's page ("$0.12", "$0.24") and London's infracost output ($237.25 for
        // 730 h of db.r5.large) give the same.
        let docdb: [String: [String]] = [   // db.t3.medium, storage, I/O per million, backup
            "ca-central-1": ["0.086", "0.11", "0.22", "0.023"], "eu-west-1": ["0.084", "0.11", "0.22", "0.021"],
            "eu-west-2": ["0.089", "0.116", "0.232", "0.022"], "ap-northeast-1": ["0.119", "0.12", "0.24", "0.023"],
            "sa-east-1": ["0.16", "0.19", "0.28", "0.037"], "us-west-2": ["0.078", "0.1", "0.2", "0.021"],
        ]
        for (region, rates) in docdb {
            let keys = [PriceKey(service: "docdb", region: region, productFamily: "compute", instanceType: "db.t3.medium", engine: "docdb"),
                        PriceKey(service: "docdb", region: region, productFamily: "storage", engine: "docdb"),
                        PriceKey(service: "docdb", region: region, productFamily: "io", engine: "docdb"),
                        PriceKey(service: "docdb", region: region, productFamily: "backup", engine: "docdb")]
            for (key, rate) in zip(keys, rates) { #expect(try price(key) == Decimal(string: rate), "\(key)") }
            #expect(try price(PriceKey(service: "docdb", region: region, productFamily: "cpu_credits", usageType: "db.t3")) == Decimal(string: "0.09"))
        }
        #expect(try price(PriceKey(service: "docdb", region: "eu-west-2", productFamily: "compute", instanceType: "db.r5.large",
                                   engine: "docdb")) == Decimal(string: "237.25")! / 730)
        #expect(try price(PriceKey(service: "docdb", region: "ap-northeast-1", productFamily: "compute", instanceType: "db.r6g.large",
                                   engine: "docdb")) == Decimal(string: "0.3173"))
        // AWS's RDS pricing-page data (2025-12-05): every T3/T4g credit entry "0.0750000000" in every region; its ELB data
        // (2025-11-03): Canada (Central) "Classic Load Balancer Data" "0.0088000000".
        for sample in Self.samples {
            for family in ["db.t3", "db.t4g"] {
                #expect(try price(PriceKey(service: "rds", region: sample.region, productFamily: "cpu_credits", usageType: family))
                        == Decimal(string: "0.075"), "\(sample.region) \(family)")
            }
        }
        #expect(try price(PriceKey(service: "elb", region: "ca-central-1", productFamily: "data_processed", usageType: "classic"))
                == Decimal(string: "0.0088"))
    }

    @Test(arguments: samples.map(\.region))
    func multiEnvironmentIsPricedInEachRegion(region: String) throws {
        let catalog = try TestCatalog.load()
        var scenario = try TestCatalog.scenario("multi-environment.yaml")
        scenario = try Self.moved(scenario, to: region)
        let document = try CostEngine.price(scenario, catalog: catalog)
        let gaps = Set(document.unpriced.map { "\($0.priceKey.service)/\($0.priceKey.productFamily)" })
        if region == "us-east-1" { #expect(document.unpriced.isEmpty) }
        #expect(gaps.isSubset(of: Self.knownGaps), "unexpected unpriced components: \(gaps.subtracting(Self.knownGaps))")
        let filled = Set(Self.filledGaps.filter { $0.value.contains(region) }.keys)
        #expect(gaps.isDisjoint(with: filled), "priced by a regional source, yet unpriced: \(gaps.intersection(filled))")
        // What is priced is priced in the scenario's region, and the totals leave the unpriced out.
        let components = document.environments.flatMap(\.services).flatMap(\.resources).flatMap(\.components)
        #expect(components.allSatisfy { $0.unpricedReason == nil && ["global", region].contains($0.priceKey.region) })
        #expect(document.monthlyTotal > .zero)
    }

    @Test func documentDBIsNotOfferedInNorthernCalifornia() throws {
        let catalog = try TestCatalog.load()
        let scenario = try Self.moved(try TestCatalog.scenario("multi-environment.yaml"), to: "us-west-1")
        let document = try CostEngine.price(scenario, catalog: catalog)
        let docdb = document.unpriced.filter { $0.priceKey.service == "docdb" }
        #expect(docdb.count == 4)
        #expect(docdb.allSatisfy { $0.reason.contains("AWS does not offer Amazon DocumentDB in us-west-1") })
        // In a region that offers it but has no published price in the catalog, the reason says so.
        let ireland = try CostEngine.price(try Self.moved(try TestCatalog.scenario("multi-environment.yaml"), to: "eu-west-1"),
                                           catalog: catalog)
        #expect(ireland.unpriced.filter { $0.priceKey.service == "docdb" }.allSatisfy { $0.reason.contains("no published price") })
    }

    @Test func regionOutsideTheCatalogStillPricesWhatItCan() throws {
        let catalog = try TestCatalog.load()
        let scenario = try Self.moved(try TestCatalog.scenario("multi-environment.yaml"), to: "eu-north-1")
        let document = try CostEngine.price(scenario, catalog: catalog)
        #expect(!document.unpriced.isEmpty)
        #expect(document.unpriced.contains { $0.priceKey.service == "ec2" && $0.priceKey.productFamily == "compute" })
        // CloudFront and Route 53 are global: still priced, and they are all the total holds.
        let services = Set(document.environments.flatMap(\.services).map(\.service))
        #expect(services.isSubset(of: ["CloudFront", "Route 53"]))
        #expect(document.monthlyTotal > .zero)
    }

    static func moved(_ scenario: Scenario, to region: String) throws -> Scenario {
        let text = try String(contentsOf: TestCatalog.repository.appendingPathComponent("Scenarios/multi-environment.yaml"),
                              encoding: .utf8)
        let moved = text.replacingOccurrences(of: "aws_region: us-east-1", with: "aws_region: \(region)")
        precondition(moved != text || region == "us-east-1")
        return try ScenarioLoader.load(text: moved, file: "multi-environment-\(region).yaml")
    }
}
