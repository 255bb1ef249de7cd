@testable import Account
import Blueprint
import Testing

/// The memory account's ID table against a dictionary, through growth and deletes that shift
/// later slots back: every ID it holds is found at its row, every other one is not.
@Suite struct RowIndexTests {
    @Test(arguments: [1, 7, 42]) func answersAsADictionaryDoes(seed: UInt64) {
        var random = seed
        func next(_ bound: Int) -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((random >> 33) % UInt64(bound))
        }
        var rows: [AccountResource?] = []
        var index = RowIndex()
        var expected: [String: Int] = [:]
        func resource(_ id: String) -> AccountResource {
            AccountResource(new: NewResource(type: "aws_subnet", region: "us-east-1", scope: "prod", module: "vpc"), id: id, arn: id,
                            minute: 0)
        }
        // Few enough IDs that runs of neighbouring slots form and are cut by deletes.
        for step in 0..<6000 {
            let id = "subnet-\(next(1500))"
            if let row = expected[id], next(3) == 0 {
                #expect(index.remove(ResourceKey(id), in: rows) == row)
                rows[row] = nil
                expected[id] = nil
            } else if expected[id] == nil {
                rows.append(resource(id))
                index.insert(ResourceKey(id), row: rows.count - 1)
                expected[id] = rows.count - 1
            }
            if step % 500 == 0 || step == 5999 {
                for probe in 0..<1500 {
                    let id = "subnet-\(probe)"
                    #expect(index.row(of: ResourceKey(id), in: rows) == expected[id])
                }
                #expect(index.count == expected.count)
            }
        }
        #expect(index.remove(ResourceKey("subnet-none"), in: rows) == nil)
        #expect(expected.count > 300)
    }
}
