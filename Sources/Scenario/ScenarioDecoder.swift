import Diagnostics
import Foundation

/// Turns a resolved YAML tree into a `Scenario`, filling in the cookiecutter defaults and
/// rejecting what the cookiecutter could never create.
enum ScenarioDecoder {
    static func decode(_ tree: SourceValue, file: String) throws -> Scenario {
        let top = try Fields(tree, path: "", allowed: [
            "name", "description", "extends", "platform", "layout", "allocation", "shared", "environments", "terragrunt",
        ])
        let platform = try decodePlatform(top)
        let layout: Layout = try top.choice("layout", default: .perEnvironment)
        let name = try top.string("name", default: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        // The name names the report folder and the default account file.
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ScenarioError.outOfRange(top.location("name"), key: "name", value: "empty", rule: "a name such as 'my-school'")
        }

        var shared: Environment?
        switch (layout, top.child("shared")) {
        case (.sharedStack, let block?):
            shared = try EnvironmentDecoder.decode(block, name: "shared", path: "shared", platform: platform, layout: layout,
                                                   defaultModules: [.vpc, .kubernetes, .mysql, .ec2Bastion],
                                                   allowedModules: [.vpc, .kubernetes, .mysql, .ec2Bastion])
        case (.sharedStack, nil):
            throw ScenarioError.missingKey(tree.location, key: "shared")
        case (.perEnvironment, let block?):
            throw ScenarioError.inconsistent(block.location, problem: "`shared` is only for `layout: shared-stack`")
        case (.perEnvironment, nil):
            break
        }

        guard let environmentsNode = top.child("environments"), case .mapping(let entries) = environmentsNode.kind else {
            throw top.has("environments")
                ? ScenarioError.wrongType(top.location("environments"), key: "environments", expected: "a mapping of environment names")
                : ScenarioError.missingKey(tree.location, key: "environments")
        }
        guard !entries.isEmpty else {
            throw ScenarioError.inconsistent(environmentsNode.location, problem: "a scenario needs at least one environment")
        }
        guard entries.count <= YAMLLimits.maxEnvironments else {
            throw ScenarioError.limit(entries[YAMLLimits.maxEnvironments].keyLocation, problem:
                "the scenario has \(YAMLLimits.grouped(entries.count)) environments; edxplan plans at most \(YAMLLimits.grouped(YAMLLimits.maxEnvironments))")
        }
        let defaultModules: [ModuleName] = layout == .perEnvironment
            ? [.vpc, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql, .redis, .s3OpenedxStorage, .cloudfront]
            : [.vpc, .acm, .kubernetes, .kubernetesIngressCLB, .kubernetesSecrets, .mysql, .redis, .s3OpenedxStorage, .cloudfront]
        let environments = try entries.map { entry in
            guard NamePattern.matches(entry.key, first: NamePattern.isLower,
                                      rest: { NamePattern.isLower($0) || NamePattern.isDigit($0) || $0 == UInt8(ascii: "-") }) else {
                throw ScenarioError.inconsistent(entry.keyLocation, problem:
                    "environment name '\(Printable.escaped(entry.key))' must be lower-case letters, digits and '-', starting with a letter")
            }
            return try EnvironmentDecoder.decode(entry.value, name: entry.key, path: "environments.\(entry.key)",
                                                 platform: platform, layout: layout, defaultModules: defaultModules)
        }
        return Scenario(name: name, description: try top.string("description", default: ""), file: file,
                        platform: platform, layout: layout, shared: shared,
                        allocation: try top.choice("allocation", default: .even), environments: environments,
                        autoRetry: try decodeAutoRetry(top))
    }

    /// The `terragrunt:` block: the auto-retry attributes of the root `terragrunt.hcl`.
    private static func decodeAutoRetry(_ top: Fields) throws -> AutoRetry {
        guard let block = top.child("terragrunt") else { return .terragruntDefault }
        let fields = try Fields(block, path: "terragrunt",
                                allowed: ["retryable_errors", "retry_max_attempts", "retry_sleep_interval_sec", "errors"])
        var retry = AutoRetry.terragruntDefault
        if let items = try fields.list("retryable_errors") {
            retry.retryableErrors = try patterns(items, key: "terragrunt.retryable_errors")
        }
        if let errors = fields.child("errors") { retry.errors = try ErrorRulesDecoder.decode(errors) }
        // At least one run: Terragrunt's loop with 0 never runs the command at all. A hundred
        // runs, or an hour between two, is past any sensible retry of a transient error.
        retry.maxAttempts = try fields.int("retry_max_attempts", default: retry.maxAttempts, min: 1, max: 100)
        retry.sleepSeconds = try fields.int("retry_sleep_interval_sec", default: retry.sleepSeconds, min: 0, max: 3600)
        return retry
    }

    /// A list of Go regular expressions, each checked where it is written.
    static func patterns(_ items: [SourceValue], key: String) throws -> [String] {
        try items.map { item in
            guard case .scalar(let pattern) = item.kind else {
                throw ScenarioError.wrongType(item.location, key: key, expected: "a list of regular expressions")
            }
            let expression = pattern.hasPrefix("!") && key.hasPrefix("terragrunt.errors") ? String(pattern.dropFirst()) : pattern
            if let problem = AutoRetry.problem(with: expression) {
                throw ScenarioError.inconsistent(item.location, problem:
                    "\(key): '\(pattern)' is not a regular expression Go's regexp accepts (\(problem)); write it as in terragrunt.hcl, e.g. '(?s).*InvalidDBParameterGroupState.*'")
            }
            return pattern
        }
    }

    private static func decodePlatform(_ top: Fields) throws -> Platform {
        let fields = try Fields(top.child("platform") ?? SourceValue(kind: .null, location: top.value.location),
                                path: "platform",
                                allowed: ["name", "platform_region", "root_domain", "aws_region", "account_id"])
        let account = try fields.string("account_id", default: "123456789012")
        guard account.count == 12, account.allSatisfy(\.isNumber) else {
            throw ScenarioError.outOfRange(fields.location("account_id"), key: "platform.account_id", value: account,
                                           rule: "a 12-digit AWS account id (quote it in YAML)")
        }
        let region = try fields.string("aws_region", default: "us-east-1")
        try AWSNames.checkRegion(region, key: "platform.aws_region", at: fields.location("aws_region"))
        let rootDomain = try fields.string("root_domain", default: "yourschool.edu")
        try AWSNames.checkDNSName(rootDomain, key: "platform.root_domain", labels: 2, at: fields.location("root_domain"))
        return Platform(name: try fields.string("name", default: "yourschool"),
                        platformRegion: try fields.string("platform_region", default: "usa_east"),
                        rootDomain: rootDomain, awsRegion: region, accountID: account)
    }
}
