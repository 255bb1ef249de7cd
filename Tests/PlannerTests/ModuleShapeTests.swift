import Blueprint
@testable import Planner
import Testing

/// Modules share a worked-out shape only when their addresses and references all match.
struct ModuleShapeTests {
    static func configuration(aNeedsB: Bool, cbd: Bool = false) -> TerraformConfiguration {
        TerraformConfiguration([
            Resource(address: "aws_s3_bucket.a", type: "aws_s3_bucket", module: "shape_tests",
                     attributes: cbd ? ["create_before_destroy": .bool(true)] : [:], dependsOn: aNeedsB ? ["aws_s3_bucket.b"] : []),
            Resource(address: "aws_s3_bucket.b", type: "aws_s3_bucket", module: "shape_tests",
                     dependsOn: aNeedsB ? [] : ["aws_s3_bucket.a"]),
        ])
    }

    @Test func sameAddressesWithOtherReferencesKeepTheirOwnOrder() throws {
        let first = Self.configuration(aNeedsB: true), second = Self.configuration(aNeedsB: false)
        let again = Self.configuration(aNeedsB: true)
        #expect(first.modules["shape_tests"]?.order == ["aws_s3_bucket.b", "aws_s3_bucket.a"])
        #expect(second.modules["shape_tests"]?.order == ["aws_s3_bucket.a", "aws_s3_bucket.b"])
        #expect(again.modules["shape_tests"]?.order == ["aws_s3_bucket.b", "aws_s3_bucket.a"])
        #expect(second.modules["shape_tests"]?.shape !== first.modules["shape_tests"]?.shape)
    }

    @Test func theSameShapeIsWorkedOutOnceAndShared() throws {
        // A memo of the test's own: the process's memo starts afresh when it has seen many module
        // names, which tests running at the same time may make it do between two look-ups.
        let memo = ModuleShape.Memo()
        func shape(_ configuration: TerraformConfiguration) throws -> ModuleShape {
            let resources = try #require(configuration.modules["shape_tests"]?.resources)
            return ModuleShape.of(module: "shape_tests", resources, declared: [], in: memo)
        }
        let first = try shape(Self.configuration(aNeedsB: true))
        let second = try shape(Self.configuration(aNeedsB: false))
        let again = try shape(Self.configuration(aNeedsB: true))
        #expect(again === first)
        #expect(second !== first)
        #expect(again.sequence == first.sequence && second.sequence != first.sequence)
    }

    @Test func aDeclaredCreateBeforeDestroyIsPartOfTheShape() throws {
        let plain = Self.configuration(aNeedsB: true), declared = Self.configuration(aNeedsB: true, cbd: true)
        // a declares it and depends on b, so b replaces create-before-destroy too (§1.2).
        #expect(plain.modules["shape_tests"]?.walk.map(\.createBeforeDestroy) == [false, false])
        #expect(declared.modules["shape_tests"]?.walk.map(\.createBeforeDestroy) == [true, true])
    }
}
