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
        // The same shape is worked out once and shared.
        #expect(again.modules["shape_tests"]?.shape === first.modules["shape_tests"]?.shape)
        #expect(second.modules["shape_tests"]?.shape !== first.modules["shape_tests"]?.shape)
    }

    @Test func aDeclaredCreateBeforeDestroyIsPartOfTheShape() throws {
        let plain = Self.configuration(aNeedsB: true), declared = Self.configuration(aNeedsB: true, cbd: true)
        // a declares it and depends on b, so b replaces create-before-destroy too (§1.2).
        #expect(plain.modules["shape_tests"]?.walk.map(\.createBeforeDestroy) == [false, false])
        #expect(declared.modules["shape_tests"]?.walk.map(\.createBeforeDestroy) == [true, true])
    }
}
