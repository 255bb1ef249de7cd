import Testing
@testable import Account

@Suite struct TextJoinTests {
    @Test func joinsPartsInOrderIncludingEmptyAndNonASCII() {
        #expect(Text.join("arn:aws:ec2:", "us-east-1", ":", "", "vpc/", "vpc-0a") == "arn:aws:ec2:us-east-1:vpc/vpc-0a")
        #expect(Text.join() == "")
        #expect(Text.join("é", "-", "名前") == "é-名前")
        let long = String(repeating: "x", count: 100)
        #expect(Text.join(long, long).utf8.count == 200)
    }
}
