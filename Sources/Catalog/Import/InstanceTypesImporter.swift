import Foundation

/// Reads the output of `aws ec2 describe-instance-types --output json` into EC2 instance-type
/// rows: the API is the authority for vCPUs, memory and the ENI limits EKS max pods come from.
public enum InstanceTypesImporter {
    public static func rows(from data: Data, file: String, asOf: String) throws -> [InstanceType] {
        let output: Output
        do { output = try JSONDecoder().decode(Output.self, from: data) } catch {
            throw CatalogError.importFailed(
                file: file, detail: "not `aws ec2 describe-instance-types --output json` output (\(ImportSQL.describe(error)))")
        }
        guard let described = output.InstanceTypes else {
            throw CatalogError.importFailed(file: file, detail: "the file has no `InstanceTypes` list")
        }
        let source = "aws ec2 describe-instance-types (\(file))"
        var rows: [String: InstanceType] = [:]
        for entry in described {
            guard let name = entry.InstanceType, let vcpu = entry.VCpuInfo?.DefaultVCpus,
                  let mebibytes = entry.MemoryInfo?.SizeInMiB else {
                throw CatalogError.importFailed(
                    file: file, detail: "an entry \(entry.InstanceType.map { "(\($0)) " } ?? "")lacks InstanceType, "
                        + "VCpuInfo.DefaultVCpus or MemoryInfo.SizeInMiB")
            }
            guard vcpu > 0, mebibytes > 0 else {
                throw CatalogError.importFailed(file: file, detail: "\(name) has \(vcpu) vCPUs and \(mebibytes) MiB")
            }
            // Mac instances report `x86_64_mac` / `arm64_mac`; they are not node or bastion
            // candidates and the schema only knows the two plain architectures.
            guard let architecture = architecture(entry.ProcessorInfo?.SupportedArchitectures ?? []) else { continue }
            if rows[name] != nil {
                throw CatalogError.importFailed(file: file, detail: "\(name) is listed twice")
            }
            rows[name] = InstanceType(
                service: "ec2", type: name, vcpu: vcpu, memoryGib: Double(mebibytes) / 1024,
                burstable: entry.BurstablePerformanceSupported ?? false,
                // The API gives neither the baseline nor the credit rate of burstable types.
                baselinePct: nil, creditsPerHour: nil, architecture: architecture,
                maxEnis: entry.NetworkInfo?.MaximumNetworkInterfaces,
                ipv4PerEni: entry.NetworkInfo?.Ipv4AddressesPerInterface,
                source: source, asOf: asOf)
        }
        return rows.keys.sorted().compactMap { rows[$0] }
    }

    /// `arm64` wins when a type lists both (none do today); `i386` alone never occurs without
    /// `x86_64`, so anything else is a type the catalog does not describe.
    static func architecture(_ supported: [String]) -> String? {
        if supported.contains("arm64") { return "arm64" }
        if supported.contains("x86_64") { return "x86_64" }
        return nil
    }

    // The fields of the DescribeInstanceTypes response the catalog uses, in the API's spelling.
    struct Output: Decodable {
        let InstanceTypes: [Entry]?
    }

    struct Entry: Decodable {
        let InstanceType: String?
        let VCpuInfo: VCpuInfo?
        let MemoryInfo: MemoryInfo?
        let BurstablePerformanceSupported: Bool?
        let ProcessorInfo: ProcessorInfo?
        let NetworkInfo: NetworkInfo?
    }

    struct VCpuInfo: Decodable { let DefaultVCpus: Int? }
    struct MemoryInfo: Decodable { let SizeInMiB: Int? }
    struct ProcessorInfo: Decodable { let SupportedArchitectures: [String]? }
    struct NetworkInfo: Decodable {
        let MaximumNetworkInterfaces: Int?
        let Ipv4AddressesPerInterface: Int?
    }
}
