data "aws_eks_cluster" "eks" {
  name = var.environment_namespace
}

data "aws_eks_cluster_auth" "eks" {
  name = var.environment_namespace
}

provider "kubernetes" {
  host                   = data.aws_eks_cluster.eks.endpoint
  cluster_ca_certificate = base64decode(data.aws_eks_cluster.eks.certificate_authority[0].data)
  token                  = data.aws_eks_cluster_auth.eks.token
}

resource "random_password" "admin_edx" {
  length  = 16
  special = false
}

resource "kubernetes_secret" "admin_edx" {
  metadata {
    name      = "admin-edx"
    namespace = var.namespace
  }
  data = {
    ADMIN_USER     = "admin"
    ADMIN_PASSWORD = random_password.admin_edx.result
  }
}

resource "random_password" "edx_secret_key" {
  length  = 24
  special = true
}

resource "kubernetes_secret" "edx_secret_key" {
  metadata {
    name      = "edx-secret-key"
    namespace = var.namespace
  }
  data = {
    OPENEDX_SECRET_KEY = random_password.edx_secret_key.result
  }
}

resource "tls_private_key" "jwt_rsa_private_key" {
  algorithm = "RSA"
  rsa_bits  = 2048
}

resource "kubernetes_secret" "jwt" {
  metadata {
    name      = "jwt"
    namespace = var.namespace
  }
  data = {
    private_key = tls_private_key.jwt_rsa_private_key.private_key_pem
  }
}
