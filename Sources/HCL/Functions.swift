import Diagnostics
import Foundation

/// The built-in function table: pure functions of their (known) arguments.
enum Functions {
    typealias Function = @Sendable ([Value], SourceLocation) throws -> Value

    static let table: [String: Function] = strings.merging(collections) { first, _ in first }.merging(numbers) { first, _ in first }

    static func arity(_ args: [Value], _ range: ClosedRange<Int>, _ name: String, _ location: SourceLocation) throws {
        guard range.contains(args.count) else {
            let expected = range.count == 1 ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw HCLError.evaluation(location, "\(name)() takes \(expected) arguments, given \(args.count)")
        }
    }

    static func string(_ args: [Value], _ i: Int, _ location: SourceLocation) throws -> String {
        try args[i].toString(at: location)
    }

    static let strings: [String: Function] = [
        "lower": { a, l in try arity(a, 1...1, "lower", l); return .string(try string(a, 0, l).lowercased()) },
        "upper": { a, l in try arity(a, 1...1, "upper", l); return .string(try string(a, 0, l).uppercased()) },
        "trimspace": { a, l in
            try arity(a, 1...1, "trimspace", l)
            return .string(try string(a, 0, l).trimmingCharacters(in: .whitespacesAndNewlines))
        },
        "trimprefix": { a, l in
            try arity(a, 2...2, "trimprefix", l)
            let (s, p) = (try string(a, 0, l), try string(a, 1, l))
            return .string(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        },
        "trimsuffix": { a, l in
            try arity(a, 2...2, "trimsuffix", l)
            let (s, p) = (try string(a, 0, l), try string(a, 1, l))
            return .string(s.hasSuffix(p) ? String(s.dropLast(p.count)) : s)
        },
        "startswith": { a, l in try arity(a, 2...2, "startswith", l); return .bool(try string(a, 0, l).hasPrefix(try string(a, 1, l))) },
        "endswith": { a, l in try arity(a, 2...2, "endswith", l); return .bool(try string(a, 0, l).hasSuffix(try string(a, 1, l))) },
        "replace": { a, l in
            try arity(a, 3...3, "replace", l)
            let (s, old, new) = (try string(a, 0, l), try string(a, 1, l), try string(a, 2, l))
            // A search string wrapped in slashes is a regular expression, as in Terraform.
            if old.count > 1, old.hasPrefix("/"), old.hasSuffix("/") {
                let regex = try compile(String(old.dropFirst().dropLast()), l)
                return .string(regex.stringByReplacingMatches(in: s, range: NSRange(s.startIndex..., in: s), withTemplate: new))
            }
            guard !old.isEmpty else { return .string(s) }
            return .string(s.replacingOccurrences(of: old, with: new))
        },
        "split": { a, l in
            try arity(a, 2...2, "split", l)
            let (separator, s) = (try string(a, 0, l), try string(a, 1, l))
            guard !separator.isEmpty else { return .tuple(s.map { .string(String($0)) }) }
            return .tuple(s.components(separatedBy: separator).map { .string($0) })
        },
        "join": { a, l in
            try arity(a, 2...2, "join", l)
            let separator = try string(a, 0, l)
            guard case .tuple(let items) = a[1] else { throw HCLError.evaluation(l, "join() expects a list as its second argument") }
            if items.contains(where: \.isUnknown) { return .unknown }
            return .string(try items.map { try $0.toString(at: l) }.joined(separator: separator))
        },
        "substr": { a, l in
            try arity(a, 3...3, "substr", l)
            let characters = Array(try string(a, 0, l))
            var offset = try a[1].toInt(at: l)
            let length = try a[2].toInt(at: l)
            if offset < 0 { offset += characters.count }
            guard offset >= 0, offset <= characters.count else { throw HCLError.evaluation(l, "substr() offset is out of range") }
            let end = length < 0 ? characters.count : min(characters.count, offset + length)
            return .string(String(characters[offset..<max(offset, end)]))
        },
        "format": { a, l in
            guard let first = a.first else { throw HCLError.evaluation(l, "format() needs a format string") }
            if a.dropFirst().contains(where: \.containsUnknown) { return .unknown }
            return .string(try Format.render(try first.toString(at: l), Array(a.dropFirst()), l))
        },
        "tostring": { a, l in
            try arity(a, 1...1, "tostring", l)
            return a[0] == .null ? .null : .string(try a[0].toString(at: l))
        },
        "tonumber": { a, l in
            try arity(a, 1...1, "tonumber", l)
            return a[0] == .null ? .null : .number(try a[0].toNumber(at: l))
        },
        "jsonencode": { a, l in
            try arity(a, 1...1, "jsonencode", l)
            return a[0].containsUnknown ? .unknown : .string(a[0].json())
        },
        "regex": { a, l in
            try arity(a, 2...2, "regex", l)
            return try Format.regex(try string(a, 0, l), try string(a, 1, l), l)
        },
    ]

    static func compile(_ pattern: String, _ location: SourceLocation) throws -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) } catch {
            throw HCLError.evaluation(location, "invalid regular expression '\(pattern)'")
        }
    }
}
