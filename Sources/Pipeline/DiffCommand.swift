import Blueprint
import Catalog
import Cost
import Diagnostics
import Foundation
import Planner
import Report
import Scenario
import Sizing

/// `edxplan diff A B`: what B costs more or less than A, per environment, service, resource and
/// component (resources matched by address, components by name), and what applying B on top
/// of an applied A would do.
public enum DiffCommand {
    /// One line of the cost difference; nil on one side means "not there".
    public struct Line: Sendable, Equatable {
        public var depth: Int
        public var name: String
        public var before: Money?
        public var after: Money?
        public var children: [Line]
        public var delta: Money { (after ?? .zero) - (before ?? .zero) }
    }

    public struct Result: Sendable {
        public var a: String, b: String
        public var total: Line
        public var plans: [Plan]
    }

    /// One side of a diff: a scenario file, or a Terragrunt tree imported as `--terragrunt` does.
    public enum Side: Sendable, Equatable {
        case file(String)
        case terragrunt(String)
    }

    public static func diff(_ pathA: String, _ pathB: String, workspace: Workspace) throws -> Result {
        try diff(.file(pathA), .file(pathB), workspace: workspace)
    }

    public static func diff(_ sideA: Side, _ sideB: Side, workspace: Workspace) throws -> Result {
        let catalog = try workspace.catalog()
        let load = { (side: Side) throws -> Scenario in
            let scenario: Scenario
            switch side {
            case .file(let path): scenario = try ScenarioLoader.load(path: path, relativeTo: workspace.workingDirectory)
            case .terragrunt(let path): scenario = try ImportCommand.scenario(terragrunt: path, workspace: workspace)
            }
            try ScenarioValidator.validate(scenario, catalog: catalog)
            return scenario
        }
        let a = try load(sideA), b = try load(sideB)
        let costA = try Pricing.price(a, catalog: catalog),
            costB = try Pricing.price(b, catalog: catalog)
        let names = costA.environments.map(\.name) + costB.environments.map(\.name).filter { n in !costA.environments.contains { $0.name == n } }
        var environments = names.map { name in
            environment(name, costA.environments.first { $0.name == name }, costB.environments.first { $0.name == name })
        }
        if !costA.shared.services.isEmpty || !costB.shared.services.isEmpty {
            environments.append(Line(depth: 1, name: "shared", before: costA.shared.monthlyTotal, after: costB.shared.monthlyTotal,
                                     children: services(costA.shared.services, costB.shared.services, depth: 2)))
        }
        let total = Line(depth: 0, name: "total", before: costA.monthlyTotal, after: costB.monthlyTotal, children: environments)
        let blueA = Blueprint.expand(a), blueB = Blueprint.expand(b)
        var plans: [Plan] = []
        for name in names {
            let old = blueA.environments.first { $0.name == name } ?? empty(name, like: blueB)
            let new = blueB.environments.first { $0.name == name } ?? empty(name, like: blueA)
            plans.append(try ChangePlanner.plan(current: old, desired: new, scenario: b))
        }
        if blueA.shared.resources.contains(where: { $0.managedBy == .terraform }) || blueB.shared.resources.contains(where: { $0.managedBy == .terraform }) {
            plans.append(try ChangePlanner.plan(current: blueA.shared, desired: blueB.shared, scenario: b))
        }
        return Result(a: a.name, b: b.name, total: total, plans: plans)
    }

    static func empty(_ name: String, like blueprint: Blueprint) -> EnvironmentBlueprint {
        var environment = blueprint.shared
        environment.name = name
        environment.resources = []
        return environment
    }

    static func environment(_ name: String, _ a: EnvironmentCost?, _ b: EnvironmentCost?) -> Line {
        Line(depth: 1, name: name, before: a?.monthlyTotal, after: b?.monthlyTotal,
             children: services(a?.services ?? [], b?.services ?? [], depth: 2)
                + ((a?.sharedAllocation ?? .zero) == (b?.sharedAllocation ?? .zero) ? [] : [
                    Line(depth: 2, name: "share of shared costs", before: a?.sharedAllocation, after: b?.sharedAllocation, children: [])]))
    }

    static func services(_ a: [ServiceCost], _ b: [ServiceCost], depth: Int) -> [Line] {
        union(a.map(\.service), b.map(\.service)).compactMap { name in
            let x = a.first { $0.service == name }, y = b.first { $0.service == name }
            let children = union((x?.resources ?? []).map(\.address), (y?.resources ?? []).map(\.address)).compactMap { address in
                resource(address, x?.resources.first { $0.address == address }, y?.resources.first { $0.address == address }, depth: depth + 1)
            }
            return changed(Line(depth: depth, name: name, before: x?.monthlyTotal, after: y?.monthlyTotal, children: children))
        }
    }

    static func resource(_ address: String, _ a: PricedResource?, _ b: PricedResource?, depth: Int) -> Line? {
        let components = union((a?.components ?? []).map(\.name), (b?.components ?? []).map(\.name)).compactMap { name in
            let line = Line(depth: depth + 1, name: name, before: a?.components.first { $0.name == name }?.monthlyCost,
                            after: b?.components.first { $0.name == name }?.monthlyCost, children: [])
            // A $0.00 component on one side and none on the other ("CPU credits $0.00 -> -") changes nothing.
            return (line.before ?? .zero) == .zero && (line.after ?? .zero) == .zero ? nil : changed(line)
        }
        return changed(Line(depth: depth, name: address, before: a?.monthlyTotal, after: b?.monthlyTotal, children: components))
    }

    /// Kept when the amount or presence changed, or a child did.
    static func changed(_ line: Line) -> Line? {
        line.before != line.after || !line.children.isEmpty ? line : nil
    }

    static func union(_ a: [String], _ b: [String]) -> [String] { Array(Set(a + b)).sorted() }

    public static func run(_ pathA: String, _ pathB: String, json: Bool, workspace: Workspace) throws -> String {
        try run(.file(pathA), .file(pathB), json: json, workspace: workspace)
    }

    public static func run(_ sideA: Side, _ sideB: Side, json: Bool, workspace: Workspace) throws -> String {
        let result = try diff(sideA, sideB, workspace: workspace)
        return json ? value(result).rendered() : text(result, terminal: workspace.terminal)
    }

    /// The sides of `edxplan diff [A] [B] [--terragrunt TREE] [--terragrunt-b TREE]`: a tree
    /// takes its side's place, and the scenario files fill the sides left, in order.
    public static func sides(files: [String], terragruntA: String?, terragruntB: String?) throws -> (Side, Side) {
        var files = files[...]
        let a = terragruntA.map(Side.terragrunt) ?? files.popFirst().map(Side.file)
        let b = terragruntB.map(Side.terragrunt) ?? files.popFirst().map(Side.file)
        guard let a, let b, files.isEmpty else {
            throw OptionError("diff", "diff compares two scenarios: A (as it is) and B (as it would be)",
                              hint: "give two scenario files, or a Terragrunt tree for a side: "
                                + "`edxplan diff --terragrunt TREE B.yaml`, `edxplan diff A.yaml --terragrunt-b TREE`")
        }
        return (a, b)
    }

    /// On a terminal, long addresses are shortened in the middle to fit, increases are red and
    /// savings green.
    public static func text(_ r: Result, terminal: Terminal = .plain) -> String {
        var out = terminal.fit("Cost difference: \(r.a) -> \(r.b) (USD a month; unchanged lines hidden)") + "\n"
        func walk(_ line: Line) {
            let indent = String(repeating: "  ", count: line.depth + 1)
            let amounts = "  \(line.before?.formatted ?? "-") -> \(line.after?.formatted ?? "-")  ("
            let delta = signed(line.delta)
            let room = terminal.width.map { $0 - indent.count - amounts.count - delta.count - 1 } ?? line.name.count
            let coloured = line.delta > .zero ? terminal.red(delta) : line.delta < .zero ? terminal.green(delta) : delta
            out += indent + Terminal.middle(line.name, max(room, 10)) + amounts + coloured + ")\n"
            line.children.forEach(walk)
        }
        walk(r.total)
        out += "\nPlan difference: applying \(r.b) on top of an applied \(r.a)\n"
        for plan in r.plans {
            let s = plan.summary
            out += "\n== \(plan.scope): \(s.add) to add, \(s.change) to change, \(s.destroy) to destroy\n"
            if plan.hasChanges { out += PlanText.render(plan) }
        }
        return out
    }

    static func signed(_ money: Money) -> String { money < .zero ? money.formatted : "+" + money.formatted }

    public static func value(_ r: Result) -> JSONValue {
        .object([("a", .string(r.a)), ("b", .string(r.b)), ("cost", line(r.total)),
                 ("plans", .array(r.plans.map { PlanJSON.value($0, estimatedMinutes: nil) }))])
    }

    static func line(_ l: Line) -> JSONValue {
        .object([("name", .string(l.name)), ("before", l.before.map { .number($0.plain) } ?? .null),
                 ("after", l.after.map { .number($0.plain) } ?? .null), ("delta", .number(l.delta.plain)),
                 ("children", .array(l.children.map(line)))])
    }
}
