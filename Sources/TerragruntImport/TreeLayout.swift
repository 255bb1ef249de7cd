/// The two Terragrunt trees the cookiecutter has generated (cookiecutter-backend.md §3 and §5).
public enum TreeLayout: String, Sendable, Equatable {
    /// v0.0.6: `terraform/environments/<env>/<module>/terragrunt.hcl` with `terraform/modules/<module>`.
    case perEnvironment = "per-environment"
    /// HEAD: a shared stack root (`terraform/stacks/<id>`) and an environments root whose units
    /// depend across roots.
    case sharedStack = "shared-stack"
}
