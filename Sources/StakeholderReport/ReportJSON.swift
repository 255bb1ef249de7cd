import Catalog
import Cost
import Foundation
import Report

/// `Reports/<scenario>/cost.json`: the cost JSON of `edxplan cost --format json` unchanged
/// (so `jq '.environments[0].monthly_total'` keeps working), followed by a `report` object with
/// every number the charts and tables of the pack show.
public enum ReportJSON {
    public static func render(_ document: ReportDocument) -> String { value(document).rendered() }

    public static func value(_ document: ReportDocument) -> JSONValue {
        guard case .object(var members) = CostJSON.value(document.cost) else { return CostJSON.value(document.cost) }
        var report: [(String, JSONValue)] = [
            ("annual_total", money(document.annualTotal)),
            ("environments", .array(document.environments.map { environment in
                .object([("name", .string(environment.name)), ("region", .string(environment.region)),
                         ("monthly_total", money(environment.monthly)), ("annual_total", money(environment.annual)),
                         ("monthly_growth_percent", .number(environment.growthPercent.description)),
                         ("services", .array(environment.services.map { service in
                             .object([("service", .string(service.service)), ("monthly_total", money(service.monthly))])
                         }))])
            })),
            ("services", .array(document.services.map { .object([("service", .string($0.service)), ("monthly_total", money($0.monthly))]) })),
            ("drivers", .array(document.drivers.map { driver in
                .object([("environment", .string(driver.environment)), ("service", .string(driver.service)),
                         ("address", .string(driver.address)), ("main_component", .string(driver.mainComponent)),
                         ("monthly_total", money(driver.monthly))])
            })),
            ("projection", .object([
                ("twelve_month_total", money(document.projection.twelveMonthTotal)),
                ("month_totals", .array(document.projection.monthTotals.map(money))),
                ("environments", .array(document.projection.series.map { series in
                    .object([("name", .string(series.environment)), ("monthly_growth_percent", .number(series.growthPercent.description)),
                             ("months", .array(series.months.map(money)))])
                })),
            ])),
            ("reserved_capacity", savings(document.savings)),
        ]
        if let comparison = document.comparison { report.append(("comparison", ReportJSON.comparison(comparison))) }
        report.append(("apply_timeline", .array(document.timeline.map { scope in
            .object([("scope", .string(scope.scope)), ("total_minutes", .number(ReportCharts.minutes(scope.totalMinutes))),
                     ("units", .array(scope.units.map { unit in
                         .object([("module", .string(unit.module)), ("wave", .number(String(unit.wave + 1))),
                                  ("resources", .number(String(unit.resources))),
                                  ("start_minute", .number(ReportCharts.minutes(unit.startMinute))),
                                  ("end_minute", .number(ReportCharts.minutes(unit.endMinute))),
                                  ("minutes", .number(ReportCharts.minutes(unit.endMinute - unit.startMinute))),
                                  ("status", .string(unit.status))])
                     })),
                     ("real_run_stops", .array(scope.stops.map { stop in
                         .object([("module", .string(stop.module)), ("address", .string(stop.address)), ("when", .string(stop.when)),
                                  ("error", .string(stop.error)), ("fix", stop.fix.map { .string($0) } ?? .null)])
                     }))])
        })))
        if let rehearsal = document.rehearsal { report.append(("rehearsal", SectionJSON.rehearsal(rehearsal))) }
        if let sizing = document.sizing { report.append(("sizing", .array(sizing.map(SectionJSON.sizing)))) }
        report.append(("pending_sections", .array(document.pendingSections.map { .string($0) })))
        if let index = members.firstIndex(where: { $0.0 == "assumptions" }) { members[index].1 = .array(document.assumptions.map { .string($0) }) }
        members.append(("report", .object(report)))
        return .object(members)
    }

    static func savings(_ savings: Savings) -> JSONValue {
        .object([
            ("break_even_month", .number(String(savings.breakEvenMonth))),
            ("monthly_saving", .object(Savings.terms.map { ($0.replacingOccurrences(of: "-", with: "_"), money(savings.monthlySaving($0))) })),
            ("lines", .array(savings.lines.map { line in
                .object([("environment", .string(line.environment)), ("address", .string(line.address)),
                         ("instance_type", .string(line.instanceType)), ("price_key", .string(line.priceKey)),
                         ("on_demand_monthly", money(line.onDemandMonthly)),
                         ("reserved_monthly", .object(Savings.terms.map { ($0.replacingOccurrences(of: "-", with: "_"), line.reservedMonthly[$0].map(money) ?? .null) }))])
            })),
            ("without_reserved_rate", .array(savings.missing.map { missing in
                .object([("environment", .string(missing.environment)), ("address", .string(missing.address)),
                         ("instance_type", .string(missing.instanceType)), ("reason", .string(missing.reason))])
            })),
        ])
    }

    static func comparison(_ comparison: Comparison) -> JSONValue {
        .object([
            ("baseline", .string(comparison.baseline)),
            ("monthly_change", money(comparison.after - comparison.before)),
            ("environments", .array(comparison.environments.map { change in
                .object([("name", .string(change.name)), ("before", money(change.before)), ("after", money(change.after)),
                         ("change", money(change.change))])
            })),
            ("largest_changes", .array(comparison.largest.map { change in
                .object([("environment", .string(change.environment)), ("address", .string(change.address)),
                         ("component", .string(change.component)), ("before", money(change.before)),
                         ("after", money(change.after)), ("change", money(change.change))])
            })),
        ])
    }

    static func money(_ amount: Money) -> JSONValue { .number(amount.plain) }
}
