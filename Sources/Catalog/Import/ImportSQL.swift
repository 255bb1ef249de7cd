import Foundation

/// The SQL text `edxplan catalog import` writes under `Catalog/imports/`: plain statements a
/// person can read and review in a diff, applied by the builder after `Catalog/data`.
enum ImportSQL {
    /// A header naming where the rows came from, then one statement per row.
    static func file(input: String, kind: String, asOf: String, statements: [String]) -> String {
        // A file name is user input; keep it on the comment line it belongs to.
        let name = input.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return """
        -- Imported by `edxplan catalog import \(kind)` from \(name), as of \(asOf).
        -- Generated file: re-run the import instead of editing it. Applied after Catalog/data, so these
        -- rows replace the hand-written ones with the same key.

        """ + "\n" + statements.joined(separator: "\n") + "\n"
    }

    /// `INSERT OR REPLACE`: the UNIQUE price key plus tier decides which row an import replaces.
    static func insert(_ row: PriceRow) -> String {
        let values = [row.service, row.region, row.productFamily, row.instanceType, row.engine, row.deployment,
                      row.operatingSystem, row.usageType, row.term].map(literal)
            + [number(row.tierStart)] + [row.unit, row.usdPerUnit, row.description, row.source, row.asOf].map(literal)
        return "INSERT OR REPLACE INTO prices (service, region, product_family, instance_type, engine, deployment, "
            + "operating_system, usage_type, term, tier_start, unit, usd_per_unit, description, source, as_of) VALUES ("
            + values.joined(separator: ", ") + ");"
    }

    /// An upsert rather than `INSERT OR REPLACE`: the EC2 API has no burstable baseline or
    /// credit rate, so replacing the row would erase the hand-sourced values the cost engine
    /// needs for unlimited-mode credits. Those two columns keep their old value when the
    /// import has none, and the source then says where they came from.
    static func upsert(_ type: InstanceType) -> String {
        let values = [literal(type.service), literal(type.type), String(type.vcpu), number(type.memoryGib),
                      type.burstable ? "1" : "0", optional(type.baselinePct), optional(type.creditsPerHour),
                      literal(type.architecture), optional(type.maxEnis.map(Double.init)),
                      optional(type.ipv4PerEni.map(Double.init)), literal(type.source), literal(type.asOf)]
        return "INSERT INTO instance_types (service, type, vcpu, memory_gib, burstable, baseline_pct, credits_per_hour, "
            + "architecture, max_enis, ipv4_per_eni, source, as_of) VALUES (" + values.joined(separator: ", ") + ")"
            + " ON CONFLICT (service, type) DO UPDATE SET vcpu = excluded.vcpu, memory_gib = excluded.memory_gib,"
            + " burstable = excluded.burstable,"
            + " baseline_pct = COALESCE(excluded.baseline_pct, instance_types.baseline_pct),"
            + " credits_per_hour = COALESCE(excluded.credits_per_hour, instance_types.credits_per_hour),"
            + " architecture = excluded.architecture, max_enis = excluded.max_enis, ipv4_per_eni = excluded.ipv4_per_eni,"
            + " source = CASE WHEN excluded.baseline_pct IS NULL AND instance_types.baseline_pct IS NOT NULL"
            + " THEN excluded.source || '; baseline and credits kept from: ' || instance_types.source"
            + " ELSE excluded.source END, as_of = excluded.as_of;"
    }

    /// A SQL string literal: single quotes doubled, nothing else needs escaping in SQLite.
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Whole numbers without a `.0`, so `tier_start` reads as AWS wrote it.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func optional(_ value: Double?) -> String { value.map(number) ?? "NULL" }

    /// Key order, then tier: the written file must not depend on dictionary order, or every
    /// import would show as a change in review.
    static func priceOrder(_ a: PriceRow, _ b: PriceRow) -> Bool {
        let left = [a.service, a.region, a.productFamily, a.instanceType, a.engine, a.deployment,
                    a.operatingSystem, a.usageType, a.term]
        let right = [b.service, b.region, b.productFamily, b.instanceType, b.engine, b.deployment,
                     b.operatingSystem, b.usageType, b.term]
        if left != right { return left.lexicographicallyPrecedes(right) }
        return a.tierStart < b.tierStart
    }

    /// A decoding error in words a user can act on: what was expected and where in the JSON.
    static func describe(_ error: Error) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "at the top level" : "at " + keys.joined(separator: ".")
        }
        switch error {
        case DecodingError.dataCorrupted(let context): return "malformed JSON \(path(context))"
        case DecodingError.keyNotFound(let key, let context): return "no `\(key.stringValue)` \(path(context))"
        case DecodingError.typeMismatch(let type, let context): return "expected \(type) \(path(context))"
        case DecodingError.valueNotFound(let type, let context): return "missing \(type) \(path(context))"
        default: return "\(error)"
        }
    }
}
