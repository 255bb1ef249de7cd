import Foundation
import Planner
import Simulator

/// `edxplan apply|destroy --format json`.
public enum RunJSON {
    public static func render(_ result: RunResult) -> String { value(result).rendered() }

    public static func value(_ result: RunResult) -> JSONValue {
        .object([
            ("scope", .string(result.scope)),
            ("mode", .string(result.mode.rawValue)),
            ("unit", result.unit.map { .string($0) } ?? .null),
            ("succeeded", .bool(!result.failsForReal)),
            ("start_minute", number(result.startMinute)),
            ("total_minutes", number(result.totalMinutes)),
            ("modules", .array(result.modules.map(module))),
            ("critical_path", .array(result.criticalPath.map {
                .object([("module", .string($0.module)), ("address", $0.address.map { .string($0) } ?? .null),
                         ("minutes", number($0.minutes))])
            })),
            ("left_outside_state", .array(result.leftOutsideState.map { .string($0) })),
            ("left_outside_state_monthly_usd", result.leftOutsideStateMonthly.map { .number("\($0.amount)") } ?? .null),
        ])
    }

    static func module(_ module: ModuleRun) -> JSONValue {
        .object([
            ("name", .string(module.name)),
            ("wave", .number(String(module.wave + 1))),
            ("status", .string(module.status.rawValue)),
            ("start_minute", number(module.startMinute)),
            ("end_minute", number(module.endMinute)),
            ("message", module.message.map { .string($0) } ?? .null),
            ("attempts", .number(String(module.attempts))),
            ("operations", .array(module.operations.map(operation))),
        ])
    }

    static func operation(_ operation: OperationRecord) -> JSONValue {
        .object([
            ("attempt", .number(String(operation.attempt))),
            ("address", .string(operation.address)),
            ("action", .string(operation.action.rawValue)),
            ("status", .string(operation.status.rawValue)),
            ("start_minute", number(operation.startMinute)),
            ("end_minute", number(operation.endMinute)),
            ("error_code", operation.failure.map { .string($0.code) } ?? .null),
            ("error", operation.failure.map { .string($0.message) } ?? .null),
            ("fix", operation.failure?.fix.map { .string($0) } ?? .null),
            ("note", operation.note.map { .string($0) } ?? .null),
            ("refusal", operation.refusal.map(refusal) ?? .null),
        ])
    }

    /// Where real Terraform or AWS would have stopped (the simulated call went through).
    static func refusal(_ refusal: Refusal) -> JSONValue {
        .object([("stage", .string(refusal.stage.rawValue)), ("error_code", .string(refusal.failure.code)),
                 ("error", .string(refusal.failure.message)), ("fix", refusal.failure.fix.map { .string($0) } ?? .null)])
    }

    static func number(_ value: Double) -> JSONValue { .number(String(format: "%.2f", value)) }
}
