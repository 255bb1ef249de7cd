import Diagnostics
import Foundation
import HCL
import Scenario

/// `kubernetes_ingress_clb`: cert-manager's chart value `global.podSecurityPolicy.enabled`, which
/// fails the release on Kubernetes 1.25 and later (cookiecutter-backend.md H20). The cookiecutter
/// passes it in a values file rendered by `data "template_file"` (section 2.3); a `set` block
/// counts first, as Helm applies `set` over `values`.
enum CertManagerValues {
    static let key = "cert_manager_pod_security_policy"
    static let path = "global.podSecurityPolicy.enabled"

    static func read(_ content: ModuleContent) -> SettingsBlock? {
        guard let (release, scope) = content.resources("helm_release").first(where: { release, _ in
            release.body.attribute("chart").flatMap { TerraformModule.literal($0.value) } == "cert-manager"
        }) else { return nil }
        var block = SettingsBlock(key: "kubernetes_ingress_clb")
        for set in release.body.blocks("set") where set.body.attribute("name").flatMap({ TerraformModule.literal($0.value) }) == path {
            block.add(key, scope.argument(set.body, "value"), .bool)
            return block
        }
        if let found = fromValuesFile(release, scope: scope) {
            block.add(key, found, .bool)
        } else {
            block.addDefault(key, .bool(false), at: release.location, because: "not set: the chart's default")
        }
        return block
    }

    /// `values = [data.template_file.<name>.rendered]` with `template = file("${path.module}/<file>")`:
    /// the value as the file writes it, with its line.
    static func fromValuesFile(_ release: Block, scope: ModuleScope) -> Sourced<Value>? {
        guard let values = release.body.attribute("values"), case .tuple(let items) = values.value.kind else { return nil }
        for item in items {
            guard let name = templateName(item),
                  let data = scope.module.data.first(where: { $0.labels == ["template_file", name] }),
                  let template = data.body.attribute("template"), case .call("file", let arguments, _) = template.value.kind,
                  let argument = arguments.first, let file = moduleRelativePath(argument) else { continue }
            let path = scope.module.directory + "/" + file
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                  let yaml = try? SourceValue.parse(text, file: path),
                  let value = lookup(yaml, Self.path.split(separator: ".").map(String.init)),
                  case .scalar(let scalar) = value.kind else { continue }
            return Sourced(value: .string(scalar), location: value.location)
        }
        return nil
    }

    /// `data.template_file.<name>.rendered` -> `<name>`.
    static func templateName(_ expression: Expr) -> String? {
        guard case .attribute(let inner, "rendered") = expression.kind, case .attribute(let type, let name) = inner.kind,
              case .attribute(let root, "template_file") = type.kind, case .variable("data") = root.kind else { return nil }
        return name
    }

    /// `"${path.module}/<file>"` -> `<file>`.
    static func moduleRelativePath(_ expression: Expr) -> String? {
        guard case .template(let parts) = expression.kind, parts.count == 2, case .interpolation(let head) = parts[0],
              case .attribute(let root, "module") = head.kind, case .variable("path") = root.kind,
              case .literal(let rest) = parts[1], rest.hasPrefix("/") else { return nil }
        return String(rest.dropFirst())
    }

    static func lookup(_ value: SourceValue, _ keys: [String]) -> SourceValue? {
        guard let first = keys.first else { return value }
        guard case .mapping(let entries) = value.kind, let entry = entries.first(where: { $0.key == first }) else { return nil }
        return lookup(entry.value, Array(keys.dropFirst()))
    }
}
