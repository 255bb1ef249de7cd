import Diagnostics
import Foundation

extension Functions {
    /// range() may not build more elements than this: a typo must not exhaust memory.
    static let maxRange = 1_000_000

    static func numbers(_ a: [Value], _ name: String, _ l: SourceLocation) throws -> [Decimal] {
        guard !a.isEmpty else { throw HCLError.evaluation(l, "\(name)() needs at least one number") }
        return try a.map { try $0.toNumber(at: l) }
    }

    static func rounded(_ value: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, mode)
        return result
    }

    static let numbers: [String: Function] = [
        "abs": { a, l in try arity(a, 1...1, "abs", l); return .number(abs(try a[0].toNumber(at: l))) },
        "ceil": { a, l in try arity(a, 1...1, "ceil", l); return .number(rounded(try a[0].toNumber(at: l), .up)) },
        "floor": { a, l in try arity(a, 1...1, "floor", l); return .number(rounded(try a[0].toNumber(at: l), .down)) },
        "max": { a, l in .number(try numbers(a, "max", l).max() ?? 0) },
        "min": { a, l in .number(try numbers(a, "min", l).min() ?? 0) },
        "range": { a, l in
            try arity(a, 1...3, "range", l)
            let n = try a.map { try $0.toInt(at: l) }
            let (start, end, step) = n.count == 1 ? (0, n[0], 1) : (n[0], n[1], n.count == 3 ? n[2] : (n[1] >= n[0] ? 1 : -1))
            guard step != 0 else { throw HCLError.evaluation(l, "range() step must not be zero") }
            guard (end - start) / step <= maxRange else { throw HCLError.evaluation(l, "range() would build more than \(maxRange) elements") }
            return .tuple(stride(from: start, to: end, by: step).map { .number(Decimal($0)) })
        },
    ]
}
