import Catalog
import Foundation
import Testing

struct InstanceTypesImporterTests {
    static func rows() throws -> [InstanceType] {
        let url = try #require(Bundle.module.url(forResource: "InstanceTypesImporterTests-describe", withExtension: "json",
                                                 subdirectory: "Fixtures"))
        return try InstanceTypesImporter.rows(from: try Data(contentsOf: url), file: "describe.json", asOf: "2026-11-25")
    }

    @Test func t3LargeHasItsSizeENIsAndMaxPods() throws {
        let rows = try Self.rows()
        #expect(rows.map(\.type) == ["m6g.large", "t3.large"])
        let t3 = try #require(rows.first { $0.type == "t3.large" })
        #expect(t3 == InstanceType(service: "ec2", type: "t3.large", vcpu: 2, memoryGib: 8, burstable: true,
                                   baselinePct: nil, creditsPerHour: nil, architecture: "x86_64", maxEnis: 3,
                                   ipv4PerEni: 12, source: "aws ec2 describe-instance-types (describe.json)",
                                   asOf: "2026-11-25"))
        // 3 ENIs x (12 - 1) + 2, as in aws/amazon-vpc-cni-k8s eni-max-pods.txt.
        #expect(t3.eksMaxPods == 35)
    }

    @Test func m6gLargeIsArm64AndNotBurstable() throws {
        let m6g = try #require(try Self.rows().first { $0.type == "m6g.large" })
        #expect(m6g.architecture == "arm64")
        #expect(m6g.burstable == false)
        #expect(m6g.memoryGib == 8)
        #expect(m6g.eksMaxPods == 29)
    }

    @Test func outputWithoutInstanceTypesFails() {
        for json in ["{\"NextToken\": \"abc\"}", "{\"InstanceTypes\": [{\"InstanceType\": \"t3.large\"}]}", "not json"] {
            let error = #expect(throws: CatalogError.self) {
                try InstanceTypesImporter.rows(from: Data(json.utf8), file: "describe.json", asOf: "2026-11-25")
            }
            guard case .importFailed(let file, _) = error else {
                Issue.record("expected importFailed for \(json), got \(String(describing: error))")
                continue
            }
            #expect(file == "describe.json")
        }
    }
}
