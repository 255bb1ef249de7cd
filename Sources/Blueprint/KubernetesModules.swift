import Scenario

/// `kubernetes` (terraform-aws-modules/eks v18.31.2), `kubernetes_ingress_clb` (helm
/// ingress-nginx + cert-manager, and the load balancers they cause outside state) and
/// `kubernetes_secrets`.
extension ModuleBuilder {
    mutating func addCluster() {
        let k8s = environment.kubernetes
        let cluster = "module.eks.aws_eks_cluster.this[0]"
        add(.kubernetes, "module.eks.aws_iam_role.this[0]", "aws_iam_role")
        add(.kubernetes, "module.eks.aws_security_group.cluster[0]", "aws_security_group")
        add(.kubernetes, "module.eks.aws_security_group.node[0]", "aws_security_group", .terraform,
            ["ingress_port_8443_protocol": .string("-1"), "ingress_port_8443_cidr": .strings(["0.0.0.0/0", "::/0"])])
        add(.kubernetes, "module.eks.aws_cloudwatch_log_group.this[0]", "aws_cloudwatch_log_group", .terraform,
            ["name": .string("/aws/eks/\(namespace)/cluster"), "retention_in_days": .int(k8s.logRetentionDays),
             "log_types": .strings(["audit", "api", "authenticator"])])
        add(.kubernetes, cluster, "aws_eks_cluster", .terraform,
            ["name": .string(namespace), "version": .string(k8s.version),
             "endpoint_public_access": .bool(k8s.publicEndpoint), "endpoint_private_access": .bool(true)],
            dependsOn: ["module.eks.aws_iam_role.this[0]", "module.eks.aws_security_group.cluster[0]",
                        "module.eks.aws_cloudwatch_log_group.this[0]"])
        add(.kubernetes, "module.eks.aws_iam_openid_connect_provider.oidc_provider[0]", "aws_iam_openid_connect_provider",
            dependsOn: [cluster])
        for group in k8s.nodeGroups {
            let prefix = "module.eks.module.eks_managed_node_group[\"\(group.name)\"]"
            add(.kubernetes, "\(prefix).aws_iam_role.this[0]", "aws_iam_role")
            add(.kubernetes, "\(prefix).aws_launch_template.this[0]", "aws_launch_template", .terraform,
                ["root_volume_gb": .int(group.diskGB), "root_volume_type": .string("gp2")])
            add(.kubernetes, "\(prefix).aws_eks_node_group.this[0]", "aws_eks_node_group", .terraform,
                ["node_group_name": .string(group.name), "instance_types": .strings([group.instanceType]),
                 "capacity_type": .string("ON_DEMAND"), "min_size": .int(group.min), "max_size": .int(group.max),
                 "desired_size": .int(group.desired), "disk_size": .int(group.diskGB)],
                dependsOn: [cluster, "\(prefix).aws_iam_role.this[0]", "\(prefix).aws_launch_template.this[0]"])
        }
        // Created but attached to nothing (cookiecutter-backend.md H23).
        add(.kubernetes, "aws_security_group.worker_group_mgmt", "aws_security_group")
        add(.kubernetes, "aws_security_group.all_worker_mgmt", "aws_security_group")
        addNamespace(module: "kubernetes")
    }

    mutating func addNamespace(module: String) {
        let name = isStack || layout == .perEnvironment ? (isStack ? namespace : "openedx") : "openedx-\(environment.name)"
        add(ModuleName(rawValue: module) ?? .kubernetes, "kubernetes_namespace.openedx", "kubernetes_namespace", .terraform,
            ["name": .string(name)])
    }

    mutating func addIngress() {
        add(.kubernetesIngressCLB, "helm_release.nginx", "helm_release", .terraform,
            ["chart": .string("ingress-nginx"), "namespace": .string("ingress-nginx"),
             "set.service.type": .string("ClusterIP"), "effective_service_type": .string("LoadBalancer")])
        add(.kubernetesIngressCLB, "module.cert_manager_irsa.aws_iam_role.this[0]", "aws_iam_role")
        add(.kubernetesIngressCLB, "aws_iam_policy.cert_manager_policy", "aws_iam_policy", .terraform,
            ["resource": .string("arn:aws:route53:::hostedzone/*")])
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
            add(.kubernetesSecrets, "kubernetes_secret.\(material.name)", "kubernetes_secret", .terraform,
                secretAttributes(material.name.replacingOccurrences(of: "_", with: "-")), dependsOn: sources[material.name] ?? [])
        }
    }
}
