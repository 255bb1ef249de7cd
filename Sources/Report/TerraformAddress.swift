/// A resource instance address split as Terraform's JSON writes it: `module_address`, `name`
/// and `index` of `module.eks.module.eks_managed_node_group["default"].aws_eks_node_group.this[0]`.
/// Dots and brackets inside quoted keys do not split.
struct TerraformAddress {
    var module: String?
    var type: String
    var name: String
    /// A number for count, a string for for_each.
    var index: JSONValue?

    init(_ address: String) {
        var steps: [String] = []
        var current = ""
        var quoted = false, depth = 0
        var previous: Character = " "
        for character in address {
            if character == "\"", previous != "\\" { quoted.toggle() }
            if !quoted, character == "[" { depth += 1 }
            if !quoted, character == "]" { depth -= 1 }
            if character == ".", !quoted, depth == 0 {
                steps.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        steps.append(current)
        var modules: [String] = []
        var position = 0
        while position + 2 < steps.count, steps[position] == "module" {
            modules.append("module." + steps[position + 1])
            position += 2
        }
        module = modules.isEmpty ? nil : modules.joined(separator: ".")
        type = position < steps.count ? steps[position] : address
        let last = position + 1 < steps.count ? steps[(position + 1)...].joined(separator: ".") : ""
        if let open = last.firstIndex(of: "["), last.hasSuffix("]") {
            name = String(last[..<open])
            let key = String(last[last.index(after: open)..<last.index(before: last.endIndex)])
            if key.hasPrefix("\""), key.hasSuffix("\""), key.count >= 2 {
                index = .string(String(key.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\""))
            } else {
                index = .number(key)
            }
        } else {
            name = last
            index = nil
        }
    }
}
