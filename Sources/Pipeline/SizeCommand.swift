import Catalog
import Diagnostics
import Foundation
import Scenario
import Sizing

/// The output formats of `edxplan size` and `edxplan diff` (diff has no markdown).
public enum SizeFormat: String, CaseIterable, Sendable {
    case table, markdown, json
}

/// `edxplan size`: load, validate, size one environment, render; optionally write the what-if.
public enum SizeCommand {
    public struct Options: Sendable {
        public var scenarioPath: String?
        /// `--terragrunt PATH`: import the tree instead of reading a scenario file.
        public var terragruntPath: String?
        public var environment: String?
        public var learners: Int?
        public var peakConcurrent: Int?
        /// `--set KEY=VALUE` assumption overrides.
        public var overrides: [String: Double] = [:]
        public var format: SizeFormat = .table
        public var writeScenario: String?

        public init(scenarioPath: String?, environment: String?) {
            self.scenarioPath = scenarioPath
            self.environment = environment
        }
    }

    public static func report(_ options: Options, workspace: Workspace, catalog given: Catalog? = nil) throws
        -> (SizingReport, Scenario) {
        // Checked before anything is read, as the scenario's own load: block is (a count from 0).
        for (option, value) in [("--learners", options.learners), ("--peak-concurrent", options.peakConcurrent)] {
            if let value, value < 0 { throw OptionError.outOfRange(option, String(value), "a whole number from 0") }
        }
        let catalog = try given ?? workspace.catalog()
        let scenario = try ImportCommand.loadScenario(scenarioPath: options.scenarioPath, terragruntPath: options.terragruntPath,
                                                      workspace: workspace)
        try ScenarioValidator.validate(scenario, catalog: catalog, requirePrices: true)
        let name = try InfrastructureContext.chooseScope(options.environment, scenario: scenario)
        // Concurrent users are registered learners online at once: never more of them.
        let load = try scenario.environment(named: name).load
        if let learners = options.learners ?? load.registeredLearners, let peak = options.peakConcurrent ?? load.peakConcurrentUsers,
           peak > learners {
            throw OptionError.outOfRange(options.peakConcurrent != nil ? "--peak-concurrent" : "--learners",
                                         String(options.peakConcurrent != nil ? peak : learners),
                                         options.peakConcurrent != nil ? "at most the \(learners) registered learners" : "at least the \(peak) peak concurrent users",
                                         hint: "concurrent users are registered learners online at once")
        }
        let report = try Sizer.size(scenario, environment: name, catalog: catalog, learners: options.learners,
                                    peakUsers: options.peakConcurrent, overrides: options.overrides)
        return (report, scenario)
    }

    /// `catalog` is for callers that keep one open (the benchmark); otherwise the workspace's is read.
    public static func run(_ options: Options, workspace: Workspace, catalog: Catalog? = nil) throws -> String {
        let (report, scenario) = try report(options, workspace: workspace, catalog: catalog)
        var text: String
        switch options.format {
        case .table: text = SizeText.render(report, terminal: workspace.terminal)
        case .markdown: text = SizeMarkdown.render(report)
        case .json: text = SizeJSON.render(report)
        }
        if let output = options.writeScenario {
            // The what-if extends a file; an imported tree or the built-in scenario has none.
            guard options.terragruntPath == nil, let base = workspace.scenarioPath(options.scenarioPath) else {
                throw OptionError("--write-scenario", "the what-if extends a scenario file, and this scenario has none",
                                  hint: "write one first: `edxplan init` (or `edxplan import terragrunt PATH --output ours.yaml`), then size it")
            }
            let target = workspace.url(output)
            let input = workspace.url(base)
            // The what-if extends its base: written over the base, it would replace the user's
            // scenario with one that extends itself.
            guard target.resolvingSymlinksInPath().standardizedFileURL.path != input.resolvingSymlinksInPath().standardizedFileURL.path else {
                throw OptionError("--write-scenario", "--write-scenario \(output) is the scenario being sized; the what-if extends it, so it cannot replace it",
                                  hint: "write the what-if beside it: --write-scenario \(((output as NSString).deletingPathExtension as String) + "-sized.yaml")")
            }
            let yaml = WhatIfWriter.yaml(report, original: try scenario.environment(named: report.environment),
                                         extends: relativePath(from: target.deletingLastPathComponent(), to: input))
            try AtomicFile.write(yaml, to: target)
            if options.format != .json { text += "\nwrote \(output) (extends \(relativePath(from: target.deletingLastPathComponent(), to: input)))\n" }
        }
        return text
    }

    /// `../Scenarios/default.yaml`: how the what-if names its base, from the folder it is written to.
    static func relativePath(from directory: URL, to file: URL) -> String {
        let from = directory.standardizedFileURL.pathComponents
        let to = file.standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count - 1) && from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...]).joined(separator: "/")
    }

    /// Parses `KEY=VALUE` overrides; a malformed one is a usage error.
    public static func overrides(_ items: [String]) throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                throw SizingError.badAssumption(item, "is not KEY=NUMBER (e.g. --set uwsgi_workers_per_pod=4)")
            }
            result[parts[0]] = value
        }
        return result
    }
}
