import Account
import Diagnostics
import Foundation
import Report
import Scenario

/// `edxplan account show|events|reset|unlock`.
public enum AccountCommands {
    /// The account file: `--account PATH`, else `.edxplan/accounts/<scenario>.sqlite`.
    /// An account that does not exist is refused, never made: these commands only read or clear one.
    static func open(scenarioPath: String?, accountPath: String?, workspace: Workspace) throws -> FakeAccount {
        if let accountPath { return try FakeAccount.openExisting(at: workspace.url(accountPath)) }
        let scenario = try workspace.loadScenario(scenarioPath)
        return try FakeAccount.openExisting(at: FakeAccount.defaultPath(root: workspace.root, scenario: scenario.name))
    }

    public static func show(scenarioPath: String?, accountPath: String?, json: Bool, workspace: Workspace) throws -> String {
        let account = try open(scenarioPath: scenarioPath, accountPath: accountPath, workspace: workspace)
        let summary = try account.summary()
        let locks = try account.locks()
        let outside = try account.resources().filter { $0.managedBy != .terraform }
        if json {
            func counts(_ map: [String: Int]) -> JSONValue { .object(map.keys.sorted().map { ($0, .number(String(map[$0] ?? 0))) }) }
            return JSONValue.object([
                ("scenario", summary.scenario.map { .string($0) } ?? .null),
                ("minute", .number(String(format: "%.2f", summary.minute))),
                ("resources", .number(String(summary.resources))),
                ("by_scope", counts(summary.resourcesByScope)),
                ("by_managed_by", counts(summary.resourcesByManagedBy)),
                ("by_type", counts(summary.resourcesByType)),
                ("state_entries", .number(String(summary.stateEntries))),
                ("tainted", .number(String(summary.taintedEntries))),
                ("locks", .array(locks.map { .object([("id", .string($0.lockID)), ("who", .string($0.holder)),
                                                      ("operation", .string($0.operation)), ("created", .string($0.createdAt))]) })),
                ("outside_state", .array(outside.map { .string("\($0.type) \($0.id) (\($0.scope), made by \($0.managedBy.rawValue))") })),
                ("snapshots", .number(String(summary.snapshots))),
                ("events", .number(String(summary.events))),
            ]).rendered()
        }
        var out = "Fake AWS account \(FakeAccount.accountID)" + (summary.scenario.map { " (scenario \($0))" } ?? "") + "\n"
        out += String(format: "Simulated clock: minute %.1f\n", summary.minute)
        out += summary.resources == 0 ? "Resources: none\n" : "Resources: \(summary.resources) (" + summary.resourcesByManagedBy.keys.sorted()
            .map { "\($0) \(summary.resourcesByManagedBy[$0] ?? 0)" }.joined(separator: ", ") + ")\n"
        for scope in summary.resourcesByScope.keys.sorted() { out += "  \(scope): \(summary.resourcesByScope[scope] ?? 0)\n" }
        out += "State entries: \(summary.stateEntries) (\(summary.taintedEntries) tainted); snapshots: \(summary.snapshots); events: \(summary.events)\n"
        if !outside.isEmpty {
            out += "Outside Terraform state:\n" + outside.map { "  \($0.type) \($0.id) (\($0.scope), made by \($0.managedBy.rawValue))\n" }.joined()
        }
        out += locks.isEmpty ? "Locks: none\n" : "Locks:\n" + locks.map { "  \($0.lockID) held by \($0.holder) (\($0.operation), since \($0.createdAt))\n" }.joined()
        return out
    }

    /// Oldest first by the simulated clock: parallel units log out of clock order (one unit's
    /// 21.88 before another's 21.55), so the log is sorted by minute, ties in logging order;
    /// `limit` keeps the latest.
    public static func events(scenarioPath: String?, accountPath: String?, scope: String?, limit: Int?, workspace: Workspace) throws -> String {
        if let limit, limit < 0 { throw OptionError.outOfRange("--limit", String(limit), "a whole number from 0") }
        let account = try open(scenarioPath: scenarioPath, accountPath: accountPath, workspace: workspace)
        let sorted = try account.events(scope: scope).enumerated()
            .sorted { ($0.element.minute, $0.offset) < ($1.element.minute, $1.offset) }.map(\.element)
        return sorted.suffix(limit ?? sorted.count).map { event in
            String(format: "%8.2f ", event.minute) + "\(event.kind.rawValue) \(event.scope)/\(event.module)"
                + (event.address.map { " \($0)" } ?? "") + ": "
                + (event.errorCode.map { "\($0): " } ?? "") + event.message
        }.joined(separator: "\n") + "\n"
    }

    public static func reset(scenarioPath: String?, accountPath: String?, workspace: Workspace) throws -> String {
        let account = try open(scenarioPath: scenarioPath, accountPath: accountPath, workspace: workspace)
        try account.reset()
        return "the fake account is empty again\n"
    }

    /// Terraform's `force-unlock`: one lock by ID, or every lock with `all`.
    public static func unlock(scenarioPath: String?, accountPath: String?, lockID: String?, workspace: Workspace) throws -> String {
        let account = try open(scenarioPath: scenarioPath, accountPath: accountPath, workspace: workspace)
        let locks = try account.locks()
        var targets = locks.map(\.lockID)
        if let lockID {
            // The lock's path (its DynamoDB LockID) or the `ID:` line of the lock message, as
            // `terraform force-unlock LOCK_ID` takes; one that matches nothing is a mistake.
            guard let lock = locks.first(where: { $0.lockID == lockID || $0.infoID == lockID }) else {
                throw AccountError.noSuchLock(lockID: lockID, held: locks.map { "\($0.infoID) (\($0.lockID))" })
            }
            targets = [lock.lockID]
        }
        var released: [String] = []
        for id in targets { if try account.forceUnlock(lockID: id) != nil { released.append(id) } }
        return released.isEmpty ? "no lock to release\n" : released.map { "released \($0)\n" }.joined()
    }
}
