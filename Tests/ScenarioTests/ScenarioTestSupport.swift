import Foundation
import Scenario
import Testing

/// Helpers shared by the scenario tests: where the fixtures and the repository's scenarios are.
enum ScenarioTestSupport {
    /// The repository root, found from this file's path (`<root>/Tests/ScenarioTests/...`).
    static func repositoryRoot(filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // ScenarioTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // root
    }

    /// `<root>/Scenarios/` as a directory URL.
    static var scenariosDirectory: URL {
        repositoryRoot().appendingPathComponent("Scenarios", isDirectory: true)
    }

    /// Loads `Scenarios/<name>` from the repository; locations then read `<name>:line:column`.
    static func repositoryScenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: name, relativeTo: scenariosDirectory)
    }

    /// The directory URL of the copied `Fixtures` resource.
    static func fixturesDirectory(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> URL {
        let any = try #require(Bundle.module.url(forResource: "ScenarioDefaultsTests-minimal", withExtension: "yaml",
                                                 subdirectory: "Fixtures"), sourceLocation: sourceLocation)
        return any.deletingLastPathComponent()
    }

    /// The URL of one fixture file.
    static func fixtureURL(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures"),
                     sourceLocation: sourceLocation)
    }

    /// Loads a fixture by its bare file name, so that error locations read `<name>.yaml:line:column`.
    static func loadFixture(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: name + ".yaml", relativeTo: fixturesDirectory())
    }
}

extension Decimal {
    /// A Decimal from a literal string, to compare usage values exactly (no binary floating point).
    static func exact(_ text: String) -> Decimal { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))! }
}
