import Diagnostics

/// A Terraform `variable` block's default, with where it is written, so an import can follow
/// a module input that was not set back to the value the module would use.
public struct VariableDefault: Sendable, Hashable {
    public var name: String
    /// nil when the variable has no default (it must be set) or the default is not a constant.
    public var value: Value?
    public var location: SourceLocation
}

extension Body {
    /// Defaults of the `variable "name" { default = ... }` blocks of a `.tf` file, in order.
    /// Defaults are constants in Terraform; anything that does not evaluate on its own is nil.
    public func variableDefaults() -> [VariableDefault] {
        blocks("variable").compactMap { block in
            guard let name = block.labels.first else { return nil }
            let attribute = block.body.attribute("default")
            let value = attribute.flatMap { try? Evaluator().evaluate($0.value) }
            return VariableDefault(name: name, value: value, location: attribute?.value.location ?? block.location)
        }
    }
}
