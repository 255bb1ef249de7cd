import Catalog
import Foundation
import Scenario

/// The real catalog, built once from the repository's Catalog/ source into a temporary file.
enum TestCatalog {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let shared: Result<Catalog, Error> = Result {
        let source = try CatalogSource.find(from: repository)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("edxplan-cost-tests-\(UUID().uuidString).sqlite")
        try CatalogBuilder.build(source, to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CatalogStore.read(file)
    }

    static func load() throws -> Catalog { try shared.get() }

    static func scenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: repository.appendingPathComponent("Scenarios/\(name)").path)
    }

    /// The price of one catalog row as an exact decimal.
    static func price(_ catalog: Catalog, _ key: PriceKey) throws -> Decimal {
        let row = try catalog.price(key)
        guard let money = Money(exactly: row.usdPerUnit) else { throw CatalogError.missingPrice(key.description) }
        return money.amount
    }
}
