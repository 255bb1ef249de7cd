/// Every function name Terraform 1.x and Terragrunt define, whether or not this evaluator
/// implements it. A call to one edxplan does not implement is unknown but legitimate (a warning,
/// its result unknown); a call to a name in neither list is what HCL itself refuses: "Call to
/// unknown function: There is no function named "x"." (hashicorp/hcl v2, hclsyntax
/// FunctionCallExpr.Value), so terragrunt stops there and so does edxplan.
enum KnownFunctions {
    /// Terraform's built-in functions (developer.hashicorp.com/terraform/language/functions),
    /// including `list` and `map`, which 0.12-0.14 trees still call.
    static let terraform: Set<String> = [
        "abs", "abspath", "alltrue", "anytrue", "base64decode", "base64encode", "base64gzip", "base64sha256",
        "base64sha512", "basename", "bcrypt", "can", "ceil", "chomp", "chunklist", "cidrhost", "cidrnetmask",
        "cidrsubnet", "cidrsubnets", "coalesce", "coalescelist", "compact", "concat", "contains", "csvdecode",
        "dirname", "distinct", "element", "endswith", "ephemeralasnull", "file", "filebase64", "filebase64sha256",
        "filebase64sha512", "fileexists", "filemd5", "fileset", "filesha1", "filesha256", "filesha512", "flatten",
        "floor", "format", "formatdate", "formatlist", "indent", "index", "issensitive", "join", "jsondecode",
        "jsonencode", "keys", "length", "list", "log", "lookup", "lower", "map", "matchkeys", "max", "md5", "merge",
        "min", "nonsensitive", "one", "parseint", "pathexpand", "plantimestamp", "pow", "range", "regex", "regexall",
        "replace", "reverse", "rsadecrypt", "sensitive", "setintersection", "setproduct", "setsubtract", "setunion",
        "sha1", "sha256", "sha512", "signum", "slice", "sort", "split", "startswith", "strcontains", "strrev", "substr",
        "sum", "templatefile", "templatestring", "textdecodebase64", "textencodebase64", "timeadd", "timecmp",
        "timestamp", "title", "tobool", "tolist", "tomap", "tonumber", "toset", "tostring", "transpose", "trim",
        "trimprefix", "trimspace", "trimsuffix", "try", "type", "upper", "urlencode", "uuid", "uuidv5", "values",
        "yamldecode", "yamlencode", "zipmap",
    ]

    /// Terragrunt's own functions (terragrunt.gruntwork.io, "Built-in functions").
    static let terragrunt: Set<String> = [
        "find_in_parent_folders", "path_relative_to_include", "path_relative_from_include", "get_env", "get_platform",
        "get_repo_root", "get_path_from_repo_root", "get_path_to_repo_root", "get_terragrunt_dir", "get_working_dir",
        "get_parent_terragrunt_dir", "get_original_terragrunt_dir", "get_terraform_commands_that_need_vars",
        "get_terraform_commands_that_need_input", "get_terraform_commands_that_need_locking",
        "get_terraform_commands_that_need_parallelism", "get_terraform_command", "get_terraform_cli_args",
        "get_default_retryable_errors", "get_aws_account_alias", "get_aws_account_id", "get_aws_caller_identity_arn",
        "get_aws_caller_identity_user_id", "run_cmd", "read_terragrunt_config", "sops_decrypt_file",
        "get_terragrunt_source_cli_flag", "read_tfvars_file", "mark_as_read", "mark_glob_as_read", "constraint_check",
    ]

    static func exists(_ name: String) -> Bool {
        terraform.contains(name) || terragrunt.contains(name) || name.hasPrefix("provider::")
    }
}
