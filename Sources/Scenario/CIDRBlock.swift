import Diagnostics

/// An IPv4 CIDR block as AWS and Terraform's AWS provider check it: four decimal octets, a
/// prefix length, and no host bits set ("10.0.0.1/16" is refused; the provider's
/// `verify.ValidIPv4CIDRNetworkAddress` asks for "10.0.0.0/16").
public struct CIDRBlock: Equatable, Sendable {
    public var address: UInt32
    public var prefix: Int

    /// Nil unless `text` is `a.b.c.d/n` with each octet 0-255 (no leading zeros) and n 0-32.
    public init?(_ text: String) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        guard halves.count == 2, let prefix = Self.number(halves[1], max: 32) else { return nil }
        let octets = halves[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var address: UInt32 = 0
        for octet in octets {
            guard let value = Self.number(octet, max: 255) else { return nil }
            address = address << 8 | UInt32(value)
        }
        self.address = address
        self.prefix = prefix
    }

    /// Only the network bits set.
    public var network: CIDRBlock {
        var copy = self
        copy.address = prefix == 0 ? 0 : address & ~(UInt32.max >> UInt32(prefix))
        return copy
    }

    public var description: String {
        (0..<4).map { String(address >> UInt32(24 - 8 * $0) & 0xff) }.joined(separator: ".") + "/\(prefix)"
    }

    /// Decimal digits only, no sign or leading zero, at most `max`.
    private static func number(_ text: Substring, max: Int) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              text == "0" || !text.hasPrefix("0"), let value = Int(text), value <= max else { return nil }
        return value
    }
}

/// The checks AWS makes on a VPC's block and on the subnets the vpc module carves from it.
enum CIDRRules {
    /// CreateVpc: "The allowed block size is between a /16 netmask (65,536 IP addresses) and
    /// /28 netmask (16 IP addresses)" (Amazon VPC user guide, "VPC CIDR blocks"); error
    /// InvalidVpc.Range. CreateSubnet allows the same sizes, so a subnet is at least a /28.
    static let vpcPrefixes = 16...28

    /// `cidr` of `vpc:`, for an environment whose vpc module makes `subnets` subnets
    /// (public and private in each AZ, database and elasticache in two).
    static func checkVPC(_ text: String, subnets: Int, key: String, at location: SourceLocation) throws -> String {
        let block = try parse(text, key: key, at: location)
        guard vpcPrefixes.contains(block.prefix) else {
            throw ScenarioError.outOfRange(location, key: key, value: text, rule:
                "a block from /16 to /28, as AWS allows for a VPC (CreateVpc fails with InvalidVpc.Range)")
        }
        // Subnets of one size, each at least a /28 (16 addresses): 2^(28 - prefix) of them fit.
        let room = 1 << (28 - block.prefix)
        guard subnets <= room else {
            throw ScenarioError.inconsistent(location, problem:
                "a /\(block.prefix) VPC holds at most \(room) subnet\(room == 1 ? "" : "s") of /28, the smallest AWS allows, but the vpc module "
                + "makes \(subnets) here (public and private in each AZ, database and elasticache in two); "
                + "CreateSubnet would fail with InvalidSubnet.Range: use a larger block such as 192.168.0.0/20")
        }
        return text
    }

    /// Any IPv4 block (a security group rule's source).
    static func parse(_ text: String, key: String, at location: SourceLocation) throws -> CIDRBlock {
        guard let block = CIDRBlock(text) else {
            throw ScenarioError.outOfRange(location, key: key, value: "'\(text)'", rule: "an IPv4 CIDR block such as 192.168.0.0/20")
        }
        guard block.network == block else {
            throw ScenarioError.outOfRange(location, key: key, value: text, rule:
                "a network address with no host bits set (\(block.network.description)), as Terraform's AWS provider requires")
        }
        return block
    }
}
