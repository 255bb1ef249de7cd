/// How bad a hazard is, in the words operators use when they decide what to fix first.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    case dataLoss = "data-loss"
    case blocksDestroy = "blocks-destroy"
    case blocksRecreate = "blocks-recreate"
    case security
    case cost

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// One hazard: found by reading the configuration, or met while running.
public struct Hazard: Sendable, Equatable {
    /// Stable id: the cookiecutter-backend.md section 6 number where there is one (`H1`),
    /// otherwise a slug (`TS-H7`, terraform-semantics.md's list).
    public var id: String
    public var title: String
    public var severity: Severity
    public var scope: String
    public var address: String
    /// Which attribute has which value, and where it came from.
    public var evidence: String
    /// The AWS (or provider) error users would meet, when there is one.
    public var awsError: String?
    public var fix: String
    /// True when it was met while running, not only read from the configuration.
    public var met: Bool

    public init(id: String, title: String, severity: Severity, scope: String, address: String, evidence: String,
                awsError: String? = nil, fix: String, met: Bool = false) {
        self.id = id
        self.title = title
        self.severity = severity
        self.scope = scope
        self.address = address
        self.evidence = evidence
        self.awsError = awsError
        self.fix = fix
        self.met = met
    }
}
