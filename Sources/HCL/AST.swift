import Diagnostics

/// A parsed HCL file or block body: attributes and nested blocks, in source order.
public struct Body: Sendable, Hashable {
    public var items: [BodyItem]
    public var location: SourceLocation

    public init(items: [BodyItem], location: SourceLocation) {
        self.items = items
        self.location = location
    }

    public var attributes: [Attribute] {
        items.compactMap { if case .attribute(let a) = $0 { a } else { nil } }
    }

    public var blocks: [Block] {
        items.compactMap { if case .block(let b) = $0 { b } else { nil } }
    }

    public func attribute(_ name: String) -> Attribute? { attributes.first { $0.name == name } }
    public func blocks(_ type: String) -> [Block] { blocks.filter { $0.type == type } }
}

public enum BodyItem: Sendable, Hashable {
    case attribute(Attribute)
    case block(Block)
}

public struct Attribute: Sendable, Hashable {
    public var name: String
    public var value: Expr
    /// Where the name starts.
    public var location: SourceLocation
}

public struct Block: Sendable, Hashable {
    public var type: String
    public var labels: [String]
    public var body: Body
    /// Where the block type starts.
    public var location: SourceLocation
}

/// An expression node. Every node keeps where it starts so evaluation errors and import
/// comments can point at the user's file; attribute access (`a.b`) points at its `.b`, so
/// "object has no attribute 'b'" lands on the name that is missing.
public struct Expr: Sendable, Hashable {
    /// Only the cases that hold an `Expr` directly are boxed: leaves (literals, variables,
    /// templates, calls, tuples, objects) are most nodes and need no allocation of their own.
    public enum Kind: Sendable, Hashable {
        case literal(Value)
        case template([TemplatePart])
        case variable(String)
        case tuple([Expr])
        case object([ObjectItem])
        indirect case parenthesized(Expr)
        indirect case unary(UnaryOperator, Expr)
        indirect case binary(BinaryOperator, Expr, Expr)
        indirect case conditional(Expr, Expr, Expr)
        /// `expandsLast` is `f(xs...)`: the last argument's elements become arguments.
        case call(String, [Expr], expandsLast: Bool)
        indirect case forTuple(ForClause, value: Expr, condition: Expr?)
        /// `grouping` is `k => v...`: values with the same key are collected into a tuple.
        indirect case forObject(ForClause, key: Expr, value: Expr, grouping: Bool, condition: Expr?)
        indirect case index(Expr, Expr)
        indirect case attribute(Expr, String)
        /// `source[*].steps` or `source.*.steps`: `steps` apply to each element.
        indirect case splat(Expr, [Traversal])
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, _ location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public struct ObjectItem: Sendable, Hashable {
    /// A bare identifier key (`name = 1`) is parsed as a string literal, as in HCL.
    public var key: Expr
    public var value: Expr
}

public struct ForClause: Sendable, Hashable {
    public var keyName: String?
    public var valueName: String
    public var collection: Expr
}

public enum Traversal: Sendable, Hashable {
    case attribute(String, SourceLocation)
    case index(Expr)
}

/// Literals and interpolations, nearly all parts, are stored inline; directives are boxed.
public enum TemplatePart: Sendable, Hashable {
    case literal(String)
    case interpolation(Expr)
    indirect case ifDirective(Expr, then: [TemplatePart], else: [TemplatePart])
    indirect case forDirective(ForClause, body: [TemplatePart])
}

public enum UnaryOperator: String, Sendable, Hashable { case not = "!", negate = "-" }

public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or = "||", and = "&&", equal = "==", notEqual = "!="
    case greaterOrEqual = ">=", lessOrEqual = "<=", greater = ">", less = "<"
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"

    /// HCL's precedence: higher binds tighter. Unary operators bind tighter than all of these.
    var precedence: Int {
        switch self {
        case .or: 1
        case .and: 2
        case .equal, .notEqual: 3
        case .greaterOrEqual, .lessOrEqual, .greater, .less: 4
        case .add, .subtract: 5
        case .multiply, .divide, .modulo: 6
        }
    }
}
