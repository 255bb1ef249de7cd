import Account
import Blueprint
import Planner
import TerraformState

/// The account's state, one file per unit, in Terraform's format (version 4): what
/// `terraform state pull` would print for each unit, so another tool can read what
/// edxplan made, and `import-state` brings the same account back.
public enum StateExporter {
    /// The Terraform release whose state format the files follow (format 4 is the same from
    /// 0.12 to 1.x; 1.9 is the newest release the cookiecutter's pinned providers support).
    public static let terraformVersion = "1.9.8"

    public struct Unit: Sendable {
        public var environment: String
        public var unit: String
        public var state: StateFile
        /// `<env>/<unit>/terraform.tfstate`: the S3 backend's key, as import-state reads a folder.
        public var path: String { "\(environment)/\(unit)/terraform.tfstate" }
    }

    /// Every unit's state, or those of one environment, sorted by environment and unit.
    public static func export(_ account: FakeAccount, environment: String?) throws -> [Unit] {
        try account.stateKeys().compactMap { key in
            guard let slash = key.firstIndex(of: "/") else { return nil }
            let scope = String(key[..<slash]), unit = String(key[key.index(after: slash)...])
            if let environment, environment != scope { return nil }
            return Unit(environment: scope, unit: unit, state: try state(of: key, account: account))
        }
    }

    static func state(of key: String, account: FakeAccount) throws -> StateFile {
        var resources: [String: StateResource] = [:]
        for entry in try account.state(stateKey: key).values.sorted(by: { $0.address < $1.address }) {
            guard let parsed = ResourceAddress(entry.address) else { continue }
            let id = entry.attributes["id"]?.string ?? entry.resourceID
            let arn = entry.type.hasPrefix("aws_") ? try account.resource(id: entry.resourceID)?.arn : nil
            let secret = entry.attributes.keys.filter { Sensitive.attribute(type: entry.type, name: $0) }.sorted()
            let instance = StateInstance(
                indexKey: parsed.key, status: entry.tainted ? "tainted" : nil, schemaVersion: 0,
                attributes: AttributeConversion.toState(entry.attributes, id: id, arn: arn),
                sensitiveAttributes: .array(secret.map { .array([.object([("type", .string("get_attr")), ("value", .string($0))])]) }),
                dependencies: Array(Set(entry.dependencies.map(StateImporter.configAddress))).sorted())
            let name = parsed.resource
            resources[name, default: StateResource(
                module: parsed.module, type: entry.type, name: parsed.name,
                each: parsed.key.map { if case .int = $0 { return "list" } else { return "map" } },
                provider: StateResource.provider(forType: entry.type), instances: [])].instances.append(instance)
        }
        let lineage = StableHash.uuid("edxplan state lineage " + key)
        return StateFile(terraformVersion: terraformVersion, serial: 1, lineage: lineage, resources: Array(resources.values))
    }
}

/// A resource instance address taken apart: `module.a["x"].module.b.aws_t.n[0]` is module
/// `module.a["x"].module.b`, type `aws_t`, name `n`, key 0.
public struct ResourceAddress: Sendable, Equatable {
    public var module: String?
    public var type: String
    public var name: String
    public var key: IndexKey?

    /// The address without the instance key.
    public var resource: String { (module.map { $0 + "." } ?? "") + type + "." + name }

    public init?(_ address: String) {
        var steps: [String] = []
        var current = ""
        var depth = 0, quoted = false
        for character in address {
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "[" { depth += 1 }
            if !quoted, character == "]" { depth -= 1 }
            if character == ".", depth == 0, !quoted {
                steps.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        steps.append(current)
        guard steps.count >= 2, steps.count % 2 == 0 else { return nil }
        var last = steps.removeLast()
        type = steps.removeLast()
        module = steps.isEmpty ? nil : steps.joined(separator: ".")
        if let open = last.firstIndex(of: "["), last.hasSuffix("]") {
            let inside = String(last[last.index(after: open)..<last.index(before: last.endIndex)])
            if inside.hasPrefix("\""), inside.hasSuffix("\""), inside.count >= 2 {
                key = .string(String(inside.dropFirst().dropLast()))
            } else if let number = Int(inside) {
                key = .int(number)
            } else {
                return nil
            }
            last = String(last[..<open])
        }
        name = last
    }
}
