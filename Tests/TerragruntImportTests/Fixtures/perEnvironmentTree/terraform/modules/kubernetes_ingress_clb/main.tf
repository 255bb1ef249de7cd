#------------------------------------------------------------------------------
# usage: install ingress-nginx and cert-manager with Helm
#------------------------------------------------------------------------------
data "aws_eks_cluster" "eks" {
  name = var.environment_namespace
}

data "aws_eks_cluster_auth" "eks" {
  name = var.environment_namespace
}

provider "helm" {
  kubernetes {
    host                   = data.aws_eks_cluster.eks.endpoint
    cluster_ca_certificate = base64decode(data.aws_eks_cluster.eks.certificate_authority[0].data)
    token                  = data.aws_eks_cluster_auth.eks.token
  }
}

resource "helm_release" "nginx" {
  name             = "ingress-nginx"
  namespace        = "ingress-nginx"
  create_namespace = true
  chart            = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  version          = "~> 4.1"

  # Not a chart key: the chart's key is controller.service.type, default LoadBalancer (§2.3).
  set {
    name  = "service.type"
    value = "ClusterIP"
  }
}
