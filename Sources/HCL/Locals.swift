import Diagnostics

extension Expr {
    /// The direct sub-expressions, for walks such as finding which locals a local reads.
    public var children: [Expr] {
        switch kind {
        case .literal, .variable: return []
        case .template(let parts): return parts.flatMap(Expr.children(of:))
        case .tuple(let items): return items
        case .object(let items): return items.flatMap { [$0.key, $0.value] }
        case .parenthesized(let inner), .unary(_, let inner), .attribute(let inner, _): return [inner]
        case .binary(_, let a, let b), .index(let a, let b): return [a, b]
        case .conditional(let a, let b, let c): return [a, b, c]
        case .call(_, let arguments, _): return arguments
        case .forTuple(let clause, let value, let condition): return [clause.collection, value] + (condition.map { [$0] } ?? [])
        case .forObject(let clause, let key, let value, _, let condition):
            return [clause.collection, key, value] + (condition.map { [$0] } ?? [])
        case .splat(let source, let steps):
            return [source] + steps.compactMap { if case .index(let e) = $0 { e } else { nil } }
        }
    }

    static func children(of part: TemplatePart) -> [Expr] {
        switch part {
        case .literal: []
        case .interpolation(let e): [e]
        case .ifDirective(let c, let then, let otherwise): [c] + (then + otherwise).flatMap(children(of:))
        case .forDirective(let clause, let body): [clause.collection] + body.flatMap(children(of:))
        }
    }

    /// Names read as `root.name` or `root["name"]` anywhere in this expression.
    public func references(to root: String) -> Set<String> {
        var found: Set<String> = []
        var pending = [self]
        while let e = pending.popLast() {
            switch e.kind {
            case .attribute(let base, let name) where base.kind == .variable(root): found.insert(name)
            case .index(let base, let key) where base.kind == .variable(root):
                if case .literal(.string(let name)) = key.kind { found.insert(name) }
                else if case .template(let parts) = key.kind, parts.count == 1, case .literal(let name) = parts[0] { found.insert(name) }
            default: break
            }
            pending += e.children
        }
        return found
    }
}

extension Evaluator {
    static let maxLocalsDepth = 100

    /// Evaluates `locals` attributes in dependency order and stores them as `local`. A cycle
    /// throws naming the locals around it; a reference to a missing local fails at its use.
    @discardableResult
    public func evaluateLocals(_ attributes: [Attribute]) throws -> [String: Value] {
        let byName = Dictionary(attributes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var done: [String: Value] = [:]
        var visiting: [String] = []
        func visit(_ name: String) throws {
            guard done[name] == nil, let attribute = byName[name] else { return }
            if let start = visiting.firstIndex(of: name) {
                let names = (visiting[start...] + [name]).map { "local.\($0)" }
                throw HCLError.cycle(byName[visiting[start]]?.location, names)
            }
            // Each level is a recursion of this function and of the evaluator: bound it.
            guard visiting.count < Evaluator.maxLocalsDepth else {
                throw HCLError.evaluation(attribute.location, "locals depend on each other more than \(Evaluator.maxLocalsDepth) deep")
            }
            visiting.append(name)
            for dependency in attribute.value.references(to: "local").sorted() { try visit(dependency) }
            visiting.removeLast()
            variables["local"] = .object(done)
            done[name] = try evaluate(attribute.value)
        }
        for attribute in attributes { try visit(attribute.name) }
        variables["local"] = .object(done)
        return done
    }
}
