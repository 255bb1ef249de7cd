import Foundation

/// Texts already read as decimals, for the process's lifetime (the catalog's prices and the
/// scenario's quantities; past 16,384 texts, new ones are parsed every time).
final class ParsedLiterals: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Decimal?] = [:]

    func value(_ text: String, orParse parse: (String) -> Decimal?) -> Decimal? {
        lock.lock()
        let known = values[text]
        lock.unlock()
        if let known { return known }
        let value = parse(text)
        lock.lock()
        if values.count < 16_384 { values[text] = value }
        lock.unlock()
        return value
    }
}
