import Algorithms
import Blueprint

/// The memory account's twin of the SQLite account's partial indexes (`AttributeLookups`),
/// for the lookups the simulator makes on every create or delete of some types.
///
/// Built for a type only once it holds many objects: a rehearsal's handful of environments
/// scans a few rows faster than it could hash a key, and keeping an index on every write
/// cost it 3% (measured by instruction count). An account of a thousand environments,
/// where each scan reads thousands of rows and a run grows with the square of its size,
/// builds it on the first lookup and keeps it from then on.
extension MemoryStore.Tables {
    struct AttributeKey: Hashable {
        let type: String
        let attribute: String
        let value: AttributeValue
    }

    /// Below this many objects of a type, a lookup scans them.
    static let indexFrom = 256

    private static let attributesByType: [String: [String]] = Dictionary(grouping: AttributeLookups.indexed, by: \.type)
        .mapValues { $0.map(\.attribute) }

    /// Resources of `type` whose `attribute` is `value`, in insertion order.
    mutating func resources(type: String, attribute: String, equals value: AttributeValue) -> [AccountResource] {
        guard let indexed = indexedRows(type: type, attribute: attribute, equals: value) else {
            return ordered(rowsOfType[type]) { $0.attributes[attribute] == value }
        }
        return ordered(indexed)
    }

    /// How many `resources(type:attribute:equals:)` finds, without copying them.
    mutating func count(type: String, attribute: String, equals value: AttributeValue) -> Int {
        guard let indexed = indexedRows(type: type, attribute: attribute, equals: value) else {
            return count(rowsOfType[type]) { $0.attributes[attribute] == value }
        }
        return indexed.count
    }

    /// The index's rows for the lookup (its lists hold only live rows), building the type's
    /// index on its first lookup once the type is big; nil when the type is scanned instead.
    private mutating func indexedRows(type: String, attribute: String, equals value: AttributeValue) -> [Int]? {
        let rowsOfThisType = rowsOfType[type] ?? []
        guard Self.attributesByType[type]?.contains(attribute) == true,
              indexedTypes.contains(type) || rowsOfThisType.count >= Self.indexFrom else { return nil }
        if indexedTypes.insert(type).inserted {
            for row in rowsOfThisType { if let resource = rows[row] { indexAttributes(of: resource, row: row) } }
        }
        return rowsOfAttribute[AttributeKey(type: type, attribute: attribute, value: value)] ?? []
    }

    /// Adds `row` under each indexed attribute of `resource`, if its type is indexed, keeping
    /// each list ascending (a changed row may be older than a list's last).
    mutating func indexAttributes(of resource: AccountResource, row: Int) {
        guard !indexedTypes.isEmpty, indexedTypes.contains(resource.type) else { return }
        for attribute in Self.attributesByType[resource.type] ?? [] {
            guard let value = resource.attributes[attribute] else { continue }
            let key = AttributeKey(type: resource.type, attribute: attribute, value: value)
            rowsOfAttribute[key, default: []].insert(row, at: rowsOfAttribute[key]?.partitioningIndex { $0 >= row } ?? 0)
        }
    }

    mutating func unindexAttributes(of resource: AccountResource, row: Int) {
        guard !indexedTypes.isEmpty, indexedTypes.contains(resource.type) else { return }
        for attribute in Self.attributesByType[resource.type] ?? [] {
            guard let value = resource.attributes[attribute] else { continue }
            Self.drop(row, from: &rowsOfAttribute[AttributeKey(type: resource.type, attribute: attribute, value: value)])
        }
    }
}
