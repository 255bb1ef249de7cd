/// The live attributes of the objects a prior state records, by resource ID: what refresh
/// reads for every entry of every plan. Keyed by `ResourceKey`, whose hash is worked out
/// once per key, so that filling it and looking an entry up do not each run String's hash
/// over a long ARN (three times per entry and plan, about 7% of a rehearsal).
public struct LiveAttributes: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var byID: [ResourceKey: [String: AttributeValue]]

    public init() { byID = [:] }

    public init(_ byID: [String: [String: AttributeValue]]) {
        self.byID = Dictionary(uniqueKeysWithValues: byID.map { (ResourceKey($0.key), $0.value) })
    }

    public init(dictionaryLiteral elements: (String, [String: AttributeValue])...) {
        byID = Dictionary(elements.map { (ResourceKey($0.0), $0.1) }, uniquingKeysWith: { _, last in last })
    }

    public subscript(id: String) -> [String: AttributeValue]? {
        get { byID[ResourceKey(id)] }
        set { byID[ResourceKey(id)] = newValue }
    }

    /// The same, for a key made already (the memory account makes one to find the object).
    public subscript(key: ResourceKey) -> [String: AttributeValue]? {
        get { byID[key] }
        set { byID[key] = newValue }
    }

    /// The IDs, in no particular order.
    public var keys: [String] { byID.keys.map(\.id) }

    public var count: Int { byID.count }

    public mutating func reserveCapacity(_ minimumCapacity: Int) { byID.reserveCapacity(minimumCapacity) }
}
