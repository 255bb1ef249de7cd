module "cert_manager_irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-assumable-role-with-oidc"
  version = "~> 4.21"

  create_role                   = true
  role_name                     = "${var.environment_namespace}-cert_manager-irsa"
  provider_url                  = replace(data.aws_eks_cluster.eks.identity[0].oidc[0].issuer, "https://", "")
  oidc_fully_qualified_subjects = ["system:serviceaccount:cert-manager:cert-manager"]
}

resource "aws_iam_policy" "cert_manager_policy" {
  name        = "${var.environment_namespace}-cert-manager-policy"
  description = "cert-manager: Route53 DNS01 challenges"
  policy      = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["route53:ChangeResourceRecordSets", "route53:ListResourceRecordSets"],
          "Resource": "arn:aws:route53:::hostedzone/*"
        }
      ]
    }
  POLICY
}

data "template_file" "cert-manager-values" {
  template = file("${path.module}/cert-manager-values.yaml.tpl")
  vars = {
    role_arn = module.cert_manager_irsa.iam_role_arn
  }
}

resource "helm_release" "cert-manager" {
  name             = "cert-manager"
  namespace        = "cert-manager"
  create_namespace = true
  chart            = "cert-manager"
  repository       = "https://charts.jetstack.io"
  version          = "~> 1.8"
  values           = [data.template_file.cert-manager-values.rendered]
}
