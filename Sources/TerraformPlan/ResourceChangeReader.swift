/// One object of `resource_changes`, checked: the keys every format version writes are there
/// with the right kinds, and the actions are Terraform's. A refusal points at the object.
enum ResourceChangeReader {
    static func read(_ parser: inout JSONParser) throws -> ResourceChange {
        parser.skipSpace()
        let start = parser.offset
        let value = try parser.value()
        func refuse(_ message: String) -> TopLevel.Refusal {
            TopLevel.Refusal(offset: start, message: message, hint: "this is not what `terraform show -json` writes; write the plan again")
        }
        guard value.members != nil else { throw refuse("a resource change must be an object") }
        guard let address = value["address"]?.string, let type = value["type"]?.string, let name = value["name"]?.string else {
            throw refuse("a resource change without its address, type or name")
        }
        guard let change = value["change"], change.members != nil, let list = change["actions"]?.array else {
            throw refuse("\(address) has no change.actions")
        }
        let actions = list.compactMap(\.string)
        guard actions.count == list.count, ResourceChange.knownActions.contains(actions) else {
            throw refuse("\(address) has the actions \(list.map { $0.string.map { "\"\($0)\"" } ?? "?" }.joined(separator: ", ")), "
                         + "which Terraform does not write")
        }
        var result = ResourceChange(address: address, type: type, name: name, mode: value["mode"]?.string ?? "managed",
                                    providerName: value["provider_name"]?.string ?? "", actions: actions,
                                    before: present(change["before"]), after: present(change["after"]))
        result.previousAddress = value["previous_address"]?.string
        result.moduleAddress = value["module_address"]?.string
        result.index = present(value["index"])
        result.afterUnknown = present(change["after_unknown"])
        result.beforeSensitive = present(change["before_sensitive"])
        result.afterSensitive = present(change["after_sensitive"])
        result.actionReason = value["action_reason"]?.string
        result.replacePaths = (change["replace_paths"]?.array ?? []).compactMap(\.array).map(path)
        return result
    }

    /// `["scaling_config", 0, "desired_size"]` as `scaling_config[0].desired_size`.
    static func path(_ steps: [JSONValue]) -> String {
        steps.enumerated().map { index, step in
            if let name = step.string { return index == 0 ? name : "." + name }
            if case .number(let text) = step { return "[\(text)]" }
            return ""
        }.joined()
    }

    private static func present(_ value: JSONValue?) -> JSONValue? { value.flatMap { $0.isNull ? nil : $0 } }
}
