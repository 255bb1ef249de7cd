/// A resource of `resources` from its JSON value to `StateResource`, with Terraform's own
/// checks (`prepareStateV4`): a known mode, instance keys that are numbers or strings,
/// status empty or `tainted`, deposed keys of eight characters.
enum StateDecoding {
    typealias Refusal = StateReader.Refusal

    static func resource(_ value: StateValue, at offset: Int) throws -> StateResource {
        func refuse(_ message: String) -> Refusal { Refusal(offset: offset, message: message) }
        guard value.members != nil else { throw refuse("each of \"resources\" must be an object, not \(StateReader.describe(value))") }
        guard let type = value["type"]?.string, !type.isEmpty else { throw refuse("a resource has no \"type\"") }
        guard let name = value["name"]?.string, !name.isEmpty else { throw refuse("resource of type \(type) has no \"name\"") }
        let module = value["module"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        let where_ = (module.map { $0 + "." } ?? "") + type + "." + name
        guard let modeText = value["mode"]?.string, let mode = StateResource.Mode(rawValue: modeText) else {
            throw refuse("resource \(where_) has mode \(value["mode"].map(StateReader.describe) ?? "(none)"); a state's modes are \"managed\" and \"data\"")
        }
        guard let provider = value["provider"]?.string else { throw refuse("resource \(where_) has no \"provider\"") }
        var instances: [StateInstance] = []
        for item in value["instances"]?.array ?? [] {
            instances.append(try instance(item, of: where_, refuse: refuse))
        }
        return StateResource(module: module, mode: mode, type: type, name: name, each: value["each"]?.string,
                             provider: provider, instances: instances)
    }

    private static func instance(_ value: StateValue, of resource: String, refuse: (String) -> Refusal) throws -> StateInstance {
        guard value.members != nil else { throw refuse("an instance of \(resource) is not an object") }
        var key: IndexKey?
        switch value["index_key"] {
        case nil, .null?: key = nil
        case .number(let text)?:
            guard let number = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() ? Int(exactly: $0) : nil }) else {
                throw refuse("an instance of \(resource) has the index key \(text), not a whole number")
            }
            key = .int(number)
        case .string(let text)?: key = .string(text)
        case let other?: throw refuse("an instance of \(resource) has the invalid index key \(StateReader.describe(other))")
        }
        let address = resource + (key?.suffix ?? "")
        let status = value["status"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        if let status, status != "tainted" { throw refuse("instance \(address) has the invalid status \"\(status)\"") }
        let deposed = value["deposed"]?.string.flatMap { $0.isEmpty ? nil : $0 }
        if let deposed, deposed.count != 8 {
            throw refuse("instance \(address) has the deposed key \"\(deposed)\", which is not eight characters")
        }
        var attributes = value["attributes"] ?? .object([])
        if value["attributes"] == nil, let flat = value["attributes_flat"]?.members {
            // Terraform 0.11 attributes upgraded in place: flat strings, kept as they are.
            attributes = .object(flat)
        }
        var instance = StateInstance(
            indexKey: key, status: status, deposed: deposed,
            schemaVersion: value["schema_version"]?.number.flatMap { UInt64($0) } ?? 0,
            attributes: attributes, sensitiveAttributes: value["sensitive_attributes"] ?? .array([]),
            privateData: value["private"]?.string,
            dependencies: (value["dependencies"]?.array ?? []).compactMap(\.string),
            createBeforeDestroy: value["create_before_destroy"]?.bool ?? false)
        instance.identitySchemaVersion = value["identity_schema_version"]
        instance.identity = value["identity"]
        return instance
    }
}
