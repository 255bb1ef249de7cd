import Blueprint
import Catalog
import Cost
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

    public static func diff(_ pathA: String, _ pathB: String, workspace: Workspace) throws -> Result {
        let catalog = try workspace.catalog()
        let load = { (path: String) throws -> Scenario in
            let scenario = try ScenarioLoader.load(path: path, relativeTo: workspace.workingDirectory)
            try ScenarioValidator.validate(scenario, catalog: catalog)
            return scenario
        }
        let a = try load(pathA), b = try load(pathB)
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
            changed(Line(depth: depth + 1, name: name, before: a?.components.first { $0.name == name }?.monthlyCost,
                         after: b?.components.first { $0.name == name }?.monthlyCost, children: []))
        }
        return changed(Line(depth: depth, name: address, before: a?.monthlyTotal, after: b?.monthlyTotal, children: components))
    }

    /// Kept when the amount or presence changed, or a child did.
    static func changed(_ line: Line) -> Line? {
        line.before != line.after || !line.children.isEmpty ? line : nil
    }

    static func union(_ a: [String], _ b: [String]) -> [String] { Array(Set(a + b)).sorted() }

    public static func run(_ pathA: String, _ pathB: String, json: Bool, workspace: Workspace) throws -> String {
        let result = try diff(pathA, pathB, workspace: workspace)
        return json ? value(result).rendered() : text(result)
    }

    public static func text(_ r: Result) -> String {
        var out = "Cost difference: \(r.a) -> \(r.b) (USD a month; unchanged lines hidden)\n"
        func walk(_ line: Line) {
            let amounts = "\(line.before?.formatted ?? "-") -> \(line.after?.formatted ?? "-")"
            out += String(repeating: "  ", count: line.depth + 1) + line.name + "  " + amounts + "  (" + signed(line.delta) + ")\n"
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
