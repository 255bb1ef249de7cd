import Diagnostics

/// Why a file is not read as a plan: nothing is priced or written, exit 2.
public struct PlanJSONError: UserError, Equatable {
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    static let howToWrite = "write the plan with `terraform plan -out=plan.tfplan` then `terraform show -json plan.tfplan > plan.json`"
}
