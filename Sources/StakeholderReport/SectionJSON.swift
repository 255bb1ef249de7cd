import Catalog
import Foundation
import Report
import Rehearsal

/// The `rehearsal` and `sizing` members of cost.json's `report` object.
enum SectionJSON {
    static func rehearsal(_ rehearsal: ReportRehearsal) -> JSONValue {
        .object([
            ("seed", .number(String(ReportRehearsal.seed))),
            ("faults", .number("0")),
            ("shared_account", .bool(rehearsal.sharedAccount)),
            ("hazard_count", .number(String(rehearsal.hazardCount))),
            ("hazards_by_severity", .array(rehearsal.hazardsBySeverity.map { item in
                .object([("severity", .string(item.severity.rawValue)), ("count", .number(String(item.count)))])
            })),
            ("scopes", .array(rehearsal.scopes.map(scope))),
        ])
    }

    static func scope(_ scope: ScopeRehearsal) -> JSONValue {
        .object([
            ("scope", .string(scope.scope)),
            ("succeeded", .bool(scope.succeeded)),
            ("downtime_minutes", .number(ReportCharts.minutes(scope.downtimeMinutes))),
            ("total_minutes", .number(ReportCharts.minutes(scope.totalMinutes))),
            ("data_loss", .array(scope.dataLoss.map { entry in
                .object([("store", .string(entry.store)), ("address", .string(entry.address)),
                         ("size_gb", entry.sizeGB.map { .number(ReportCharts.minutes($0)) } ?? .null),
                         ("outcome", .string(entry.outcome.rawValue)), ("why", .string(entry.why))])
            })),
            ("failures", .array(scope.failures.map { failure in
                .object([("id", .string(failure.id)), ("address", .string(failure.address)), ("aws_error", .string(failure.code)),
                         ("message", .string(failure.message)), ("fix", .string(failure.fix))])
            })),
            ("orphans", .array(scope.orphans.map { .string($0) })),
            ("hazards", .array(scope.hazards.map { hazard in
                .object([("id", .string(hazard.id)), ("severity", .string(hazard.severity.rawValue)), ("title", .string(hazard.title)),
                         ("address", .string(hazard.address)), ("evidence", .string(hazard.evidence)),
                         ("aws_error", hazard.awsError.map { .string($0) } ?? .null), ("fix", .string(hazard.fix))])
            })),
        ])
    }

    static func sizing(_ sizing: EnvironmentSizing) -> JSONValue {
        guard let plan = sizing.plan else {
            return .object([("environment", .string(sizing.environment)), ("sized", .bool(false)),
                            ("missing", .string(sizing.missing ?? ""))])
        }
        return .object([
            ("environment", .string(sizing.environment)), ("sized", .bool(true)),
            ("learners", .number(String(plan.learners))), ("peak_concurrent_users", .number(String(plan.peakUsers))),
            ("current", .object([
                ("configuration", .string(plan.current)), ("monthly_cost", plan.currentMonthly.map(ReportJSON.money) ?? .null),
                ("fits", .bool(plan.fits)), ("binding", .string(plan.bindingName)), ("binding_text", .string(plan.binding)),
                ("violations", .array(plan.violations.map { .string($0) })),
            ])),
            ("recommendation", .object([
                ("configuration", .string(plan.recommendation.configuration)),
                ("monthly_cost", ReportJSON.money(plan.recommendation.monthly)),
                ("monthly_cost_delta", plan.monthlyCostDelta.map(ReportJSON.money) ?? .null),
                ("binding_text", .string(plan.recommendationBinding)),
                ("expected_downtime_minutes", .number(ReportCharts.minutes(plan.downtimeMinutes))),
            ])),
            ("alternatives", .array(plan.alternatives.enumerated().map { index, option in
                .object([("rank", .number(String(index + 1))), ("configuration", .string(option.configuration)),
                         ("monthly_cost", ReportJSON.money(option.monthly))])
            })),
        ])
    }
}
