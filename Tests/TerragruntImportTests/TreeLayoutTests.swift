import Testing
@testable import TerragruntImport

@Test func layoutNamesMatchTheScenarioFormat() {
    #expect(TreeLayout(rawValue: "per-environment") == .perEnvironment)
    #expect(TreeLayout(rawValue: "shared-stack") == .sharedStack)
}
