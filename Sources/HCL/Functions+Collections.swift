import Diagnostics
import Foundation

extension Functions {
    static func list(_ value: Value, _ name: String, _ location: SourceLocation) throws -> [Value] {
        guard case .tuple(let items) = value else { throw HCLError.evaluation(location, "\(name)() expects a list, found \(value.typeName)") }
        return items
    }

    static func map(_ value: Value, _ name: String, _ location: SourceLocation) throws -> [String: Value] {
        guard case .object(let fields) = value else { throw HCLError.evaluation(location, "\(name)() expects a map, found \(value.typeName)") }
        return fields
    }

    static func distinct(_ items: [Value]) -> [Value] {
        var seen: Set<Value> = []
        return items.filter { seen.insert($0).inserted }
    }

    static func flatten(_ items: [Value]) -> [Value] {
        items.flatMap { if case .tuple(let inner) = $0 { flatten(inner) } else { [$0] } }
    }

    static let collections: [String: Function] = [
        "merge": { a, l in
            var merged: [String: Value] = [:]
            for value in a where value != .null {
                merged.merge(try map(value, "merge", l)) { _, later in later }
            }
            return .object(merged)
        },
        "concat": { a, l in .tuple(try a.flatMap { try list($0, "concat", l) }) },
        "lookup": { a, l in
            try arity(a, 2...3, "lookup", l)
            let fields = try map(a[0], "lookup", l)
            if let value = fields[try a[1].toString(at: l)] { return value }
            guard a.count == 3 else { throw HCLError.evaluation(l, "lookup() found no key \"\(try a[1].toString(at: l))\" and was given no default") }
            return a[2]
        },
        "coalesce": { a, l in
            for value in a {
                if value.isUnknown { return .unknown }
                if value != .null, value != .string("") { return value }
            }
            throw HCLError.evaluation(l, "coalesce() was given no non-null, non-empty argument")
        },
        "length": { a, l in
            try arity(a, 1...1, "length", l)
            switch a[0] {
            case .string(let s): return .number(Decimal(s.count))
            case .tuple(let items): return .number(Decimal(items.count))
            case .object(let fields): return .number(Decimal(fields.count))
            default: throw HCLError.evaluation(l, "length() expects a string, list or map, found \(a[0].typeName)")
            }
        },
        "keys": { a, l in try arity(a, 1...1, "keys", l); return .tuple(try map(a[0], "keys", l).keys.sorted().map { .string($0) }) },
        "values": { a, l in
            try arity(a, 1...1, "values", l)
            let fields = try map(a[0], "values", l)
            return .tuple(fields.keys.sorted().map { fields[$0] ?? .null })
        },
        "contains": { a, l in
            try arity(a, 2...2, "contains", l)
            let items = try list(a[0], "contains", l)
            return items.contains(where: \.containsUnknown) ? .unknown : .bool(items.contains(a[1]))
        },
        "element": { a, l in
            try arity(a, 2...2, "element", l)
            let items = try list(a[0], "element", l)
            guard !items.isEmpty else { throw HCLError.evaluation(l, "element() cannot take an element of an empty list") }
            let i = try a[1].toInt(at: l)
            guard i >= 0 else { throw HCLError.evaluation(l, "element() index must not be negative") }
            return items[i % items.count]  // element() wraps around, as in Terraform
        },
        "flatten": { a, l in try arity(a, 1...1, "flatten", l); return .tuple(flatten(try list(a[0], "flatten", l))) },
        "distinct": { a, l in try arity(a, 1...1, "distinct", l); return .tuple(distinct(try list(a[0], "distinct", l))) },
        "toset": { a, l in
            try arity(a, 1...1, "toset", l)
            let items = distinct(try list(a[0], "toset", l))
            // Sets of strings iterate in lexical order in Terraform; keep others in first-seen order.
            let strings = items.compactMap(\.stringValue)
            return .tuple(strings.count == items.count ? strings.sorted().map { .string($0) } : items)
        },
        "tolist": { a, l in try arity(a, 1...1, "tolist", l); return .tuple(try list(a[0], "tolist", l)) },
        "tomap": { a, l in try arity(a, 1...1, "tomap", l); return .object(try map(a[0], "tomap", l)) },
        "compact": { a, l in
            try arity(a, 1...1, "compact", l)
            return .tuple(try list(a[0], "compact", l).filter { $0 != .null && $0 != .string("") })
        },
        "reverse": { a, l in try arity(a, 1...1, "reverse", l); return .tuple(try list(a[0], "reverse", l).reversed()) },
        "zipmap": { a, l in
            try arity(a, 2...2, "zipmap", l)
            let (keys, values) = (try list(a[0], "zipmap", l), try list(a[1], "zipmap", l))
            guard keys.count == values.count else { throw HCLError.evaluation(l, "zipmap() needs as many values as keys") }
            var fields: [String: Value] = [:]
            for (key, value) in zip(keys, values) { fields[try key.toString(at: l)] = value }
            return .object(fields)
        },
    ]
}
