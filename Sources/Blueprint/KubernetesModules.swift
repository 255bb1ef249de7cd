import Scenario

/// `kubernetes` (terraform-aws-modules/eks v18.31.2), `kubernetes_ingress_clb` (helm
/// ingress-nginx + cert-manager, and the load balancers they cause outside state) and
/// `kubernetes_secrets`.
extension ModuleBuilder {
    /// terraform-aws-modules/eks v18.31.2 (`~> 18.20`) with the cookiecutter's inputs: every
    /// `count` and `for_each` of its `main.tf`, `node_groups.tf` and
    /// `modules/eks-managed-node-group/main.tf`, in resource addresses.
    mutating func addCluster() {
        let k8s = environment.kubernetes
        let cluster = "module.eks.aws_eks_cluster.this[0]"
        let role = "module.eks.aws_iam_role.this[0]"
        add(.kubernetes, role, "aws_iam_role")
        let attachments = Self.clusterPolicies.map { "module.eks.aws_iam_role_policy_attachment.this[\"\(policyARN($0))\"]" }
        for (address, policy) in zip(attachments, Self.clusterPolicies) {
            add(.kubernetes, address, "aws_iam_role_policy_attachment", .terraform,
                ["policy_arn": .string(policyARN(policy))], dependsOn: [role])
        }
        let clusterGroup = "module.eks.aws_security_group.cluster[0]", nodeGroup = "module.eks.aws_security_group.node[0]"
        add(.kubernetes, clusterGroup, "aws_security_group", .terraform, ["name": .string("\(namespace)-cluster")])
        // Tagged `kubernetes.io/cluster/<name> = owned` (node_groups.tf): the group the in-tree
        // cloud provider adds its load balancers' rules to.
        add(.kubernetes, nodeGroup, "aws_security_group", .terraform,
            ["name": .string("\(namespace)-node"), "cluster_tag": .string("owned")])
        var rules: [String] = []
        for (key, type, ports) in Self.clusterRules {
            let address = "module.eks.aws_security_group_rule.cluster[\"\(key)\"]"
            add(.kubernetes, address, "aws_security_group_rule", .terraform,
                ["type": .string(type), "protocol": .string("tcp"), "ports": .string(ports)], dependsOn: [clusterGroup, nodeGroup])
            rules.append(address)
        }
        for (key, type, protocolName, ports, source) in Self.nodeRules {
            let address = "module.eks.aws_security_group_rule.node[\"\(key)\"]"
            var attributes: [String: AttributeValue] = ["type": .string(type), "protocol": .string(protocolName), "ports": .string(ports)]
            if source.hasPrefix("0.0.0.0") { attributes["cidr_blocks"] = .strings(source.split(separator: " ").map(String.init)) }
            else { attributes["source"] = .string(source) }
            add(.kubernetes, address, "aws_security_group_rule", .terraform, attributes,
                dependsOn: source == "cluster" ? [nodeGroup, clusterGroup] : [nodeGroup])
            rules.append(address)
        }
        add(.kubernetes, "module.eks.aws_cloudwatch_log_group.this[0]", "aws_cloudwatch_log_group", .terraform,
            ["name": .string("/aws/eks/\(namespace)/cluster"), "retention_in_days": .int(k8s.logRetentionDays),
             "log_types": .strings(["audit", "api", "authenticator"])])
        // depends_on = [aws_iam_role_policy_attachment.this, aws_security_group_rule.cluster,
        // aws_security_group_rule.node, aws_cloudwatch_log_group.this] in the module.
        add(.kubernetes, cluster, "aws_eks_cluster", .terraform,
            ["name": .string(namespace), "version": .string(k8s.version),
             "endpoint_public_access": .bool(k8s.publicEndpoint), "endpoint_private_access": .bool(true)],
            dependsOn: [role, clusterGroup, "module.eks.aws_cloudwatch_log_group.this[0]"] + attachments + rules)
        // The cluster's primary security group (made by EKS) tagged with var.tags but `Name`:
        // the cookiecutter's global.hcl and env.hcl tags.
        for tag in Self.primarySecurityGroupTags {
            add(.kubernetes, "module.eks.aws_ec2_tag.cluster_primary_security_group[\"\(tag)\"]", "aws_ec2_tag", .terraform,
                ["key": .string(tag)], dependsOn: [cluster])
        }
        add(.kubernetes, "module.eks.aws_iam_openid_connect_provider.oidc_provider[0]", "aws_iam_openid_connect_provider",
            dependsOn: [cluster])
        for group in k8s.nodeGroups { addManagedNodeGroup(group, cluster: cluster, nodeGroup: nodeGroup) }
        // Created but attached to nothing (cookiecutter-backend.md H23).
        add(.kubernetes, "aws_security_group.worker_group_mgmt", "aws_security_group", .terraform,
            ["ingress": .string("tcp/22 from 10.0.0.0/8"), "attached": .bool(false)])
        add(.kubernetes, "aws_security_group.all_worker_mgmt", "aws_security_group", .terraform,
            ["ingress": .string("tcp/22 from 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16"), "attached": .bool(false)])
        addNamespace(module: "kubernetes")
    }

    /// `module.eks_managed_node_group["<name>"]`: its IAM role with three policies, its own
    /// security group (`create_security_group = true`), launch template and node group.
    private mutating func addManagedNodeGroup(_ group: NodeGroup, cluster: String, nodeGroup: String) {
        let prefix = "module.eks.module.eks_managed_node_group[\"\(group.name)\"]"
        let role = "\(prefix).aws_iam_role.this[0]"
        add(.kubernetes, role, "aws_iam_role")
        let attachments = Self.nodePolicies.map { "\(prefix).aws_iam_role_policy_attachment.this[\"\(policyARN($0))\"]" }
        for (address, policy) in zip(attachments, Self.nodePolicies) {
            add(.kubernetes, address, "aws_iam_role_policy_attachment", .terraform,
                ["policy_arn": .string(policyARN(policy))], dependsOn: [role])
        }
        let security = "\(prefix).aws_security_group.this[0]"
        add(.kubernetes, security, "aws_security_group", .terraform, ["name": .string("\(group.name)-eks-node-group")])
        add(.kubernetes, "\(prefix).aws_launch_template.this[0]", "aws_launch_template", .terraform,
            ["root_volume_gb": .int(group.diskGB), "root_volume_type": .string("gp2")], dependsOn: [security, nodeGroup])
        add(.kubernetes, "\(prefix).aws_eks_node_group.this[0]", "aws_eks_node_group", .terraform,
            ["node_group_name": .string(group.name), "instance_types": .strings([group.instanceType]),
             "capacity_type": .string("ON_DEMAND"), "min_size": .int(group.min), "max_size": .int(group.max),
             "desired_size": .int(group.desired), "disk_size": .int(group.diskGB),
             // node_groups.tf: `try(each.value.cluster_version, ..., var.cluster_version)`.
             "version": .string(group.version ?? environment.kubernetes.version)],
            dependsOn: [cluster, role, "\(prefix).aws_launch_template.this[0]"] + attachments)
    }

    func policyARN(_ name: String) -> String { "arn:aws:iam::aws:policy/" + name }

    static let clusterPolicies = ["AmazonEKSClusterPolicy", "AmazonEKSVPCResourceController"]
    static let nodePolicies = ["AmazonEC2ContainerRegistryReadOnly", "AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy"]
    static let primarySecurityGroupTags = ["Environment", "Platform", "Platform-Region", "Terraform"]
    /// `local.cluster_security_group_rules` (main.tf): to and from the node security group.
    static let clusterRules = [("egress_nodes_443", "egress", "443"), ("egress_nodes_kubelet", "egress", "10250"),
                               ("ingress_nodes_443", "ingress", "443")]
    /// `local.node_security_group_rules` (node_groups.tf) merged with the cookiecutter's
    /// `node_security_group_additional_rules` (egress_all, ingress_self_all, port_8443).
    static let nodeRules = [
        ("egress_all", "egress", "-1", "all", "0.0.0.0/0 ::/0"),
        ("egress_cluster_443", "egress", "tcp", "443", "cluster"),
        ("egress_https", "egress", "tcp", "443", "0.0.0.0/0"),
        ("egress_ntp_tcp", "egress", "tcp", "123", "0.0.0.0/0"),
        ("egress_ntp_udp", "egress", "udp", "123", "0.0.0.0/0"),
        ("egress_self_coredns_tcp", "egress", "tcp", "53", "self"),
        ("egress_self_coredns_udp", "egress", "udp", "53", "self"),
        ("ingress_cluster_443", "ingress", "tcp", "443", "cluster"),
        ("ingress_cluster_kubelet", "ingress", "tcp", "10250", "cluster"),
        ("ingress_self_all", "ingress", "-1", "all", "self"),
        ("ingress_self_coredns_tcp", "ingress", "tcp", "53", "self"),
        ("ingress_self_coredns_udp", "ingress", "udp", "53", "self"),
        // protocol -1: AWS ignores the ports, so this is all traffic from anywhere (H23).
        ("port_8443", "ingress", "-1", "8443", "0.0.0.0/0 ::/0"),
    ]

    mutating func addNamespace(module: String) {
        let name = isStack || layout == .perEnvironment ? (isStack ? namespace : "openedx") : "openedx-\(environment.name)"
        add(ModuleName(rawValue: module) ?? .kubernetes, "kubernetes_namespace.openedx", "kubernetes_namespace", .terraform,
            ["name": .string(name)])
    }

    mutating func addIngress() {
        add(.kubernetesIngressCLB, "helm_release.nginx", "helm_release", .terraform,
            ["chart": .string("ingress-nginx"), "namespace": .string("ingress-nginx"),
             "set.service.type": .string("ClusterIP"), "effective_service_type": .string("LoadBalancer")])
        // iam-assumable-role-with-oidc v4.24.1 (`~> 4.21`): the role and one attachment per
        // `role_policy_arns` entry.
        add(.kubernetesIngressCLB, "module.cert_manager_irsa.aws_iam_role.this[0]", "aws_iam_role")
        add(.kubernetesIngressCLB, "aws_iam_policy.cert_manager_policy", "aws_iam_policy", .terraform,
            ["resource": .string("arn:aws:route53:::hostedzone/*")])
        add(.kubernetesIngressCLB, "module.cert_manager_irsa.aws_iam_role_policy_attachment.custom[0]",
            "aws_iam_role_policy_attachment", .terraform, [:],
            dependsOn: ["module.cert_manager_irsa.aws_iam_role.this[0]", "aws_iam_policy.cert_manager_policy"])
        add(.kubernetesIngressCLB, "helm_release.cert-manager", "helm_release", .terraform,
            ["chart": .string("cert-manager"), "namespace": .string("cert-manager"),
             "pod_security_policy": .bool(environment.ingress.certManagerPodSecurityPolicy)])
        record(.kubernetesIngressCLB, domain, "naked", type: "A", alias: true)
        record(.kubernetesIngressCLB, "*." + domain, "wildcard", type: "A", alias: true)
        // The chart key set above is not the chart's (`controller.service.type`), so the
        // controller Service stays LoadBalancer and the in-tree cloud provider makes a
        // Classic ELB in the public subnets, outside Terraform state (H6).
        add(module: "kubernetes_ingress_clb", "aws_elb.ingress_nginx", "aws_elb", .kubernetes,
            ["created_for": .string("ingress-nginx/ingress-nginx-controller"), "availability_zones": .int(zones.count),
             "security_group": .string("k8s-elb-ingress-nginx")])
        if environment.ingress.caddyLoadBalancer {
            // Tutor v13 still deploys caddy as a LoadBalancer Service (H7): a second, unused CLB.
            add(module: "kubernetes_ingress_clb", "aws_elb.tutor_caddy", "aws_elb", .tutor,
                ["created_for": .string("openedx/caddy"), "availability_zones": .int(zones.count)])
        }
    }

    mutating func addSecrets() {
        let materials: [(name: String, address: String, type: String, attributes: [String: AttributeValue])] = [
            ("admin_edx", "random_password.admin_edx", "random_password", ["length": .int(16), "special": .bool(false)]),
            ("edx_secret_key", "random_password.edx_secret_key", "random_password", ["length": .int(24), "special": .bool(false)]),
            ("jwt", "tls_private_key.jwt_rsa_private_key", "tls_private_key", ["algorithm": .string("RSA"), "rsa_bits": .int(2048)]),
        ]
        var sources: [String: [String]] = [:]
        for material in materials {
            sources[material.name] = secretMaterial(.kubernetesSecrets, material.address, material.type, material.attributes,
                                                    secret: material.name.replacingOccurrences(of: "_", with: "-"))
        }
        for material in materials {
            // `kubernetes_secret.jtw` (sic) in v0.0.6 kubernetes_secrets/jwt.tf.
            let address = material.name == "jwt" ? "kubernetes_secret.jtw" : "kubernetes_secret.\(material.name)"
            add(.kubernetesSecrets, address, "kubernetes_secret", .terraform,
                secretAttributes(material.name.replacingOccurrences(of: "_", with: "-")), dependsOn: sources[material.name] ?? [])
        }
    }
}
