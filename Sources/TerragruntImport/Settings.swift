import Diagnostics
import Foundation
import HCL

/// A scenario value as the YAML writer prints it.
enum YAMLScalar: Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
}

/// One key of a module's settings block, with where its value came from.
struct ScenarioSetting {
    var key: String
    var value: YAMLScalar
    var location: SourceLocation
    /// Why the value is what it is when the tree does not write it (a module's default).
    var note: String?
}

/// The settings read for one scenario module key (`mysql:`, `kubernetes:` ...).
struct SettingsBlock {
    var key: String
    var settings: [ScenarioSetting] = []
    /// `kubernetes.node_groups`: one list of settings per group.
    var nodeGroups: [[ScenarioSetting]] = []
    /// Keys whose value is only known after apply (a dependency's output): not written.
    var unknown: [(key: String, location: SourceLocation)] = []
    var warnings: [ImportWarning] = []

    init(key: String) { self.key = key }

    var isEmpty: Bool { settings.isEmpty && nodeGroups.isEmpty && unknown.isEmpty }

    func has(_ key: String) -> Bool { settings.contains { $0.key == key } }

    enum Kind { case string, int, bool }

    /// Converts `value` to `kind` and adds it; unknown values are noted, nulls skipped (Terraform
    /// treats `null` as unset), values the scenario cannot hold are warned about and skipped.
    mutating func add(_ key: String, _ value: Sourced<Value>?, _ kind: Kind, range: ClosedRange<Int>? = nil,
                      allowed: [String]? = nil, note: String? = nil) {
        guard let value, !has(key) else { return }
        if value.value.containsUnknown {
            if !unknown.contains(where: { $0.key == key }) { unknown.append((key, value.location)) }
            return
        }
        if case .null = value.value { return }
        guard let scalar = Self.convert(value.value, kind) else {
            // Terraform converts "3" to 3 and "true" to true, and refuses anything else:
            // "Invalid value for input variable", before a single resource is planned.
            stop(value.location, "\(self.key).\(key) is \(value.value.jsonText), and the module takes a \(kind == .int ? "number" : kind == .bool ? "bool" : "string"): Terraform refuses it (Invalid value for input variable)")
            return
        }
        if case .int(let number) = scalar, number < 0 {
            stop(value.location, "\(self.key).\(key) is \(number): Terraform and AWS refuse a negative count or size")
            return
        }
        if let range, case .int(let number) = scalar, !range.contains(number) {
            warn(value.location, "\(self.key).\(key) is \(number), outside what the scenario models (\(range.lowerBound)...\(range.upperBound)); not written")
            return
        }
        if let allowed, case .string(let text) = scalar, !allowed.contains(text) {
            warn(value.location, "\(self.key).\(key) is '\(text)', which the scenario does not model (\(allowed.joined(separator: ", "))); not written")
            return
        }
        settings.append(ScenarioSetting(key: key, value: scalar, location: value.location, note: note))
    }

    /// A value the tree leaves unset, so the module's or provider's default applies.
    mutating func addDefault(_ key: String, _ value: YAMLScalar, at location: SourceLocation, because note: String) {
        guard !has(key), !unknown.contains(where: { $0.key == key }) else { return }
        settings.append(ScenarioSetting(key: key, value: value, location: location, note: note))
    }

    mutating func warn(_ location: SourceLocation?, _ message: String) {
        warnings.append(ImportWarning(location: location, message: message))
    }

    /// What terraform itself would stop on: the import is refused there.
    mutating func stop(_ location: SourceLocation?, _ message: String) {
        warnings.append(ImportWarning(location: location, message: message, stops: true))
    }

    static func convert(_ value: Value, _ kind: Kind) -> YAMLScalar? {
        switch (kind, value) {
        case (.string, .string(let text)): return .string(text)
        case (.string, .number), (.string, .bool): return .string(value.jsonText)
        case (.int, .number(let number)):
            let double = NSDecimalNumber(decimal: number).doubleValue
            guard double.isFinite, double == double.rounded(), abs(double) < 1e12 else { return nil }
            return .int(Int(double))
        case (.int, .string(let text)): return Int(text).map(YAMLScalar.int)
        case (.bool, .bool(let flag)): return .bool(flag)
        case (.bool, .string("true")): return .bool(true)
        case (.bool, .string("false")): return .bool(false)
        default: return nil
        }
    }
}

/// What every settings reader needs: the unit's module scopes (its source module and the local
/// modules it calls), searched for the resources and registry modules that hold a setting.
struct ModuleContent {
    var scopes: [ModuleScope]

    /// `module` blocks whose source contains `fragment`, with the scope that evaluates them.
    func modules(_ fragment: String) -> [(block: Block, scope: ModuleScope)] {
        scopes.flatMap { scope in scope.module.modules(sourcing: fragment).map { ($0, scope) } }
    }

    func resources(_ type: String) -> [(block: Block, scope: ModuleScope)] {
        scopes.flatMap { scope in scope.module.resources(type).map { ($0, scope) } }
    }

    func data(_ type: String) -> [(block: Block, scope: ModuleScope)] {
        scopes.flatMap { scope in scope.module.data.filter { $0.labels[0] == type }.map { ($0, scope) } }
    }
}
