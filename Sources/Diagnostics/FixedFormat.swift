import Foundation

/// `String(format: "%.Nf", value)`, each distinct value and precision formatted once: the capacity
/// planner writes the same few figures into thousands of checks, and Foundation's formatting
/// (variadic arguments, dynamic casts) cost more than the checks themselves.
public enum FixedFormat {
    public static func string(_ value: Double, digits: Int) -> String {
        let key = Key(bits: value.bitPattern, digits: digits)
        if let known = cache.withLock({ $0[key] }) { return known }
        let text = String(format: "%.\(digits)f", value)
        cache.withLock { if $0.count < 4096 { $0[key] = text } }
        return text
    }

    struct Key: Hashable { let bits: UInt64; let digits: Int }

    private static let cache = LockedDictionary<Key, String>()
}

/// A dictionary behind a lock, for the few process-wide caches.
final class LockedDictionary<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    func withLock<T>(_ body: (inout [Key: Value]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&values)
    }
}
