import Foundation
import Scenario
import Testing

/// `SourceValue.merged(with:)`: how `extends` lays a what-if over its base.
@Suite struct SourceValueTests {
    /// A plain, comparable view of a tree: scalars as strings, lists as arrays, mappings as
    /// ordered key/value pairs.
    indirect enum Shape: Equatable {
        case scalar(String), null, list([Shape]), map([Pair])
    }
    struct Pair: Equatable {
        var key: String
        var value: Shape
    }

    func shape(_ value: SourceValue) -> Shape {
        switch value.kind {
        case .scalar(let text): return .scalar(text)
        case .null: return .null
        case .sequence(let items): return .list(items.map(shape))
        case .mapping(let entries): return .map(entries.map { Pair(key: $0.key, value: shape($0.value)) })
        }
    }

    func entry(_ value: SourceValue, _ key: String) -> SourceValue.Entry? {
        guard case .mapping(let entries) = value.kind else { return nil }
        return entries.first { $0.key == key }
    }

    @Test func mappingsMergeKeyByKeyScalarsAndListsAreReplaced() throws {
        let base = try SourceValue.parse("""
            name: base
            db: { class: small, storage: 10, tags: [a, b] }
            modules: [vpc, mysql, redis]
            only_in_base: 1
            """, file: "base.yaml")
        let top = try SourceValue.parse("""
            db: { class: large, tags: [c] }
            modules: [vpc]
            only_in_top: 2
            name: top
            """, file: "top.yaml")
        let merged = base.merged(with: top)
        #expect(shape(merged) == .map([
            Pair(key: "name", value: .scalar("top")),
            Pair(key: "db", value: .map([
                Pair(key: "class", value: .scalar("large")),
                Pair(key: "storage", value: .scalar("10")),
                Pair(key: "tags", value: .list([.scalar("c")])),
            ])),
            Pair(key: "modules", value: .list([.scalar("vpc")])),
            Pair(key: "only_in_base", value: .scalar("1")),
            Pair(key: "only_in_top", value: .scalar("2")),
        ]))
    }

    @Test func mergedValuesKeepTheFileTheyWereWrittenIn() throws {
        let base = try SourceValue.parse("db:\n  class: small\n  storage: 10\n", file: "base.yaml")
        let top = try SourceValue.parse("db:\n  class: large\n", file: "top.yaml")
        let merged = base.merged(with: top)
        let db = try #require(entry(merged, "db"))
        #expect(db.keyLocation.description == "top.yaml:1:1")
        #expect(try #require(entry(db.value, "class")).value.location.description == "top.yaml:2:10")
        #expect(try #require(entry(db.value, "storage")).value.location.description == "base.yaml:3:12")
        #expect(merged.location.file == "top.yaml")
    }

    @Test func aMappingReplacesAScalarAndAScalarReplacesAMapping() throws {
        let scalar = try SourceValue.parse("gb: 200\n", file: "a.yaml")
        let mapping = try SourceValue.parse("gb: { us: 1, europe: 2 }\n", file: "b.yaml")
        #expect(shape(scalar.merged(with: mapping)) == .map([
            Pair(key: "gb", value: .map([Pair(key: "us", value: .scalar("1")), Pair(key: "europe", value: .scalar("2"))])),
        ]))
        #expect(shape(mapping.merged(with: scalar)) == .map([Pair(key: "gb", value: .scalar("200"))]))
    }

    @Test func aNullOverrideReplacesTheBaseValue() throws {
        let base = try SourceValue.parse("db: { class: small }\n", file: "a.yaml")
        let top = try SourceValue.parse("db:\n", file: "b.yaml")
        #expect(shape(base.merged(with: top)) == .map([Pair(key: "db", value: .null)]))
    }

    @Test func parseKeepsQuotedNullLikeStringsAndLocations() throws {
        let tree = try SourceValue.parse("a: ~\nb: 'null'\nc:\n  - x\n", file: "f.yaml")
        #expect(shape(tree) == .map([
            Pair(key: "a", value: .null), Pair(key: "b", value: .scalar("null")), Pair(key: "c", value: .list([.scalar("x")])),
        ]))
        #expect(try #require(entry(tree, "c")).keyLocation.description == "f.yaml:3:1")
        #expect(try #require(entry(tree, "c")).value.location.description == "f.yaml:4:3")
    }

    @Test func emptyTextIsAnEmptyMapping() throws {
        let tree = try SourceValue.parse("", file: "empty.yaml")
        #expect(shape(tree) == .map([]))
        #expect(tree.location.description == "empty.yaml:1:1")
    }
}
