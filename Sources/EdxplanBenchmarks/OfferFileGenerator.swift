import Foundation

/// Writes an EC2 regional offer file in AWS's Price List format and layout (header, then
/// `products`, then `terms` with OnDemand and Reserved, pretty-printed with AWS's indentation)
/// of at least `bytes` bytes (2% more at most), streaming to disk. As in AWS's us-east-1 EC2 file, most products are
/// variants the catalog does not price (other operating systems, tenancies, pre-installed
/// software, capacity reservations): one product in 216 is the plain Linux instance.
enum OfferFileGenerator {
    static let systems = ["Linux", "Windows", "RHEL", "SUSE", "Ubuntu Pro", "Red Hat Enterprise Linux with HA"]
    static let tenancies = ["Shared", "Dedicated", "Host"]
    static let software = ["NA", "SQL Std", "SQL Web", "SQL Ent"]
    static let capacity = ["Used", "UnusedCapacityReservation", "AllocatedCapacityReservation"]
    static let families = ["m5", "m6i", "m7i", "c5", "c6i", "r5", "r6i", "t3", "t3a", "m5a", "c5a", "r5a"]
    static let sizes = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"]

    /// Writes the file and returns its size in bytes.
    static func write(to url: URL, bytes target: Int) throws -> Int {
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer = ""
        var written = 0
        func emit(_ text: String) throws {
            buffer += text
            if buffer.utf8.count > 1 << 20 { try flush() }
        }
        func flush() throws {
            let data = Data(buffer.utf8)
            try handle.write(contentsOf: data)
            written += data.count
            buffer = ""
        }
        try emit("""
        {
          "formatVersion" : "v1.0",
          "disclaimer" : "This pricing list is for informational purposes only. All prices are subject to the additional terms included in the pricing pages on http://aws.amazon.com. All Free Tier prices are also subject to the terms included at https://aws.amazon.com/free/",
          "offerCode" : "AmazonEC2",
          "version" : "20261201000000",
          "publicationDate" : "2026-12-01T00:00:00Z",
          "products" : {
        """)
        // The bytes one instance type takes (its products, on-demand terms and reservations,
        // measured on the first type), with 2% over for longer type names: the file is at least
        // `target` bytes.
        let perType = (0..<variantsPerType).reduce(0) { total, variant in
            total + product(type: 0, variant: variant).utf8.count + onDemand(sku(0, variant), price: price(0, variant)).utf8.count + 4
        } + 3 * (reserved(sku(0, 0), price: price(0, 0)).utf8.count + 2)
        let types = max(1, target / perType * 102 / 100 + 1)
        var first = true
        for index in 0..<types {
            for variant in 0..<variantsPerType {
                try emit((first ? "\n" : ",\n") + product(type: index, variant: variant))
                first = false
            }
        }
        try emit("\n  },\n  \"terms\" : {\n    \"OnDemand\" : {")
        first = true
        for index in 0..<types {
            for variant in 0..<variantsPerType {
                try emit((first ? "\n" : ",\n") + onDemand(sku(index, variant), price: price(index, variant)))
                first = false
            }
        }
        try emit("\n    },\n    \"Reserved\" : {")
        first = true
        // AWS lists reservations for the Linux, Windows and RHEL shared variants only.
        for index in 0..<types {
            for variant in 0..<variantsPerType where variant % (tenancies.count * software.count * capacity.count) == 0
                && variant / (tenancies.count * software.count * capacity.count) < 3 {
                try emit((first ? "\n" : ",\n") + reserved(sku(index, variant), price: price(index, variant)))
                first = false
            }
        }
        try emit("\n    }\n  }\n}\n")
        try flush()
        return written
    }

    static var variantsPerType: Int { systems.count * tenancies.count * software.count * capacity.count }

    /// Sixteen upper-case letters and digits, as AWS's SKUs are.
    static func sku(_ type: Int, _ variant: Int) -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var value = UInt64(type) &* 1_000_003 &+ UInt64(variant) &* 7_919 &+ 0x9E37_79B9
        var text = ""
        for _ in 0..<16 {
            value = value &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(alphabet[Int(value >> 59)])
        }
        return text
    }

    static func typeName(_ index: Int) -> String {
        let family = families[index % families.count], size = sizes[(index / families.count) % sizes.count]
        let generation = index / (families.count * sizes.count)
        return generation == 0 ? "\(family).\(size)" : "\(family)g\(generation).\(size)"
    }

    static func price(_ type: Int, _ variant: Int) -> String {
        String(format: "%.10f", 0.0416 * Double(1 << ((type / families.count) % sizes.count)) * (1 + Double(variant % 7) / 10))
    }

    static func product(type index: Int, variant: Int) -> String {
        let system = systems[variant / (tenancies.count * software.count * capacity.count)]
        let tenancy = tenancies[(variant / (software.count * capacity.count)) % tenancies.count]
        let installed = software[(variant / capacity.count) % software.count]
        let status = capacity[variant % capacity.count]
        let type = typeName(index)
        let code = sku(index, variant)
        return """
            "\(code)" : {
              "sku" : "\(code)",
              "productFamily" : "Compute Instance",
              "attributes" : {
                "servicecode" : "AmazonEC2",
                "location" : "US East (N. Virginia)",
                "locationType" : "AWS Region",
                "instanceType" : "\(type)",
                "currentGeneration" : "Yes",
                "instanceFamily" : "General purpose",
                "vcpu" : "\(2 << (index / families.count % sizes.count))",
                "physicalProcessor" : "Intel Xeon Platinum 8175",
                "clockSpeed" : "3.1 GHz",
                "memory" : "\(8 << (index / families.count % sizes.count)) GiB",
                "storage" : "EBS only",
                "networkPerformance" : "Up to 10 Gigabit",
                "processorArchitecture" : "64-bit",
                "tenancy" : "\(tenancy)",
                "operatingSystem" : "\(system)",
                "licenseModel" : "No License required",
                "usagetype" : "BoxUsage:\(type)",
                "operation" : "RunInstances",
                "availabilityzone" : "NA",
                "capacitystatus" : "\(status)",
                "classicnetworkingsupport" : "false",
                "dedicatedEbsThroughput" : "Up to 4750 Mbps",
                "ecu" : "10",
                "enhancedNetworkingSupported" : "Yes",
                "gpuMemory" : "NA",
                "intelAvxAvailable" : "Yes",
                "intelAvx2Available" : "Yes",
                "intelTurboAvailable" : "Yes",
                "marketoption" : "OnDemand",
                "normalizationSizeFactor" : "4",
                "preInstalledSw" : "\(installed)",
                "processorFeatures" : "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo",
                "regionCode" : "us-east-1",
                "servicename" : "Amazon Elastic Compute Cloud",
                "vpcnetworkingsupport" : "true"
              }
            }
        """
    }

    static func onDemand(_ sku: String, price: String) -> String {
        """
              "\(sku)" : {
                "\(sku).JRTCKXETXF" : {
                  "offerTermCode" : "JRTCKXETXF",
                  "sku" : "\(sku)",
                  "effectiveDate" : "2026-12-01T00:00:00Z",
                  "priceDimensions" : {
                    "\(sku).JRTCKXETXF.6YS6EN2CT7" : {
                      "rateCode" : "\(sku).JRTCKXETXF.6YS6EN2CT7",
                      "description" : "$\(price.prefix(6)) per On Demand Linux instance Hour",
                      "beginRange" : "0",
                      "endRange" : "Inf",
                      "unit" : "Hrs",
                      "pricePerUnit" : {
                        "USD" : "\(price)"
                      },
                      "appliesTo" : [ ]
                    }
                  },
                  "termAttributes" : { }
                }
              }
        """
    }

    /// Twelve reservations per SKU (1 and 3 years; standard and convertible; no, partial and
    /// all upfront), as AWS lists them; the catalog keeps the two standard no-upfront ones.
    static func reserved(_ sku: String, price: String) -> String {
        var terms: [String] = []
        var number = 0
        for length in ["1yr", "3yr"] {
            for offering in ["standard", "convertible"] {
                for option in ["No Upfront", "Partial Upfront", "All Upfront"] {
                    number += 1
                    let code = "RES\(number)TERM" + String(repeating: "X", count: 2)
                    let hourly = option == "All Upfront" ? "0.0000000000" : price
                    terms.append("""
                            "\(sku).\(code)" : {
                              "offerTermCode" : "\(code)",
                              "sku" : "\(sku)",
                              "effectiveDate" : "2026-12-01T00:00:00Z",
                              "priceDimensions" : {
                                "\(sku).\(code).6YS6EN2CT7" : {
                                  "rateCode" : "\(sku).\(code).6YS6EN2CT7",
                                  "description" : "Linux/UNIX (Amazon VPC), reserved instance applied",
                                  "beginRange" : "0",
                                  "endRange" : "Inf",
                                  "unit" : "Hrs",
                                  "pricePerUnit" : {
                                    "USD" : "\(hourly)"
                                  },
                                  "appliesTo" : [ ]
                                }
                              },
                              "termAttributes" : {
                                "LeaseContractLength" : "\(length)",
                                "OfferingClass" : "\(offering)",
                                "PurchaseOption" : "\(option)"
                              }
                            }
                    """)
                }
            }
        }
        return "      \"\(sku)\" : {\n" + terms.joined(separator: ",\n") + "\n      }"
    }
}
