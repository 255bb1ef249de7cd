data "aws_eks_cluster" "eks" {
  name = var.shared_resource_namespace
}

data "aws_route53_zone" "environment_domain" {
  name = var.environment_domain
}

resource "helm_release" "nginx" {
  name             = "ingress-nginx" # fixed: one per cluster (H17)
  namespace        = "ingress-nginx"
  create_namespace = true
  chart            = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  set {
    name  = "service.type"
    value = "ClusterIP"
  }
}
