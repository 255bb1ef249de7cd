import Diagnostics
import Foundation
@testable import HCL
import Testing

@Suite struct FunctionTests {
    static let cases: [(String, Value)] = [
        (#"merge({a = 1, b = 2}, {b = 3}, null)"#, ["a": 1, "b": 3]),
        (#"replace("a.b.c", ".", "-")"#, "a-b-c"),
        (#"replace("courses.yourschool.edu", "/[^a-z]/", "")"#, "coursesyourschooledu"),
        (#"lower("AbC")"#, "abc"),
        (#"upper("abc")"#, "ABC"),
        (#"format("%s-%d-%v-%q-%%", "a", 3, true, "q")"#, #"a-3-true-"q"-%"#),
        (#"format("%.2f", 1.5)"#, "1.50"),
        (#"concat([1], [], [2])"#, [1, 2]),
        (#"lookup({a = 1}, "a")"#, 1),
        (#"lookup({a = 1}, "b", "d")"#, "d"),
        (#"coalesce(null, "", "x")"#, "x"),
        (#"join(",", ["a", "b", 1])"#, "a,b,1"),
        (#"split(",", "a,b")"#, ["a", "b"]),
        (#"length("héllo")"#, 5),
        (#"length({a = 1})"#, 1),
        (#"keys({b = 1, a = 2})"#, ["a", "b"]),
        (#"values({b = 1, a = 2})"#, [2, 1]),
        (#"contains(["a"], "a")"#, true),
        (#"tostring(5)"#, "5"),
        (#"tonumber("2.5")"#, .number(Decimal(string: "2.5") ?? 0)),
        (#"jsonencode({b = [1, true, null], a = "x\"y"})"#, #"{"a":"x\"y","b":[1,true,null]}"#),
        (#"trimspace("  x \n")"#, "x"),
        (#"element(["a", "b"], 3)"#, "b"),
        (#"flatten([[1, [2]], 3])"#, [1, 2, 3]),
        (#"distinct([1, 2, 1])"#, [1, 2]),
        (#"toset(["b", "a", "b"])"#, ["a", "b"]),
        (#"tolist([1])"#, [1]),
        (#"tomap({a = 1})"#, ["a": 1]),
        (#"startswith("terraform", "terra")"#, true),
        (#"endswith("terraform", "form")"#, true),
        (#"substr("hello", 1, 3)"#, "ell"),
        (#"substr("hello", -3, -1)"#, "llo"),
        (#"abs(-4)"#, 4),
        (#"max(1, 7, 3)"#, 7),
        (#"min(4, 2)"#, 2),
        (#"range(3)"#, [0, 1, 2]),
        (#"range(1, 7, 2)"#, [1, 3, 5]),
        (#"zipmap(["a", "b"], [1, 2])"#, ["a": 1, "b": 2]),
        (#"regex("[0-9]+", "db.t3.large")"#, "3"),
        (#"regex("^(\\w+)\\.(\\w+)", "db.t3")"#, ["db", "t3"]),
        (#"can(regex("^x", "y"))"#, false),
        (#"ceil(1.2)"#, 2),
        (#"floor(1.8)"#, 1),
        (#"7 % 3"#, 1),
    ]

    @Test(arguments: cases) func function(expression: String, expected: Value) throws {
        #expect(try evaluate(expression) == expected)
    }

    @Test(arguments: [
        "lower()", "lookup({}, \"k\")", "coalesce(null)", "element([], 0)", "format(\"%s\")", "format(\"%x\", 1)",
        "range(0, 10000000000)", "range(1, 2, 0)", "zipmap([\"a\"], [])", "tonumber(\"1x\")", "substr(\"a\", 5, 1)",
        "regex(\"(\", \"x\")", "merge(1)", "join(\",\", \"a\")", "max()", "1e999999999 * 1e999999999",
        "1e120 * 1e120", "1e120 * 1e120 / 1e-120",
    ])
    func misuseThrows(expression: String) {
        #expect(throws: HCLError.self) { try evaluate(expression) }
    }
}
