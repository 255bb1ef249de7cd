import Blueprint
import Scenario

/// The hazards of cookiecutter-backend.md section 6 whose cause is the way the modules are
/// wired rather than one data store's settings: what lives outside state or must exist
/// before apply (H7, H10), access and coupling (H14-H16), names and state keys shared across
/// environments or platforms (H17, H18), regeneration (H11), DNS01 validation (H22) and the
/// security notes (H23). Each is read from the desired resources, so a scenario (or an
/// imported tree) that fixes the cause no longer reports it.
struct ConfigurationHazards {
    let environment: EnvironmentBlueprint
    let scenario: Scenario
    let settings: Environment?
    private(set) var found: [Hazard] = []

    init(environment: EnvironmentBlueprint, scenario: Scenario, settings: Environment?) {
        self.environment = environment
        self.scenario = scenario
        self.settings = settings
    }

    private mutating func add(_ id: String, _ title: String, _ severity: Severity, _ resource: Resource, _ evidence: String,
                              error: String? = nil, fix: String) {
        found.append(Hazard(id: id, title: title, severity: severity, scope: environment.name,
                            address: "\(resource.module): \(resource.address)", evidence: evidence, awsError: error, fix: fix))
    }

    private func first(_ type: String, in module: String? = nil) -> Resource? {
        environment.resources.first { $0.type == type && (module == nil || $0.module == module) }
    }

    mutating func readAll() {
        outsideState()
        coupling()
        names()
        stateKeys()
        regeneration()
    }

    /// H7: Tutor's caddy Service; H10: what no module creates.
    private mutating func outsideState() {
        if let caddy = environment.resources.first(where: { $0.managedBy == .tutor && $0.type == "aws_elb" }) {
            add("H7", "Tutor's caddy Service makes a second Classic load balancer outside state", .blocksDestroy, caddy,
                "kubernetes_ingress_clb.caddy_load_balancer = true (the deploy workflow sets TUTOR_RUN_CADDY=false, but Tutor v13.1.5's key is ENABLE_WEB_PROXY, default true): caddy is deployed with type LoadBalancer",
                error: "DependencyViolation: The vpc 'vpc-…' has dependencies and cannot be deleted.",
                fix: "tutor config save --set ENABLE_WEB_PROXY=false (the Ingress targets lms and cms directly), or delete the caddy Service before destroying the VPC")
        }
        let manual = environment.resources.filter { $0.managedBy == .manual }
        if let zone = manual.first {
            let names = manual.map { "\($0.address)\($0["name"]?.string.map { " (\($0))" } ?? "")" }
            add("H10", "Prerequisites that no module creates", .blocksRecreate, zone,
                names.joined(separator: ", ") + " must exist before the first apply; data sources look them up by name",
                error: "Error: no matching Route53Zone found",
                fix: "create them in a bootstrap stack of their own (or import them), and keep them out of every environment's destroy")
        }
    }

    /// H14 (CI access), H15 (provider and namespace coupling), H16 (couplings by name), H22
    /// (cert-manager's DNS01 zone).
    private mutating func coupling() {
        if let cluster = first("aws_eks_cluster") {
            add("H14", "The CI user is never granted access to the cluster", .blocksRecreate, cluster,
                "map_users feeds only local.updated_auth_configmap_data; eks v18.31.2 defaults manage_aws_auth_configmap = false and create_aws_auth_configmap = false",
                error: "error: You must be logged in to the server (Unauthorized)",
                fix: "set manage_aws_auth_configmap = true and aws_auth_users = var.map_users on module.eks, so a recreated cluster grants it again")
        }
        if let namespace = first("kubernetes_namespace") {
            let writers = Set(environment.resources.filter { $0.type == "kubernetes_secret" && $0.module != namespace.module }
                .map(\.module)).sorted()
            if !writers.isEmpty {
                add("H15", "One namespace holds the secrets of \(writers.count) other states", .blocksRecreate, namespace,
                    "\(namespace.module) owns \(namespace.address) (\(namespace["name"]?.string ?? "")); kubernetes_secret resources of \(writers.joined(separator: ", ")) live in it; the kubernetes provider is configured from module.eks.cluster_id in the same state",
                    fix: "after recreating the namespace (or the cluster), re-apply every module that writes a secret into it; configure the provider from the cluster's name, not from module.eks")
            }
        }
        if let distribution = first("aws_cloudfront_distribution"), first("aws_s3_bucket", in: "s3_openedx_storage") != nil {
            add("H16", "CloudFront finds the bucket and the certificate by name", .blocksRecreate, distribution,
                "origin \(distribution["origin"]?.string ?? "") is a string (local.s3_bucket_domain) and the certificate a lookup by domain: no dependency block passes their outputs, so only the dependencies list orders them",
                fix: "add dependency \"s3_openedx_storage\" and pass the bucket's regional domain name; use module.acm_environment_domain.acm_certificate_arn")
        }
        if let release = first("helm_release", in: "kubernetes_ingress_clb") {
            add("H22", "cert-manager validates in the root zone, not the environment's", .blocksRecreate, release,
                "the ClusterIssuer's DNS01 hostedZoneID is global_aws_route53_hosted_zone_id (the \(scenario.platform.rootDomain) zone), while \(environment.domain) is a zone of its own: the _acme-challenge record goes to a zone that does not answer for it",
                error: "cert-manager: DNS record for \"\(environment.domain)\" not yet propagated",
                fix: "set hostedZoneID to the environment zone's ID (or drop it and let cert-manager find the zone)")
        }
    }

    /// H17: names AWS keys by that the cookiecutter writes as literals.
    private mutating func names() {
        let literals: [(type: String, name: String, where: String, error: String)] = [
            ("aws_db_subnet_group", "mysql_subnet_group", "M/mysql/main.tf", "DBSubnetGroupAlreadyExists"),
            ("aws_docdb_subnet_group", "mongodb_subnet_group", "M/mongodb/main.tf", "DBSubnetGroupAlreadyExists"),
            ("aws_docdb_cluster_parameter_group", "mongo-cluster-param-group", "M/mongodb/main.tf", "DBParameterGroupAlreadyExists"),
        ]
        for literal in literals {
            guard let resource = environment.resources.first(where: {
                $0.type == literal.type && $0["name"]?.string == literal.name }) else { continue }
            add("H17", "\(literal.type) is named \"\(literal.name)\" in every environment", .blocksRecreate, resource,
                "name = \"\(literal.name)\" (\(literal.where)): one per account and region, whatever the environment or platform",
                error: literal.error, fix: "name it after the namespace (\"${var.environment_namespace}-…\") so a second environment or platform does not collide")
        }
    }

    /// H18: the S3 backend's state keys.
    private mutating func stateKeys() {
        guard let anchor = environment.resources.first(where: { $0.managedBy == .terraform }) else { return }
        let bucket = "\(scenario.platform.accountID)-terraform-tfstate"
        if scenario.layout == .perEnvironment {
            add("H18", "State keys do not name the platform", .blocksRecreate, anchor,
                "remote_state key = path_relative_to_include() = environments/\(environment.name)/<module>/terraform.tfstate in bucket \(bucket) (R/terraform/terragrunt.hcl): a second platform with an environment named \(environment.name) in this account shares this state",
                fix: "put the platform in the key (\"${local.platform_name}/${path_relative_to_include()}/terraform.tfstate\") or give each platform its own bucket")
        } else if environment.name == "live" || environment.name == "shared" {
            add("H18", "The environment's state keys are the stack's", .blocksRecreate, anchor,
                "environment \(environment.name) keys <module> in bucket \(bucket), as the stack does",
                fix: "rename the environment, or the stack's shared identifier")
        }
    }

    /// H11: make.sh regenerates from the moving branch without the optional modules' answers.
    private mutating func regeneration() {
        guard scenario.layout == .perEnvironment, let anchor = environment.resources.first(where: { $0.managedBy == .terraform })
        else { return }
        let optional = ["mongodb", "ec2_bastion"].filter { module in environment.resources.contains { $0.module == module } }
        let lost = optional.isEmpty ? "" : "; hooks/post_gen_project.py then deletes \(optional.joined(separator: " and ")), whose resources keep their state but lose their configuration"
        add("H11", "Regenerating the repository rewrites the live configuration", .blocksRecreate, anchor,
            "R/make.sh runs cookiecutter --checkout main --overwrite-if-exists --no-input without environment_add_bastion/environment_add_documentdb: the tree becomes the stacks layout with new state keys\(lost)",
            fix: "pin make.sh to the tag the tree was made from (--checkout v0.0.6) and pass every answer, or stop regenerating over a live repository")
    }
}
