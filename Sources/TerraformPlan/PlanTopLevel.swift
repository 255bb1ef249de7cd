import Diagnostics

/// The top-level members of a plan file as they are read, with where each one starts, so the
/// checks after reading can point at the member that is wrong.
struct TopLevel {
    struct Refusal: Error {
        var offset: Int
        var message: String
        var hint: String?
    }

    var formatVersion: (value: JSONValue, offset: Int)?
    var terraformVersion: String?
    var changes: [ResourceChange] = []
    var hasResourceChanges = false
    var hasPlannedValues = false
    /// A state's marks: `version` with `resources` or `modules` (a state file), `values` (a state shown as JSON).
    var stateVersion: (value: JSONValue, offset: Int)?
    var hasStateResources = false
    var hasValues = false
    var errored: (flag: Bool, offset: Int)?
    var providerRegions: [String: String] = [:]

    mutating func read(_ key: String, _ parser: inout JSONParser) throws {
        parser.skipSpace()
        let offset = parser.offset
        switch key {
        case "format_version": formatVersion = (try parser.value(), offset)
        case "terraform_version": terraformVersion = try parser.value().string
        case "resource_changes":
            hasResourceChanges = true
            guard parser.peek() != UInt8(ascii: "n") else { _ = try parser.value(); return }
            try parser.array { parser in changes.append(try ResourceChangeReader.read(&parser)) }
        case "planned_values": hasPlannedValues = true; try parser.skip()
        case "version": stateVersion = (try parser.value(), offset)
        case "resources", "modules", "lineage": hasStateResources = true; try parser.skip()
        case "values": hasValues = true; try parser.skip()
        case "errored": errored = (try parser.value().bool ?? false, offset)
        case "configuration": try readConfiguration(&parser)
        default: try parser.skip()
        }
    }

    /// Only `configuration.provider_config.*.expressions.region.constant_value` is kept.
    private mutating func readConfiguration(_ parser: inout JSONParser) throws {
        guard parser.peek() == UInt8(ascii: "{") else { try parser.skip(); return }
        try parser.object { key, parser in
            guard key == "provider_config", let configs = try parser.value().members else {
                if key != "provider_config" { try parser.skip() }
                return
            }
            for (name, config) in configs where config["name"]?.string ?? "aws" == "aws" {
                if let region = config["expressions"]?["region"]?["constant_value"]?.string { providerRegions[name] = region }
            }
        }
    }

    func plan(name: String, at location: (Int) -> SourceLocation) throws -> TerraformPlan {
        if formatVersion == nil, let (version, offset) = stateVersion, hasStateResources || version.int != nil {
            throw PlanJSONError("\(name) is a Terraform state file (format version \(version.int.map(String.init) ?? "?")), not a plan",
                                at: location(offset),
                                hint: "edxplan account import-state reads state files; for a plan, " + PlanJSONError.howToWrite)
        }
        guard let (version, offset) = formatVersion else {
            throw PlanJSONError("\(name) is not a Terraform plan: it has no format_version", at: location(0),
                                hint: PlanJSONError.howToWrite)
        }
        guard let text = version.string else {
            throw PlanJSONError("format_version must be a string like \"1.2\"", at: location(offset), hint: PlanJSONError.howToWrite)
        }
        guard PlanJSONReader.supports(text) else {
            throw PlanJSONError("plan format_version \"\(text)\" is not supported: edxplan reads plan formats 0.1, 0.2 and 1.x",
                                at: location(offset), hint: "write the plan with Terraform 0.12 or later (1.x writes format 1.x)")
        }
        if !hasResourceChanges, !hasPlannedValues, hasValues {
            throw PlanJSONError("\(name) is a state shown as JSON (`terraform show -json` without a plan file), not a plan",
                                at: location(0), hint: PlanJSONError.howToWrite)
        }
        if let (flag, offset) = errored, flag {
            throw PlanJSONError("the plan in \(name) errored (\"errored\": true): Terraform could not finish it, so it cannot be applied",
                                at: location(offset), hint: "fix the errors `terraform plan` prints, then write the plan again")
        }
        return TerraformPlan(formatVersion: text, terraformVersion: terraformVersion, changes: changes, providerRegions: providerRegions)
    }
}
