import Blueprint
import Planner

/// `planned_values`: each module's resources after the plan, nested by module address as
/// Terraform writes them (`root_module.child_modules[].child_modules[]`).
enum PlannedValues {
    struct Item {
        var action: PlannedAction
        var address: TerraformAddress
        init(_ action: PlannedAction) {
            self.action = action
            address = TerraformAddress(action.address)
        }
    }

    static func module(_ items: [Item], path: String) -> JSONValue {
        let own = items.filter { ($0.address.module ?? "") == path }
        let below = items.filter { item in
            guard let module = item.address.module else { return false }
            return path.isEmpty ? true : module.hasPrefix(path + ".")
        }.filter { ($0.address.module ?? "") != path }
        // The next module step of each deeper item names its child module.
        var children: [String] = []
        for item in below {
            let rest = path.isEmpty ? item.address.module ?? "" : String((item.address.module ?? "").dropFirst(path.count + 1))
            let step = TerraformAddress.firstModuleStep(rest)
            let child = path.isEmpty ? step : path + "." + step
            if !children.contains(child) { children.append(child) }
        }
        var members: [(String, JSONValue)] = []
        if !path.isEmpty { members.append(("address", .string(path))) }
        if !own.isEmpty {
            members.append(("resources", .array(own.map { item in
                let values = TerraformPlanJSON.values(item.action.desired?.attributes ?? [:], type: item.action.type)
                var resource: [(String, JSONValue)] = [("address", .string(item.action.address)), ("mode", .string("managed")),
                                                       ("type", .string(item.action.type)), ("name", .string(item.address.name))]
                if let index = item.address.index { resource.append(("index", index)) }
                resource += [("provider_name", .string(Providers.name(of: item.action.type))), ("schema_version", .number("0")),
                             ("values", values.values), ("sensitive_values", values.sensitive)]
                return .object(resource)
            })))
        }
        if !children.isEmpty {
            members.append(("child_modules", .array(children.map { module(below, path: $0) })))
        }
        return .object(members)
    }
}

extension TerraformAddress {
    /// `module.a["x.y"]` of `module.a["x.y"].module.b`.
    static func firstModuleStep(_ modules: String) -> String {
        let parsed = TerraformAddress(modules + ".t.n")
        guard let module = parsed.module else { return modules }
        // The parsed module path's first two dot-steps, quoted keys kept whole.
        var depth = 0, quoted = false, dots = 0
        var end = module.endIndex
        for index in module.indices {
            let character = module[index]
            if character == "\"" { quoted.toggle() }
            if !quoted, character == "[" { depth += 1 }
            if !quoted, character == "]" { depth -= 1 }
            if character == ".", !quoted, depth == 0 {
                dots += 1
                if dots == 2 { end = index; break }
            }
        }
        return String(module[..<end])
    }
}
