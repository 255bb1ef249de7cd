import Diagnostics
import Foundation
import Scenario

/// The scenario a command reads when the user names none, first found of:
/// 1. `edxplan.yaml` in the working folder (what `edxplan init` writes);
/// 2. `Scenarios/default.yaml` of the checkout the command runs in;
/// 3. the default scenario built into the executable (the same text as `Scenarios/default.yaml`),
///    so every command works from any folder.
public enum DefaultScenario: Equatable, Sendable {
    case projectFile(String)
    case checkout(String)
    case builtIn

    /// The file `edxplan init` writes and every command reads when given no scenario.
    public static let projectFileName = "edxplan.yaml"
    /// How the built-in scenario names itself in messages and evidence.
    public static let builtInName = "(built-in) Scenarios/default.yaml"

    /// The text of the built-in default scenario.
    public static var builtInText: String { BuiltInScenario.yaml }

    /// The path to read, or nil for the built-in text.
    public var path: String? {
        switch self {
        case .projectFile(let path), .checkout(let path): return path
        case .builtIn: return nil
        }
    }

    /// Says, for the main job's summary, which scenario it used.
    public var sentence: String {
        switch self {
        case .projectFile(let path): return "Scenario: \(path) (found in this folder)"
        case .checkout(let path): return "Scenario: \(path)"
        case .builtIn:
            return "Scenario: the built-in default (no \(Self.projectFileName) here; `edxplan init` writes one to edit)"
        }
    }
}

extension Workspace {
    /// Where the scenario comes from when the user names none.
    public var defaultScenario: DefaultScenario {
        let project = workingDirectory.appendingPathComponent(DefaultScenario.projectFileName)
        if FileManager.default.fileExists(atPath: project.path) { return .projectFile(DefaultScenario.projectFileName) }
        let checkout = root.appendingPathComponent("Scenarios/default.yaml")
        if FileManager.default.fileExists(atPath: checkout.path) { return .checkout(display(checkout)) }
        return .builtIn
    }

    /// The scenario file the user named, or the default one's (nil for the built-in scenario).
    public func scenarioPath(_ given: String?) -> String? {
        given ?? defaultScenario.path
    }

    /// Loads the scenario the user named, or the default one.
    public func loadScenario(_ given: String?) throws -> Scenario {
        if let path = scenarioPath(given) { return try ScenarioLoader.load(path: path, relativeTo: workingDirectory) }
        return try ScenarioLoader.load(text: BuiltInScenario.yaml, file: DefaultScenario.builtInName)
    }
}
