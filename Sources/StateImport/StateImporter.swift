import Account
import Blueprint
import Foundation
import Planner
import Scenario
import Simulator
import TerraformState

/// Terraform state files read into what the fake account records: every managed resource
/// instance as an object (its ID, ARN and attributes) and as an entry of its unit's state
/// (address, dependencies, tainted). Everything is read and checked before the caller
/// writes anything, or while it writes in one transaction that a bad file rolls back
/// (`stream`): either way a bad file leaves the account as it was.
public struct StateImporter {
    /// What one unit's file held, for the summary.
    public struct UnitSummary: Sendable, Equatable {
        public var source: StateSource
        public var terraformVersion: String
        public var serial: UInt64
        public var objects = 0
        public var tainted = 0
        /// Data sources: read by Terraform, owned by nobody, not resources.
        public var dataSources = 0
        /// Deposed objects of create_before_destroy: Terraform destroys them on the next apply.
        public var deposed: [String] = []
        /// Addresses of types edxplan does not model: kept in state and in the account, not simulated.
        public var held: [String] = []
        /// Secret values kept out of the account.
        public var hiddenSecrets = 0
    }

    public var objects: [ImportedObject] = []
    public var units: [UnitSummary] = []

    /// The types edxplan models (what its blueprints make): others are held.
    let modelled: Set<String>
    /// The region of an environment, for objects whose ARN does not say.
    let region: @Sendable (String) -> String

    public init(modelled: Set<String>, region: @escaping @Sendable (String) -> String) {
        self.modelled = modelled
        self.region = region
    }

    /// Reads every source; throws the first file's error, with its file:line:column.
    public mutating func read(_ sources: [StateSource]) throws {
        let stream = stream(sources)
        while let environment = try stream.next() { objects += environment }
        units = stream.units
    }

    /// Starts reading every source on threads of their own: the caller takes the objects
    /// from the stream as they are ready (writing them as they come), and its units at the end.
    public func stream(_ sources: [StateSource]) -> StateStream {
        // In the order an apply makes them (the shared stack, then units in Terragrunt's
        // order), so the account lists objects as an applied one does.
        func rank(_ source: StateSource) -> (Int, String, Int, String) {
            (source.environment == "shared" ? 0 : 1, source.environment,
             ModuleName(rawValue: source.unit).flatMap { ModuleName.allCases.firstIndex(of: $0) } ?? ModuleName.allCases.count, source.unit)
        }
        return StateStream(sources.sorted { rank($0) < rank($1) }, modelled: modelled, region: region)
    }

    /// An address without its instance keys, as Terraform writes dependencies:
    /// `module.a["x"].aws_b.c[0]` is `module.a.aws_b.c`.
    public static func configAddress(_ address: String) -> String {
        // Most addresses have no key at all: nothing to take out.
        guard address.utf8.contains(UInt8(ascii: "[")) else { return address }
        var out = ""
        var depth = 0
        var quoted = false
        var escaped = false
        for character in address {
            if depth > 0 {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { quoted.toggle() }
                else if !quoted, character == "]" { depth -= 1 } else if !quoted, character == "[" { depth += 1 }
                continue
            }
            if character == "[" { depth = 1; continue }
            out.append(character)
        }
        return out
    }

    /// `us-east-1` from `arn:aws:rds:us-east-1:123456789012:db:prod`; nil for global ARNs.
    static func region(ofARN arn: String?) -> String? {
        // Between the third and the fourth colon, found in the bytes: splitting every ARN of a
        // 100 MB state into strings was a twentieth of its import.
        guard var arn, arn.hasPrefix("arn:") else { return nil }
        return arn.withUTF8 { bytes in
            var colons = 0
            var start = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: ":") {
                colons += 1
                if colons == 3 { start = index + 1 }
                if colons == 4 { return start == index ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) }
            }
            return nil
        }
    }
}
