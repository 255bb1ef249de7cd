import Blueprint
import Foundation
import Scenario
import Testing

/// Loading the repository's scenarios and reading a blueprint.
enum BlueprintTestSupport {
    /// `<root>/Scenarios/`, found from this file's path (`<root>/Tests/BlueprintTests/...`).
    static var scenariosDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Scenarios", isDirectory: true)
    }

    static func scenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: name, relativeTo: scenariosDirectory)
    }

    static func blueprint(_ name: String) throws -> Blueprint {
        Blueprint.expand(try scenario(name))
    }

    static func blueprint(text: String) throws -> Blueprint {
        Blueprint.expand(try ScenarioLoader.load(text: text, file: "inline.yaml"))
    }
}

extension Blueprint {
    func environment(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> EnvironmentBlueprint {
        try #require(environments.first { $0.name == name }, sourceLocation: sourceLocation)
    }

    /// The shared blueprint followed by every environment's.
    var all: [EnvironmentBlueprint] { [shared] + environments }
}

extension EnvironmentBlueprint {
    func addresses(in module: String) -> [String] { resources(in: module).map(\.address) }

    func resource(_ module: String, _ address: String,
                  sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Resource {
        let found = resources.filter { $0.module == module && $0.address == address }
        try #require(found.count == 1, "\(name): \(found.count) resources at \(module) \(address)",
                     sourceLocation: sourceLocation)
        return found[0]
    }

    /// The modules present, in first-appearance order.
    var modules: [String] {
        var seen: [String] = []
        for resource in resources where !seen.contains(resource.module) { seen.append(resource.module) }
        return seen
    }

    func count(ofType type: String) -> Int { resources.filter { $0.type == type }.count }
}
